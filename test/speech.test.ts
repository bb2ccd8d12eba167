// Speech building: escaping, the pronunciation table, prosody, and the length limit.
import { pronunciation } from '../content';
import type { Reply } from '../lambda/conversation/reply';
import { compileTable, pronounce } from '../lambda/speech/pronounce';
import { changeRate, NORMAL_RATE, RATE_STEPS } from '../lambda/speech/rate';
import { renderSpeech } from '../lambda/speech/render';
import { escapeText, MAX_SSML_CHARS, ssmlToText } from '../lambda/speech/ssml';
import { ssmlProblems } from './support/responses';

describe('pronunciation', () => {
  test.each(pronunciation.map((rule) => [rule.written, rule] as const))(
    '"%s" is spoken through its entry, and the result is valid SSML',
    async (written, rule) => {
      const ssml = pronounce(`Before ${written} after.`);
      if (rule.ipa) expect(ssml).toContain(`<phoneme alphabet="ipa" ph="${rule.ipa}">${escapeText(written)}</phoneme>`);
      else expect(ssml).toContain(`<sub alias="${rule.alias}">${escapeText(written)}</sub>`);
      expect(await ssmlProblems(`<speak>${ssml}</speak>`)).toEqual([]);
    },
  );

  test('words are matched whole, with the capitalisation the table asks for', () => {
    expect(pronounce('It can affect the bones.')).not.toContain('<sub');
    expect(pronounce('a ct scan')).not.toContain('<sub');
    expect(pronounce('a CT scan')).toContain('<sub alias="C T">CT</sub>');
    expect(pronounce('Palliative care')).toContain('<phoneme alphabet="ipa" ph="ˈpæliətɪv">Palliative</phoneme>');
    expect(pronounce('a pet scan')).not.toContain('<sub');
  });

  test('every occurrence is pronounced, and longer entries win', () => {
    const ssml = pronounce('biopsy, biopsy. Call 13 11 20 or 000.');
    expect(ssml.match(/<phoneme/g)).toHaveLength(2);
    expect(ssml).toContain('<sub alias="thirteen eleven twenty">13 11 20</sub>');
    expect(ssml).toContain('<sub alias="triple zero">000</sub>');
  });

  test('a table handles regex characters in entries, and refuses a written form that is not printable ASCII', () => {
    const table = compileTable([{ written: 'C++', alias: 'see plus plus', caseSensitive: true }]);
    expect(pronounce('I like C++ a lot', table)).toBe('I like <sub alias="see plus plus">C++</sub> a lot');
    expect(() => compileTable([{ written: 'café', alias: 'cafe' }])).toThrow(/printable ASCII/);
  });
});

describe('escaping', () => {
  test('text that would break SSML is escaped, and reads back as it was', async () => {
    const text = `Tom & Jerry's "quote"`;
    const ssml = `<speak>${pronounce(text)}</speak>`;
    expect(await ssmlProblems(ssml)).toEqual([]);
    expect(ssmlToText(ssml)).toBe(text);
  });

  test('plain text reads as heard by default, or as written for reading along', () => {
    const ssml = `<speak>${pronounce('A CT scan. Call 13 11 20.')}</speak>`;
    expect(ssmlToText(ssml)).toBe('A C T scan. Call thirteen eleven twenty.');
    expect(ssmlToText(ssml, 'written')).toBe('A CT scan. Call 13 11 20.');
  });

  test('markup in text is spoken as text, never as tags', async () => {
    const ssml = `<speak>${pronounce('<b>bold</b> <audio src="x"/>')}</speak>`;
    expect(ssml).toBe('<speak>&lt;b&gt;bold&lt;/b&gt; &lt;audio src=&quot;x&quot;/&gt;</speak>');
    expect(await ssmlProblems(ssml.replace(/&lt;|&gt;/g, ''))).toEqual([]);
  });
});

describe('rendering a reply', () => {
  const reply: Reply = {
    title: 'T',
    body: ['One & two.'],
    question: 'Would you like more?',
    reprompt: 'Would you like more? You can say yes.',
  };

  test('the question follows a short pause, and normal speed adds no prosody', async () => {
    const speech = renderSpeech(reply, NORMAL_RATE);
    expect(speech.ssml).toBe('<speak>One &amp; two.<break time="300ms"/>Would you like more?</speak>');
    expect(speech.reprompt).toBe('<speak>Would you like more? You can say yes.</speak>');
    expect(speech.text).toBe('One & two. Would you like more?');
    expect(await ssmlProblems(speech.ssml)).toEqual([]);
  });

  test('the listener’s rate wraps speech and reprompt alike', () => {
    const speech = renderSpeech(reply, 65);
    expect(speech.ssml).toMatch(/^<speak><prosody rate="65%">.*<\/prosody><\/speak>$/);
    expect(speech.reprompt).toMatch(/^<speak><prosody rate="65%">.*<\/prosody><\/speak>$/);
  });

  test('an over-long answer is cut at a sentence so Alexa still accepts it', () => {
    const long: Reply = { ...reply, body: Array.from({ length: 400 }, (_, i) => `Sentence number ${i} is here.`) };
    const speech = renderSpeech(long, NORMAL_RATE);
    expect(speech.ssml.length).toBeLessThanOrEqual(MAX_SSML_CHARS);
    expect(speech.ssml).toContain('Would you like more?');
  });
});

describe('speech rate steps', () => {
  test('never below Alexa’s 20% floor, and normal is a step', () => {
    expect(Math.min(...RATE_STEPS)).toBeGreaterThanOrEqual(20);
    expect(RATE_STEPS).toContain(NORMAL_RATE);
  });

  test('slower and faster move one step and stop at the ends', () => {
    expect(changeRate(100, 'slower')).toBe(80);
    expect(changeRate(50, 'slower')).toBeUndefined();
    expect(changeRate(140, 'faster')).toBeUndefined();
    expect(changeRate(65, 'normal')).toBe(100);
    expect(changeRate(100, 'normal')).toBeUndefined();
    expect(changeRate(77, 'faster')).toBe(120);
  });
});
