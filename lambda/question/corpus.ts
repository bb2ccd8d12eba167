// What a question can be answered from: every passage the skill speaks (topic summaries and deeper items),
// every sentence of them, and every glossary entry, each with the names it is known by. The search index is
// built from these at build time (index.ts), and answers quote them, so what is matched is what is said.
import { glossary, topics } from '../../content';
import { type Position, passageAt, summaryOf, termById } from '../conversation/catalog';

/** A passage or glossary entry, by key: "p:topic:item" or "g:term". */
export interface Unit {
  key: string;
  /** Where the passage is; absent for a glossary entry. */
  at?: Position;
  term?: string;
  section: string;
  /** Its title and what it is about ("From the part on …"). */
  title: string;
  /** The other names it is known by. */
  names: string[];
  sentences: string[];
}

function passageKey(at: Position): string {
  return `p:${at.topic}:${at.item}`;
}

/** Sentence ends: a full stop, question or exclamation mark followed by a space and a capital or digit. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+(?=[A-Z0-9])/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/**
 * A unit whose sentences are split from its text when first read, not when the units are built: a container's first
 * question builds every unit and reads the sentences of few (an escalation, one unit's), and splitting them all was
 * a ninth of what that question allocated after loading the engine (docs/performance.md, "Issue 16, tenth pass"). Its
 * own properties are a Unit's, in the order they always were, and it is written as JSON as one was (sentences and all).
 */
class SheetUnit implements Unit {
  declare key: string;
  declare at?: Position;
  declare term?: string;
  declare section: string;
  declare title: string;
  declare names: string[];
  readonly #text: string;
  #sentences: string[] | undefined;

  constructor(unit: Omit<Unit, 'sentences'>, text: string) {
    Object.assign(this, unit);
    this.#text = text;
  }

  get sentences(): string[] {
    this.#sentences ??= sentencesOf(this.#text);
    return this.#sentences;
  }

  toJSON(): Unit {
    return { ...this, sentences: this.sentences };
  }
}

function passageUnit(at: Position, names: readonly string[]): Unit | undefined {
  const passage = passageAt(at);
  if (!passage) return undefined;
  return new SheetUnit(
    { key: passageKey(at), at, section: passage.section, title: `${passage.title}. ${passage.about}`, names: [...names] },
    passage.text,
  );
}

let units: Unit[] | undefined;

/** Every answerable unit, topics in tour order. A deeper item that is another topic is that topic's summary. */
export function corpusUnits(): Unit[] {
  if (units) return units;
  const built: Unit[] = [];
  for (const topic of topics) {
    const summary = passageUnit(summaryOf(topic.id), topic.names);
    if (summary) built.push(summary);
    topic.items.forEach((item, index) => {
      if ('ref' in item) return;
      const unit = passageUnit({ topic: topic.id, item: index }, item.names);
      if (unit) built.push(unit);
    });
  }
  for (const entry of glossary) {
    built.push(
      new SheetUnit(
        { key: `g:${entry.id}`, term: entry.id, section: entry.section, title: entry.term, names: [...entry.names] },
        entry.definition,
      ),
    );
  }
  units = built;
  return built;
}

/**
 * A unit's key from its id in content/answers.json and content/question-kinds.json: a topic's id (its summary),
 * "topic/item" (a deeper item), "glossary/term". Undefined when there is no such unit.
 */
export function unitKeyOf(id: string): string | undefined {
  const [first = '', second] = id.split('/');
  if (first === 'glossary') return second && glossary.some((entry) => entry.id === second) ? `g:${second}` : undefined;
  const topic = topics.find((candidate) => candidate.id === first);
  if (!topic) return undefined;
  if (second === undefined) return passageKey(summaryOf(topic.id));
  const item = topic.items.findIndex((candidate) => !('ref' in candidate) && candidate.id === second);
  return item === -1 ? undefined : passageKey({ topic: topic.id, item });
}

export function termOf(unit: Unit) {
  return unit.term ? termById(unit.term) : undefined;
}
