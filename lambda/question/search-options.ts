// The search library's settings, shared by the build that writes the index and the skill that loads it: a
// loaded index must read text exactly as the one that was built.
import type { Options, SearchOptions } from 'minisearch';
import { FUNCTION_WORDS, tokenize } from '../../content/language/normalize';

/** One search document: a sentence, or a whole passage or glossary entry. */
export interface SearchDocument {
  /** The unit's key, with "#n" for its nth sentence. */
  id: string;
  text: string;
  /** The unit's title and what it is about. */
  title: string;
  /** The other names the unit is known by. */
  names: string;
}

/** The content words of a text, stemmed: what is indexed, and what a question is matched on. */
export function contentStems(text: string): string[] {
  return tokenize(text)
    .filter((token) => !FUNCTION_WORDS.has(token.word))
    .map((token) => token.stem);
}

export const INDEX_OPTIONS: Options<SearchDocument> = {
  fields: ['text', 'title', 'names'],
  tokenize: contentStems,
  // Terms arrive stemmed from tokenize (documents) or from readQuestion (questions).
  processTerm: (term) => term,
};

/**
 * Question terms are already stemmed and mapped to the sheet's words; the library adds the tolerance a
 * speech recogniser needs: a stem may begin a longer word ("numb" → "numbness"), and a long word may be
 * misheard by an edit or two ("hypercalcimia").
 */
export const SEARCH_OPTIONS: SearchOptions = {
  tokenize: (text) => text.split(' ').filter(Boolean),
  processTerm: (term) => term,
  prefix: (term) => term.length >= 4,
  fuzzy: (term) => (term.length >= 7 ? 0.2 : false),
  boost: { text: 1, title: 0.7, names: 0.7 },
};
