// Builds the routing evaluation set from what people were heard or written to say, never from the model:
// - the question sets (test/fixtures/questions): people's own questions. dev.json is said in a session,
//   eval.json one-shot ("ask bone cancer guide …"), as `npm run eval` asks them. Each is expected on the
//   question path (QuestionIntent, or the "how long" / "how many" intents when it opens with their words);
//   a topic, subject or term is also acceptable when what it reads holds the answering fact (the same judge
//   `npm run eval` uses), so a question "lost" to a topic is one whose topic does not answer it;
// - the held-out topic utterances (test/fixtures/held-out-utterances.json), in a session;
// - eval/routing/curated.json: out-of-domain requests for Fallback, sensitive questions, mishearings and
//   one-shot phrasings, each labelled by hand.
// Tags that follow from the model are added here: "no-carrier" when the question path is expected but no
// carrier phrase of the model opens or closes what is said (Alexa then cannot reach a phrase-slot intent).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { passageAt, positionOfSubject, subjectValues, summaryOf, termById, termValues } from '../../lambda/conversation/catalog';
import { normalizeText } from '../../local/nlu/normalize';
import { buildInteractionModel } from '../../model/build';
import modelSource from '../../model/interaction-model.source.json';
import { judge, QUESTION_SETS, type QuestionCase, readQuestionSet } from '../../test/support/question-eval';
import { carriersOf, phraseIntents, requestText } from './carriers';
import { CURATED_FILE, FALLBACK, type Mode, type Reading, ROOT, type RoutingItem, type RoutingSet, type Tag } from './set';

const HELD_OUT_FILE = 'test/fixtures/held-out-utterances.json';
const ONE_SHOT_SET = 'test/fixtures/questions/eval.json';

interface SourceIntent {
  name: string;
  topic?: string;
  subject?: string;
  asks?: string;
  slots?: Array<{ name: string; type: string }>;
  samples: string[];
}

interface HeldOut {
  utterance: string;
  intent: string;
  slots?: Record<string, string>;
}

/** A curated item as written by hand: tags and acceptable others are optional. */
interface CuratedItem {
  said: string;
  mode: Mode;
  expect: Reading;
  accept?: Reading[];
  tags?: Tag[];
  note?: string;
}

const sourceIntents = modelSource.intents as SourceIntent[];
const languageModel = buildInteractionModel().interactionModel.languageModel;
const invocationName = languageModel.invocationName;

const requestOf = (said: string): string => requestText(said, invocationName);

/** "how long …" and "how many …" have intents of their own; every other question is QuestionIntent's. */
function questionReading(text: string): Reading {
  const opening = carriersOf(text, languageModel).find((c) => c.before !== '' && sourceIntents.find((i) => i.name === c.intent)?.asks);
  return { intent: opening?.intent ?? 'QuestionIntent' };
}

/** The other question intents whose own words ("how long") the question says. */
function otherQuestionReadings(text: string, expected: string): Reading[] {
  const words = ` ${normalizeText(text)} `;
  return sourceIntents.filter((i) => i.asks && i.name !== expected && words.includes(` ${i.asks} `)).map((i) => ({ intent: i.name }));
}

/** Every reading that reads the person something from the sheet, with what it reads. */
function contentReadings(): Array<{ reading: Reading; text: string }> {
  const readings: Array<{ reading: Reading; text: string }> = [];
  for (const intent of sourceIntents) {
    const at = intent.topic ? summaryOf(intent.topic) : intent.subject ? positionOfSubject(intent.subject) : undefined;
    const passage = at && passageAt(at);
    if (passage) readings.push({ reading: { intent: intent.name }, text: passage.text });
  }
  for (const value of subjectValues()) {
    const at = positionOfSubject(value.id);
    const passage = at && passageAt(at);
    if (passage) readings.push({ reading: { intent: 'TellMeAboutIntent', slot: 'subject', id: value.id }, text: passage.text });
  }
  for (const value of termValues()) {
    const entry = termById(value.id);
    if (entry) readings.push({ reading: { intent: 'DefineTermIntent', slot: 'term', id: value.id }, text: entry.definition });
  }
  return readings;
}

function questionItem(question: QuestionCase, file: string, readings: ReturnType<typeof contentReadings>): RoutingItem {
  const oneShot = file === ONE_SHOT_SET;
  const expect = questionReading(question.question);
  const answering = question.notCovered ? [] : readings.filter((r) => judge(question, r.text)).map((r) => r.reading);
  return {
    said: oneShot ? `ask ${invocationName} ${question.question}` : question.question,
    mode: oneShot ? 'one-shot' : 'in-session',
    expect,
    accept: [...otherQuestionReadings(question.question, expect.intent), ...answering],
    // Every question intent leads to the same question engine (each puts back the words its carriers mean).
    questionPath: true,
    tags: ['own-words'],
    from: file.replace('test/fixtures/', ''),
  };
}

/** Slot values as said → their ids, from the model's slot types. */
function slotIds(): Map<string, string> {
  const ids = new Map<string, string>();
  for (const type of languageModel.types)
    for (const value of type.values)
      for (const spoken of [value.name.value, ...(value.name.synonyms ?? [])]) ids.set(`${type.name}:${normalizeText(spoken)}`, value.id);
  return ids;
}

function heldOutItem(heldOut: HeldOut, ids: Map<string, string>): RoutingItem {
  const [slot, value] = Object.entries(heldOut.slots ?? {})[0] ?? [];
  const type = languageModel.intents.find((i) => i.name === heldOut.intent)?.slots?.find((s) => s.name === slot)?.type;
  const id = slot && value && type ? ids.get(`${type}:${normalizeText(value)}`) : undefined;
  if (slot && !id) throw new Error(`held-out "${heldOut.utterance}": no ${type} value "${value}"`);
  const outOfDomain = heldOut.intent === FALLBACK;
  return {
    said: heldOut.utterance,
    mode: 'in-session',
    expect: slot && id ? { intent: heldOut.intent, slot, id } : { intent: heldOut.intent },
    // An off-topic request on the question path hears that the sheet does not cover it: not wrong.
    accept: [],
    ...(outOfDomain ? { questionPath: true as const } : {}),
    tags: outOfDomain ? ['out-of-domain'] : [],
    from: 'held-out',
  };
}

function curatedItem(item: CuratedItem): RoutingItem {
  return { said: item.said, mode: item.mode, expect: item.expect, accept: item.accept ?? [], tags: item.tags ?? [], from: 'curated' };
}

/** Tags that follow from the model: a question Alexa cannot carry to the question path. */
function withModelTags(item: RoutingItem): RoutingItem {
  const phrase = phraseIntents(languageModel);
  const noCarrier = phrase.has(item.expect.intent) && carriersOf(requestOf(item.said), languageModel).length === 0;
  const tags = item.tags.filter((t) => t !== 'no-carrier');
  return { ...item, tags: noCarrier ? [...tags, 'no-carrier'] : tags };
}

const sampleTexts = new Set(languageModel.intents.flatMap((i) => i.samples).map(normalizeText));
const isSample = (text: string): boolean => sampleTexts.has(normalizeText(text));

const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as T;

export function buildRoutingSet(): RoutingSet {
  const readings = contentReadings();
  const ids = slotIds();
  const items = [
    ...QUESTION_SETS.flatMap((file) => readQuestionSet(file).map((q) => questionItem(q, file, readings))),
    // A held-out utterance that has since become a sample of the model measures nothing: it is left out.
    ...readJson<HeldOut[]>(HELD_OUT_FILE)
      .filter((h) => !isSample(h.utterance))
      .map((h) => heldOutItem(h, ids)),
    ...readJson<CuratedItem[]>(CURATED_FILE).map(curatedItem),
  ].map(withModelTags);
  // The question sets overlap a little, and a question may since have become a sample of the model (which
  // measures nothing): each utterance is kept once, and only while no sample says it.
  const seen = new Set<string>();
  const kept = items.filter((item) => {
    const key = `${item.mode}:${normalizeText(item.said)}`;
    if (seen.has(key) || isSample(requestText(item.said, languageModel.invocationName))) return false;
    seen.add(key);
    return true;
  });
  return { locale: 'en-AU', questionPath: [...phraseIntents(languageModel)], items: kept };
}

/** What is wrong with a set: model samples in it, repeats, readings the model cannot give. */
export function routingSetProblems(set: RoutingSet, model = languageModel): string[] {
  const problems: string[] = [];
  const samples = new Set(model.intents.flatMap((i) => i.samples).map(normalizeText));
  const intents = new Map(model.intents.map((i) => [i.name, i]));
  const typeIds = new Map(model.types.map((t) => [t.name, new Set(t.values.map((v) => v.id))]));
  for (const intent of set.questionPath)
    if (!model.intents.some((i) => i.name === intent)) problems.push(`question path: no intent ${intent}`);
  const seen = new Set<string>();
  for (const item of set.items) {
    const key = `${item.mode}:${normalizeText(item.said)}`;
    if (seen.has(key)) problems.push(`"${item.said}": twice`);
    seen.add(key);
    const text = requestText(item.said, model.invocationName);
    if (samples.has(normalizeText(text))) problems.push(`"${item.said}": a sample of the model`);
    if (item.mode === 'one-shot' && text === normalizeText(item.said))
      problems.push(`"${item.said}": one-shot without the invocation name`);
    for (const reading of [item.expect, ...item.accept]) {
      const intent = intents.get(reading.intent);
      if (!intent) {
        problems.push(`"${item.said}": no intent ${reading.intent}`);
        continue;
      }
      if (reading.slot === undefined) continue;
      const type = intent.slots?.find((s) => s.name === reading.slot)?.type;
      if (!type || !reading.id || !typeIds.get(type)?.has(reading.id))
        problems.push(`"${item.said}": ${reading.intent} has no ${reading.slot} value ${reading.id}`);
    }
  }
  return problems;
}

/** One item a line, so a change to one utterance is a one-line diff. */
export function formatRoutingSet(set: RoutingSet): string {
  const lines = set.items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  return `{\n  "locale": ${JSON.stringify(set.locale)},\n  "questionPath": ${JSON.stringify(set.questionPath)},\n  "items": [\n${lines}\n  ]\n}\n`;
}
