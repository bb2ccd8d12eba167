// Builds the question-answering data at build time (npm run generate writes it to search-index.json, and a
// test fails when it drifts): the search index over every passage, sentence and glossary entry, and the
// lay-word table compiled for reading questions, what questions ask for (question-kinds.json) and where each
// passage gives each kind of answer (answers.json).
import MiniSearch from 'minisearch';
import { answers, layWords, questionKinds } from '../../content';
import { corpusUnits, unitKeyOf } from './corpus';
import { compileKinds, type KindTable } from './kinds';
import { compileReading, type ReadingTable } from './read';
import { INDEX_OPTIONS, type SearchDocument } from './search-options';

export const SEARCH_INDEX_FILE = 'lambda/question/search-index.json';

export interface SearchIndexFile {
  /** The lay-word table, compiled for reading questions. */
  reading: ReadingTable;
  index: ReturnType<MiniSearch<SearchDocument>['toJSON']>;
  /** What questions ask for, compiled (lambda/question/kinds.ts). */
  kinds: KindTable;
  /** By unit key, then kind: the sentences (by number) that give that kind of answer. */
  gives: Record<string, Record<string, number[]>>;
}

/** Where each unit gives each kind of answer (content/answers.json), as sentence numbers. */
function givenAnswers(): Record<string, Record<string, number[]>> {
  const units = new Map(corpusUnits().map((unit) => [unit.key, unit]));
  const gives: Record<string, Record<string, number[]>> = {};
  for (const [id, about] of Object.entries(answers.units)) {
    const key = unitKeyOf(id);
    const unit = key ? units.get(key) : undefined;
    if (!key || !unit) throw new Error(`answers.json: ${id} is not a unit`);
    for (const given of about.gives ?? []) {
      const where = given.in;
      const numbers = where === undefined ? unit.sentences.map((_, n) => n) : unit.sentences.flatMap((s, n) => (s.includes(where) ? [n] : []));
      if (numbers.length === 0) throw new Error(`answers.json: ${id} has no sentence saying "${where}"`);
      const byKind = (gives[key] ??= {});
      byKind[given.kind] = [...new Set([...(byKind[given.kind] ?? []), ...numbers])].sort((a, b) => a - b);
    }
  }
  return gives;
}

export function searchDocuments(): SearchDocument[] {
  return corpusUnits().flatMap((unit) => {
    const named = { title: unit.title, names: unit.names.join('. ') };
    return [
      { id: unit.key, text: unit.sentences.join(' '), ...named },
      ...unit.sentences.map((text, n) => ({ id: `${unit.key}#${n}`, text, ...named })),
    ];
  });
}

export function buildSearchIndexFile(): SearchIndexFile {
  const search = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  search.addAll(searchDocuments());
  return {
    reading: compileReading(layWords),
    index: search.toJSON(),
    // A kind's passage by its key in the index, as answers are found.
    kinds: compileKinds(questionKinds).map((kind) => (kind.from ? { ...kind, from: unitKeyOf(kind.from) ?? kind.from } : kind)),
    gives: givenAnswers(),
  };
}
