// The page's speech, without a browser: what its speech synthesiser is given for a reply (plain text, with the
// pronunciations kept as aliases and respellings, and the skill's rate), which voice it picks, and the
// "understood" line under each turn. The browser tests check that the page passes exactly this on.
import { pronunciation } from '../content';
import { createLogger } from '../lambda/log';
import { createSkillRuntime } from '../lambda/skill';
import { pronounce } from '../lambda/speech/pronounce';
import { prosody, speak } from '../lambda/speech/ssml';
import { LocalConversation } from '../local/conversation';
import { MemoryPersistenceAdapter } from '../local/memory-store';
import { chooseVoice, type VoiceLike } from '../local/web/speech-out';
import { spokenFrom } from '../local/web/spoken';
import { intentInWords, understoodLine } from '../local/web/understood';

describe('speech out: from the skill’s SSML to what the synthesiser says', () => {
  test.each(pronunciation.map((rule) => [rule.written, rule] as const))('"%s" is said as the table says', (written, rule) => {
    const { text } = spokenFrom(speak(pronounce(`Before ${written} after.`)));
    const said = rule.ipa ? rule.respelling : rule.alias;
    expect(said).toBeTruthy();
    expect(text).toBe(`Before ${said} after.`);
    // No markup is ever read aloud.
    expect(text).not.toMatch(/[<>]|&\w+;/);
  });

  test('a capitalised word keeps its respelling, and text that needs escaping is read as written', () => {
    expect(spokenFrom(speak(pronounce('Palliative care & support: "13 11 20" <today>'))).text).toBe(
      'pal-ee-uh-tiv care & support: "thirteen eleven twenty" <today>',
    );
  });

  test.each([
    [100, 1],
    [80, 0.8],
    [50, 0.5],
    [140, 1.4],
  ])('the skill’s rate of %i%% is given to the synthesiser as %d', (percent, rate) => {
    const ssml = speak(prosody(percent, `${pronounce('A biopsy.')}<break time="300ms"/>Would you like more?`));
    expect(spokenFrom(ssml)).toEqual({ text: 'A by-op-see. Would you like more?', rate });
  });

  test('a whole reply of the skill, slowed down, is spoken as plain text at 80%', async () => {
    const runtime = createSkillRuntime({ logger: createLogger('SILENT'), persistence: new MemoryPersistenceAdapter() });
    const conversation = new LocalConversation(runtime, { locale: 'en-AU' });
    await conversation.say('open bone cancer guide');
    await conversation.say('speak slower');
    const reply = await conversation.say('what does palliative care mean');
    expect(reply.ssml).toContain('<phoneme');
    const spoken = spokenFrom(reply.ssml);
    expect(spoken.rate).toBe(0.8);
    // "What does palliative care mean" is answered as the question it often is (does it mean dying?), gently.
    expect(spoken.text).toMatch(
      /^What pal-ee-uh-tiv care means, from the fact sheet: .*pal-ee-uh-tiv care aims to improve your quality of life/,
    );
    expect(spoken.text).not.toMatch(/[<>]/);
  });
});

describe('speech out: the voice', () => {
  const voice = (lang: string, localService = true, name = lang): VoiceLike => ({ lang, localService, name });

  test('Australian English first, then British, then any English; never another language', () => {
    expect(chooseVoice([voice('en-US'), voice('en-GB'), voice('en-AU'), voice('fr-FR')])?.lang).toBe('en-AU');
    expect(chooseVoice([voice('en-US'), voice('de-DE'), voice('en-GB')])?.lang).toBe('en-GB');
    expect(chooseVoice([voice('fr-FR'), voice('en_IN')])?.lang).toBe('en_IN');
    expect(chooseVoice([voice('fr-FR'), voice('de-DE')])).toBeUndefined();
    expect(chooseVoice([])).toBeUndefined();
  });

  test('a voice on this device comes before a network voice, which stops when the network does', () => {
    expect(chooseVoice([voice('en-AU', false, 'network'), voice('en-US', true, 'local')])?.name).toBe('local');
    expect(chooseVoice([voice('en-AU', false, 'network'), voice('fr-FR', true)])?.name).toBe('network');
  });
});

describe('what the skill understood, in plain words', () => {
  test.each([
    ['TellMeAboutIntent', 'tell me about'],
    ['AMAZON.NextIntent', 'next'],
    ['SpeakSlowerIntent', 'speak slower'],
    ['GuidedTourIntent', 'guided tour'],
    ['LaunchRequest', 'open the guide'],
  ])('%s is "%s"', (intent, words) => {
    expect(intentInWords(intent)).toBe(words);
  });

  test('with the slot values heard, a press, and nothing for silence', () => {
    expect(understoodLine('TellMeAboutIntent', { subject: { value: 'tests', id: 'diagnosis' } })).toBe('understood: tell me about → tests');
    expect(understoodLine('AMAZON.YesIntent', {})).toBe('understood: yes');
    expect(understoodLine('Alexa.Presentation.APL.UserEvent', {}, 'AMAZON.PreviousIntent')).toBe('understood: pressed previous');
    expect(understoodLine('', {})).toBe('');
  });
});
