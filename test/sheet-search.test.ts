// The skill searches a plain table of the index (lambda/question/sheet-search.ts) instead of loading MiniSearch
// in every new container. It must find exactly what MiniSearch finds, in the same order, with the same scores to
// the last bit (ties between passages are broken by them), for the words people say and the ways they mishear them.
import MiniSearch from 'minisearch';
import { corpusUnits } from '../lambda/question/corpus';
import { searchDocuments, searchTableOf } from '../lambda/question/index-build';
import { readQuestion } from '../lambda/question/read';
import indexJson from '../lambda/question/search-index.json';
import { INDEX_OPTIONS, SEARCH_OPTIONS, type SearchDocument } from '../lambda/question/search-options';
import { type SearchTable, SheetSearch } from '../lambda/question/sheet-search';
import { QUESTION_SETS, readQuestionSet } from './support/question-eval';

const built = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
built.addAll(searchDocuments());
// As the skill loaded it before: from its JSON form.
const library = MiniSearch.loadJS(built.toJSON(), INDEX_OPTIONS);
const table = searchTableOf(built);
const sheet = new SheetSearch(table, SEARCH_OPTIONS);

const expected = (query: string) => library.search(query, SEARCH_OPTIONS).map(({ id, score, match }) => ({ id: String(id), score, match }));
const actual = (query: string) => sheet.search(query, SEARCH_OPTIONS).map(({ id, score, match }) => ({ id, score, match }));

/** Every way a speech recogniser might change a word by one letter: dropped, doubled, swapped, replaced by a vowel. */
function misheard(word: string): string[] {
  const variants: string[] = [];
  for (let i = 0; i < word.length; i += 1) {
    variants.push(word.slice(0, i) + word.slice(i + 1));
    variants.push(word.slice(0, i) + word[i] + word.slice(i));
    if (i + 1 < word.length) variants.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (const vowel of 'aeiouy') variants.push(word.slice(0, i) + vowel + word.slice(i + 1));
  }
  return variants;
}

describe('the sheet search', () => {
  test('the index shipped is this table', () => {
    expect((indexJson as unknown as { index: SearchTable }).index).toEqual(table);
  });

  test('every word of the index, every start of one, and every long one misheard by a letter: what MiniSearch finds', () => {
    const queries = new Set<string>();
    for (const term of table.terms) {
      for (let n = 1; n <= term.length; n += 1) queries.add(term.slice(0, n));
      // Fuzzy matching is for words of seven letters or more (SEARCH_OPTIONS).
      if (term.length >= 6) for (const variant of misheard(term)) queries.add(variant);
      queries.add(`${term}s`);
      queries.add(`${term}ing`);
    }
    const differ = [...queries].filter((query) => JSON.stringify(actual(query)) !== JSON.stringify(expected(query)));
    expect(differ).toEqual([]);
    expect(queries.size).toBeGreaterThan(5_000);
  });

  test('whole questions, read as the skill reads them: the same results, order and scores', () => {
    const reading = (indexJson as unknown as { reading: Parameters<typeof readQuestion>[1] }).reading;
    const questions = QUESTION_SETS.flatMap((file) => readQuestionSet(file).map((item) => item.question));
    questions.push(...corpusUnits().flatMap((unit) => unit.sentences));
    const queries = questions.map((question) => readQuestion(question, reading).terms.join(' ')).filter(Boolean);
    const differ = queries.filter((query) => JSON.stringify(actual(query)) !== JSON.stringify(expected(query)));
    expect(differ).toEqual([]);
    expect(queries.length).toBeGreaterThan(1_000);
  });
});
