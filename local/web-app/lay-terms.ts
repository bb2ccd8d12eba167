// The lay-word table's terms (content/lay-words.json: everyday words for the sheet's terms) in the web app. page.js
// carries them beside the interaction model's slot values, which repeat many of them (scripts/build-web-app.mjs,
// modelWithTables: gzip codes them there as repeats), and lends them to question.js, which compiles its reading table
// from them when a question first reads it (local/web-app/question-index.ts) rather than carrying it compiled
// (docs/performance.md, "Issue 17, eighth pass"). Each text is carried as its words, as tokenize reads them, joined by
// single spaces (as the model's tables carry theirs, local/nlu/tables.ts): the page never tokenises them again.
import type { LayTerm } from '../../content';
import { tokenize } from '../../content/language/normalize';
import type { TermWords } from '../../lambda/question/read';
import modelFile from '../../skill-package/interactionModels/custom/en-AU.json';

/** Where the web app's build puts the terms on the model object it gives the code: a function that gives them. */
export const LAY_TERMS = Symbol.for('bone-cancer-guide.lay-terms');

/** The terms as carried: [the sheet's term, ...each way to say it], each text as its words joined by spaces. */
export type CarriedLayTerms = readonly (readonly string[])[];

/** The terms as carried (at build time). */
export function carriedLayTerms(terms: readonly LayTerm[]): CarriedLayTerms {
  const words = (text: string): string =>
    tokenize(text)
      .map((token) => token.word)
      .join(' ');
  return terms.map((term) => [words(term.means), ...term.said.map(words)]);
}

/** The terms as read.ts's readingFrom takes them, from the carried form. */
export function layTermsOf(carried: CarriedLayTerms): TermWords[] {
  const words = (text: string): string[] => (text === '' ? [] : text.split(' '));
  return carried.map(([means = '', ...said]) => [words(means), said.map(words)]);
}

/** The lay-word table's terms, from the model as the web app's build gives it. */
export function layTerms(): TermWords[] {
  const carried = (modelFile as { [LAY_TERMS]?: () => CarriedLayTerms })[LAY_TERMS];
  if (!carried) throw new Error('the lay words are carried with the web app’s interaction model (scripts/build-web-app.mjs)');
  return layTermsOf(carried());
}
