// Builds the question-answering data at build time (npm run generate writes it to search-index.json, and a
// test fails when it drifts): the search index over every passage, sentence and glossary entry, and the
// lay-word table compiled for reading questions, what questions ask for (question-kinds.json) and where each
// passage gives each kind of answer (answers.json).
import MiniSearch from 'minisearch';
import { type AnswersTable, layWords, type QuestionKindTable } from '../../content';
import answersJson from '../../content/answers.json';
import { compileKinds, type KindTable } from '../../content/language/kinds';
import questionKindsJson from '../../content/question-kinds.json';
// Which alternatives decide nothing, and the lists' codes, worked out as the web app's build works them out: one place
// for the rules (a module of the web app's, which no Lambda bundle carries: this file runs at build time only).
import { codesInOrder, withListsRenamed, withoutImpliedAlternatives } from '../../local/web-app/question-index';
import { corpusUnits, unitKeyOf } from './corpus';
import { compileReading, type ReadingTable, readQuestion } from './read';
import { INDEX_OPTIONS, type SearchDocument } from './search-options';
import { compactIds, type SearchTable, writePostings } from './sheet-search';
import { unitStems } from './unit-stems';

export const SEARCH_INDEX_FILE = 'lambda/question/search-index.json';

export interface SearchIndexFile {
  /** The lay-word table, compiled for reading questions. */
  reading: ReadingTable;
  /** The search index, as lambda/question/sheet-search.ts searches it. */
  index: SearchTable;
  /** What questions ask for, compiled (content/language/kinds.ts), its lists named by codes (compactKinds). */
  kinds: KindTable;
  /** By unit key, then kind: the sentences (by number) that give that kind of answer. */
  gives: Record<string, Record<string, number[]>>;
  /**
   * By unit key: the reviewed questions it answers (content/answers.json), each as its words read as a question's
   * are (stems joined by spaces, questions by commas: one string, not an array of them, for the bundle's size).
   */
  asked: Record<string, string>;
  /**
   * By unit key: the content words of its sentences, then of its title and names, as stems (each phrase's stems
   * joined by spaces, phrases by commas): which words a unit says side by side, read without tokenising again.
   */
  stems: Record<string, [string, string]>;
}

/** Each unit's reviewed questions, read as a person's question is read (lay words mapped, framing set aside). */
function askedQuestions(reading: ReadingTable): Record<string, string> {
  const asked: Record<string, string> = {};
  for (const [id, about] of Object.entries((answersJson as AnswersTable).units)) {
    const key = unitKeyOf(id);
    if (!key) throw new Error(`answers.json: ${id} is not a unit`);
    const questions = (about.questions ?? []).map((question) => readQuestion(question, reading).terms.join(' ')).filter(Boolean);
    if (questions.length > 0) asked[key] = [...new Set(questions)].join(',');
  }
  return asked;
}

/** The question kinds, each kind's passage named by its key in the index, as answers are found. */
function compiledKinds(): KindTable {
  const table = compileKinds(questionKindsJson as QuestionKindTable);
  const keyOf = (unit: string | undefined) => (unit ? (unitKeyOf(unit) ?? unit) : undefined);
  return compactKinds({
    ...table,
    kinds: table.kinds.map((kind) => {
      const from = keyOf(kind.from);
      const alsoFrom = keyOf(kind.alsoFrom);
      return { ...kind, ...(from ? { from } : {}), ...(alsoFrom ? { alsoFrom } : {}) };
    }),
  });
}

/**
 * The kinds' table as question.js carries it, the whole table an object literal of the script (scripts/build.mjs:
 * every question reads it, so it is neither parsed nor deflated; docs/performance.md, "Issue 16, eleventh pass"):
 * - without the alternatives an alternative before them in their part implies, which the matcher never reaches
 *   (withoutImpliedAlternatives, 'one before'): every question matches the same cues, at the same words;
 * - each cue list and word list named by a code of one or two letters (codesInOrder: "a"… and "@a"…) rather than for
 *   what it says ("general-symptom-question", "@patient"), those said most often by the shortest: a list is looked up
 *   by the name a kind's rule or a cue says it by (kinds.ts) and by nothing else (the content checks and the review
 *   compile content/question-kinds.json themselves), and its name is said again in every rule or cue that reads it.
 * - each word list's words once: words that stem alike ("leg", "legs") are one word once stemmed, and the matcher
 *   reaches a word said again only after the same word before it;
 * The kinds' ids, which the skill reads, and the order of every table are kept.
 */
function compactKinds(table: KindTable): KindTable {
  const cues = Object.fromEntries(
    Object.entries(table.cues).map(([name, stored]) => [name, withoutImpliedAlternatives(stored, 'one before')]),
  );
  const lists = Object.fromEntries(Object.entries(table.lists).map(([name, stored]) => [name, [...new Set(stored.split('|'))].join('|')]));
  // How often each list is said: a cue list in the kinds' rules, a word list ("@name") in the cues and word lists.
  const said = new Map<string, number>();
  const count = (name: string): void => {
    said.set(name, (said.get(name) ?? 0) + 1);
  };
  for (const kind of table.kinds) for (const name of kind.rules.split(/[;,!]+/)) count(name);
  for (const text of [...Object.values(cues), ...Object.values(lists)]) for (const name of text.match(/@[^ |/;]+/g) ?? []) count(name);
  const mostSaidFirst = (names: readonly string[]): string[] => [...names].sort((a, b) => (said.get(b) ?? 0) - (said.get(a) ?? 0));
  const wordLists = mostSaidFirst(Object.keys(table.lists).map((name) => `@${name}`)).map((reference) => reference.slice(1));
  return withListsRenamed({ ...table, lists, cues }, codesInOrder(mostSaidFirst(Object.keys(cues)), wordLists));
}

/** Where each unit gives each kind of answer (content/answers.json), as sentence numbers. */
function givenAnswers(): Record<string, Record<string, number[]>> {
  const units = new Map(corpusUnits().map((unit) => [unit.key, unit]));
  const gives: Record<string, Record<string, number[]>> = {};
  for (const [id, about] of Object.entries((answersJson as AnswersTable).units)) {
    const key = unitKeyOf(id);
    const unit = key ? units.get(key) : undefined;
    if (!key || !unit) throw new Error(`answers.json: ${id} is not a unit`);
    for (const given of about.gives ?? []) {
      const where = given.in;
      const numbers =
        where === undefined ? unit.sentences.map((_, n) => n) : unit.sentences.flatMap((s, n) => (s.includes(where) ? [n] : []));
      if (numbers.length === 0) throw new Error(`answers.json: ${id} has no sentence saying "${where}"`);
      const byKind = gives[key] ?? {};
      gives[key] = byKind;
      byKind[given.kind] = [...new Set([...(byKind[given.kind] ?? []), ...numbers])].sort((a, b) => a - b);
    }
  }
  return gives;
}

/**
 * A document for each unit's title and names, and one for each of its sentences' text: where a word is said,
 * and in which sentence, without the index holding anything twice (it travels in the Lambda package).
 */
export function searchDocuments(): SearchDocument[] {
  return corpusUnits().flatMap((unit) => [
    { id: unit.key, text: '', title: unit.title, names: unit.names.join('. ') },
    ...unit.sentences.map((text, n) => ({ id: `${unit.key}#${n}`, text, title: '', names: '' })),
  ]);
}

/**
 * The index as a plain table (sheet-search.ts): MiniSearch's, loaded as the skill used to load it, so that its terms
 * are listed in the order that loaded index gives prefix matches in.
 */
export function searchTableOf(search: MiniSearch<SearchDocument>): SearchTable {
  const loaded = MiniSearch.loadJS(search.toJSON(), INDEX_OPTIONS).toJSON();
  const count = loaded.documentCount;
  const ids = Array.from({ length: count }, (_, n) => loaded.documentIds[n]);
  if (ids.some((id) => typeof id !== 'string') || Object.keys(loaded.documentIds).length !== count)
    throw new Error('search index: document numbers are not 0 to the number of documents');
  const fields = INDEX_OPTIONS.fields;
  if (fields.join() !== 'text,title,names' || fields.some((field, n) => loaded.fieldIds[field] !== n))
    throw new Error('search index: fields are not text, title, names (sheet-search.ts)');
  const numbered = (record: Record<string, number>): number[] =>
    Object.entries(record).flatMap(([doc, frequency]) => [Number(doc), frequency]);
  return {
    ids: compactIds(ids as string[]),
    lengths: ids.flatMap((_, n) => fields.map((_field, f) => loaded.fieldLength[n]?.[f] ?? 0)),
    averages: fields.map((_field, f) => loaded.averageFieldLength[f] ?? 0),
    terms: loaded.index.map(([term]) => term),
    postings: loaded.index.map(([, data]) => writePostings(fields.map((_field, f) => numbered(data[f] ?? {})))),
  };
}

export function buildSearchIndexFile(): SearchIndexFile {
  const search = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  search.addAll(searchDocuments());
  const reading = compileReading(layWords);
  return {
    reading,
    index: searchTableOf(search),
    kinds: compiledKinds(),
    gives: givenAnswers(),
    asked: askedQuestions(reading),
    stems: unitStems(corpusUnits()),
  };
}
