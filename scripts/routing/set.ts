// The routing evaluation set (eval/routing/en-AU.json): what people say, and where it should land. One set
// feeds both `npm run routing:local` (our matcher beside a statistical classifier) and `npm run routing:real`
// (Alexa's own understanding of the deployed model). It is built by `npm run routing:set` from the question
// sets, the held-out topic utterances and eval/routing/curated.json; never from the model's samples.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** An intent, and for a slot intent the slot's resolved value id that makes the reading right. */
export interface Reading {
  intent: string;
  /** The slot whose resolved id must match (TellMeAboutIntent's subject, DefineTermIntent's term). */
  slot?: string;
  id?: string;
}

/** In a session (the Utterance Profiler reads it), or one-shot with the invocation name (simulate-skill). */
export type Mode = 'in-session' | 'one-shot';

export const TAGS = ['own-words', 'no-carrier', 'out-of-domain', 'sensitive', 'mishearing'] as const;
export type Tag = (typeof TAGS)[number];

export interface RoutingItem {
  /** As spoken; a one-shot item includes the launch words ("ask bone cancer guide …"). */
  said: string;
  mode: Mode;
  expect: Reading;
  /** Other readings whose reply also serves the person (the reply holds the answering fact). */
  accept: Reading[];
  /** Any intent on the question path also serves: each leads to the same question engine. */
  questionPath?: true;
  tags: Tag[];
  /** Where it comes from: a question set, the held-out utterances, or the curated file. */
  from: string;
}

export interface RoutingSet {
  locale: string;
  /** The intents that carry a question in the person's own words to the question engine. */
  questionPath: string[];
  items: RoutingItem[];
}

export const ROOT = join(__dirname, '..', '..');
export const ROUTING_SET_FILE = 'eval/routing/en-AU.json';
export const CURATED_FILE = 'eval/routing/curated.json';

/** The set as stored, with each question-path item's acceptable readings spelled out for scoring. */
export function readRoutingSet(file = ROUTING_SET_FILE): RoutingSet {
  const set = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as RoutingSet;
  return { ...set, items: set.items.map((item) => withQuestionPath(item, set.questionPath)) };
}

function withQuestionPath(item: RoutingItem, questionPath: string[]): RoutingItem {
  if (!item.questionPath) return item;
  const listed = new Set([item.expect, ...item.accept].filter((r) => r.id === undefined).map((r) => r.intent));
  const others = questionPath.filter((intent) => !listed.has(intent)).map((intent) => ({ intent }));
  return { ...item, accept: [...item.accept, ...others] };
}

export const FALLBACK = 'AMAZON.FallbackIntent';

/** Whether Alexa's (or a matcher's) reading is the expected one or an acceptable other. */
export function readingFits(item: RoutingItem, intent: string, slotId: string | undefined): boolean {
  return [item.expect, ...item.accept].some((r) => r.intent === intent && (r.id === undefined || r.id === slotId));
}

export function sameReading(a: Reading, b: Reading): boolean {
  return a.intent === b.intent && a.slot === b.slot && a.id === b.id;
}

export function describeReading(r: Reading): string {
  return r.id ? `${r.intent}(${r.slot}=${r.id})` : r.intent;
}
