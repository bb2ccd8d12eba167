// What content and the skill share when reading a phrase: its stems without the words that only say who.
// The lay-word table is compiled with them (lambda/question/read.ts), and the content checks hold the table to
// them (content/validate.ts).
import { tokenize } from './normalize';

// Who a phrase is about never changes what it means: "sick to my stomach" is "sick to your stomach", and
// "put you under" is "put under". Phrases are matched with these left out on both sides.
export const PASSING = new Set([
  'i',
  'me',
  'my',
  'you',
  'your',
  'he',
  'him',
  'his',
  'she',
  'her',
  'they',
  'them',
  'their',
  'we',
  'us',
  'our',
  'a',
  'an',
  'the',
]);

/** A phrase's stems as they are matched: without the words that only say who (PASSING). */
export function phraseStems(text: string): string[] {
  return tokenize(text)
    .filter((token) => !PASSING.has(token.word))
    .map((token) => token.stem);
}
