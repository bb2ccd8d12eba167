// Builds the question-answering data at build time (npm run generate writes it to search-index.json, and a
// test fails when it drifts): the search index over every passage, sentence and glossary entry, and the
// lay-word table compiled for reading questions, and the urgent phrasings, taken from the interaction model's UrgentHelpIntent so they are written once.
import MiniSearch from 'minisearch';
import { layWords } from '../../content';
import { corpusUnits } from './corpus';
import { compileReading, type ReadingTable, urgentStems } from './read';
import { INDEX_OPTIONS, type SearchDocument } from './search-options';

export const SEARCH_INDEX_FILE = 'lambda/question/search-index.json';

export interface SearchIndexFile {
  /** Each urgent phrasing as stems (lambda/question/read.ts urgentStems). */
  urgent: string[][];
  /** The lay-word table, compiled for reading questions. */
  reading: ReadingTable;
  index: ReturnType<MiniSearch<SearchDocument>['toJSON']>;
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

export function buildSearchIndexFile(urgentSamples: readonly string[]): SearchIndexFile {
  const search = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
  search.addAll(searchDocuments());
  return {
    urgent: urgentSamples.map(urgentStems).filter((stems) => stems.length > 0),
    reading: compileReading(layWords),
    index: search.toJSON(),
  };
}
