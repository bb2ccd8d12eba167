// Everything the conversation can point at, indexed once at load: topics, their deeper items, and the
// glossary. A Position is where a listener is: a topic's summary (item -1) or one of its deeper items.
import { type ContentItem, type GlossaryEntry, glossary, type SaidAfter, source, type Topic, topics } from '../../content';

export interface Position {
  topic: string;
  item: number;
}

/** One thing the skill can say about the content, ready to speak. */
export interface Passage {
  at: Position;
  title: string;
  about: string;
  text: string;
  section: string;
}

const SUMMARY = -1;

const sourceFields: Record<string, string> = {
  publisher: source.publisher,
  title: source.title,
  year: String(source.copyrightYear),
  reviewed: source.lastMedicalReviewSpoken,
};

/** Content may name the source's details as {{field}}, so the review date is stated once, in source.json. */
function fillSourceFields(text: string): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, field: string) => sourceFields[field] ?? whole);
}

function isOwnItem(item: ContentItem | { ref: string }): item is ContentItem {
  return !('ref' in item);
}

const topicIndex = new Map(topics.map((topic, order) => [topic.id, { topic, order }]));

export function topicById(id: string): Topic | undefined {
  return topicIndex.get(id)?.topic;
}

export const tourOrder: readonly string[] = topics.map((topic) => topic.id);

/** A deeper item that is another topic's summary (on the tour, that topic is a stop of its own). */
export function isTopicReference(at: Position): boolean {
  const item = topicById(at.topic)?.items[at.item];
  return item !== undefined && !isOwnItem(item);
}

export function itemCount(topicId: string): number {
  return topicById(topicId)?.items.length ?? 0;
}

function summaryPassage(topic: Topic, at: Position): Passage {
  return { at, title: topic.title, about: topic.about, text: fillSourceFields(topic.summary), section: topic.section };
}

export function passageAt(at: Position): Passage | undefined {
  const topic = topicById(at.topic);
  // Positions also come from stored records: an item that is not an index ("length") must not reach topic.items.
  if (!topic || !Number.isInteger(at.item)) return undefined;
  if (at.item === SUMMARY) return summaryPassage(topic, at);
  const item = topic.items[at.item];
  if (!item) return undefined;
  if (isOwnItem(item)) {
    return { at, title: item.title, about: item.about, text: fillSourceFields(item.text), section: item.section };
  }
  const referenced = topicById(item.ref);
  return referenced ? summaryPassage(referenced, at) : undefined;
}

export function summaryOf(topicId: string): Position {
  return { topic: topicId, item: SUMMARY };
}

export function isSummary(at: Position): boolean {
  return at.item === SUMMARY;
}

export function isValidPosition(at: Position): boolean {
  return passageAt(at) !== undefined;
}

/** Slot value id for a subject: a topic id, or "topic.item" for a deeper item. */
export function subjectId(topic: Topic, item?: ContentItem): string {
  return item ? `${topic.id}.${item.id}` : topic.id;
}

export interface SlotValue {
  id: string;
  names: readonly string[];
}

/** The SUBJECT slot type's values: every topic and every deeper item, with the names people use. */
export function subjectValues(): SlotValue[] {
  return topics.flatMap((topic) => [
    { id: subjectId(topic), names: topic.names },
    ...topic.items.filter(isOwnItem).map((item) => ({ id: subjectId(topic, item), names: item.names })),
  ]);
}

/** The TERM slot type's values: every glossary entry. */
export function termValues(): SlotValue[] {
  return glossary.map((entry) => ({ id: entry.id, names: entry.names }));
}

const subjectPositions = new Map<string, Position>();
for (const topic of topics) {
  subjectPositions.set(subjectId(topic), summaryOf(topic.id));
  topic.items.forEach((item, index) => {
    if (isOwnItem(item)) subjectPositions.set(subjectId(topic, item), { topic: topic.id, item: index });
  });
}

export function positionOfSubject(id: string): Position | undefined {
  return subjectPositions.get(id);
}

const termIndex = new Map(glossary.map((entry) => [entry.id, entry]));

export function termById(id: string): GlossaryEntry | undefined {
  return termIndex.get(id);
}

/** Where a glossary entry's follow-up offer leads. */
export function seeAlso(entry: GlossaryEntry): Position {
  return entry.see.item
    ? (positionOfSubject(`${entry.see.topic}.${entry.see.item}`) ?? summaryOf(entry.see.topic))
    : summaryOf(entry.see.topic);
}

function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

type Named = { subject?: Position; term?: GlossaryEntry };

/** Every name of every subject and term; built on first use, since only unmatched slot values need it. */
let byName: Map<string, Named> | undefined;

function namesIndex(): Map<string, Named> {
  if (byName) return byName;
  byName = new Map();
  const entryFor = (name: string): Named => {
    const key = normaliseName(name);
    let entry = byName?.get(key);
    if (!entry) {
      entry = {};
      byName?.set(key, entry);
    }
    return entry;
  };
  for (const value of subjectValues()) for (const name of value.names) entryFor(name).subject ??= positionOfSubject(value.id);
  for (const entry of glossary) for (const name of entry.names) entryFor(name).term ??= entry;
  return byName;
}

/**
 * A slot value Alexa could not resolve in one slot type may still name something in the other ("tell me about
 * osteolytic" fills SUBJECT with a glossary word). Looks the spoken words up among the content's own names.
 */
export function findByName(spoken: string): Named {
  return namesIndex().get(normaliseName(spoken)) ?? {};
}

/** What is said after a passage whenever it is spoken (content/topics.json "then"): support, or escalation. */
export function saidWith(at: Position): SaidAfter | undefined {
  const topic = topicById(at.topic);
  if (!topic) return undefined;
  if (at.item === SUMMARY) return topic.then;
  const item = topic.items[at.item];
  if (!item) return undefined;
  return isOwnItem(item) ? item.then : topicById(item.ref)?.then;
}
