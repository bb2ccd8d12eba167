// The local understanding (the web app's and the local server's only one) never lets a command or a topic
// swallow a question that matters most: what the person says, what the skill says back.
import { createLogger } from '../lambda/log';
import { createSkillRuntime } from '../lambda/skill';
import { LocalConversation, understandAsked } from '../local/conversation';
import { MemoryPersistenceAdapter } from '../local/memory-store';
import model from '../skill-package/interactionModels/custom/en-AU.json';

const runtime = createSkillRuntime({ logger: createLogger('SILENT'), persistence: new MemoryPersistenceAdapter() });
const oneShot = (words: string) => new LocalConversation(runtime, { locale: 'en-AU' }).say(words);

test('"is this what finishes me" is a question about dying, not "stop"', async () => {
  const reply = await oneShot('ask bone cancer guide is this what finishes me');
  expect(reply.intent).toBe('QuestionIntent');
  expect(reply.text).toContain('No doctor can predict the exact course');
  expect(reply.text).not.toContain('Goodbye');
  expect(reply.shouldEndSession).toBe(false);
});

test('"want it over" is despair, not "start over"', async () => {
  const reply = await oneShot('ask bone cancer guide want it over');
  expect(reply.text).toContain('Lifeline on thirteen eleven fourteen');
  expect(reply.text).not.toContain('Main menu');
});

test('"bone cancer spread mean i die" is not read as the overview', async () => {
  const reply = await oneShot('ask bone cancer guide bone cancer spread mean i die');
  expect(reply.text).toContain('No doctor can predict the exact course');
  expect(reply.text).not.toContain('It travels through the bloodstream');
});

test('"should i stop the hormone tablets" is declined kindly, not read as "stop"', async () => {
  const reply = await oneShot('ask bone cancer guide should i stop the hormone tablets');
  expect(reply.text).toContain("can't advise");
});

test('"can i catch it" is a question of its own, not "i didn\'t catch that"', async () => {
  const reply = await oneShot('ask bone cancer guide can i catch it');
  expect(reply.intent).toBe('QuestionIntent');
  expect(reply.text).toContain("Whether it can be caught or passed on: the fact sheet doesn't cover that.");
  expect(reply.text).not.toContain('repeat');
});

test('commands stay commands, and topics stay topics', async () => {
  const conversation = new LocalConversation(runtime, { locale: 'en-AU' });
  expect((await conversation.say('open bone cancer guide')).intent).toBe('LaunchRequest');
  const topic = await conversation.say('tell me about treatment');
  expect(topic.intent).not.toBe('QuestionIntent');
  expect(topic.text).toContain('Treatment aims to control or shrink the cancer');
  expect((await conversation.say('start over')).text).toContain('Main menu');
  const stop = await conversation.say('stop');
  expect(stop.intent).toBe('AMAZON.StopIntent');
  expect(stop.shouldEndSession).toBe(true);
});

test('no sample of a command is taken for a question that matters most', async () => {
  const commands = model.interactionModel.languageModel.intents.filter(
    (intent) => intent.name.startsWith('AMAZON.') || /Speak|Speed|Resume|ForgetMe|ListTopics|GuidedTour/.test(intent.name),
  );
  expect(commands.length).toBeGreaterThan(10);
  const taken: string[] = [];
  for (const intent of commands) {
    for (const sample of intent.samples ?? []) {
      const understood = await understandAsked(sample);
      if (!understood.launch && understood.intent === 'QuestionIntent') taken.push(`${intent.name}: ${sample}`);
    }
  }
  expect(taken).toEqual([]);
});

test('a topic read from some of the words, while others ask something else, goes to the question path', async () => {
  const smoothie = await oneShot('ask bone cancer guide give me a recipe for a high calcium smoothie');
  expect(smoothie.intent).toBe('QuestionIntent');
  expect(smoothie.text).toContain("The fact sheet doesn't cover that");
  // The same topic, asked for plainly, is still read as the topic.
  const topic = await oneShot('ask bone cancer guide tell me about high calcium');
  expect(topic.intent).toBe('TellMeAboutIntent');
  expect(topic.text).toContain('hypercalcaemia');
});

test('a topic read for a question that asks a kind of answer goes to the question path', async () => {
  const same = await oneShot('ask bone cancer guide is secondary bone cancer the same as normal bone cancer');
  expect(same.intent).toBe('QuestionIntent');
  // Not the overview read as if it answered the comparison.
  expect(same.text).not.toMatch(/^Secondary bone cancer is a cancer that started in another part of the body/);
});

test('a question said as a question carrier alone is asked whole; a carrier that only frames one asks for it', async () => {
  // "is it common" is read as the carrier "is it common to …" with nothing after it.
  const common = await oneShot('ask bone cancer guide is it common');
  expect(common.text).toContain('Secondary bone cancer is more common than primary bone cancer');
  const framing = await oneShot('ask bone cancer guide i have a question about');
  expect(framing.text).toContain('What would you like to ask?');
});
