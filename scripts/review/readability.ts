// Length, listening time and reading ease of a response, as the listener hears it. Words are counted the way
// the content validator counts them (content/validate.ts wordCount), so the limits mean the same thing here.
import { wordCount } from '../../content/validate';

/** Assumed speaking speed at Alexa's normal rate (prosody 100%), in words per minute. */
export const WORDS_PER_MINUTE = 150;

/** Listening time in seconds: words at WORDS_PER_MINUTE scaled by the prosody percentage, plus explicit pauses. */
export function spokenSeconds(words: number, ratePercent: number, pauseMs = 0): number {
  const wordsPerSecond = (WORDS_PER_MINUTE * (ratePercent / 100)) / 60;
  return words / wordsPerSecond + pauseMs / 1000;
}

/** The total of the <break time="…"/> pauses in an SSML string, in milliseconds. */
export function pauseMilliseconds(ssml: string): number {
  let total = 0;
  for (const match of ssml.matchAll(/<break\s+time="(\d+(?:\.\d+)?)(ms|s)"\s*\/>/g)) {
    total += Number(match[1]) * (match[2] === 's' ? 1000 : 1);
  }
  return total;
}

/**
 * Syllables in one word, by a small heuristic (not a dictionary): groups of vowels (y counts as a vowel after
 * the first letter), less a silent final "e" (but not "-le" after a consonant), less "-ed" when it is not
 * sounded; at least one per word. A spelled-out capital abbreviation ("CT") counts one syllable per letter;
 * digits are read as a number of two syllables a digit group. Good to within a syllable for most words.
 */
export function syllables(word: string): number {
  if (/^\d[\d,.]*$/.test(word)) return 2;
  if (/^[A-Z]{2,5}$/.test(word)) return word.length;
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  let stem = w;
  if (/[^aeiouy]ed$/.test(stem) && !/[td]ed$/.test(stem)) stem = stem.slice(0, -2);
  else if (/[^aeiouy]es$/.test(stem) && !/(ss|x|ch|sh|z|ce|ge|se)es$/.test(stem)) stem = stem.slice(0, -1);
  if (/[^aeiouy]e$/.test(stem) && !/[^aeiouy]le$/.test(stem)) stem = stem.slice(0, -1);
  const groups = stem.match(/[aeiou]+|(?<=.)y+/g)?.length ?? 0;
  // "-ia", "-io", "-eo" are usually two syllables ("hypercalcaemia", "radiotherapy", "osteolytic").
  const hiatus = stem.match(/ia|io(?!u)|eo|iu|ua/g)?.length ?? 0;
  return Math.max(1, groups + hiatus);
}

export function sentenceCount(text: string): number {
  const sentences = text.split(/[.?!]+(?:\s+|$)/).filter((s) => /[A-Za-z0-9]/.test(s));
  return Math.max(1, sentences.length);
}

function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, ''))
    .filter((w) => /[A-Za-z0-9]/.test(w));
}

/**
 * Flesch reading ease: 206.835 − 1.015 × (words per sentence) − 84.6 × (syllables per word). Higher is easier;
 * 60–70 is plain English, 80+ easy. Syllables come from the heuristic above, so treat it as a guide.
 */
export function fleschReadingEase(text: string): number {
  const list = words(text);
  if (list.length === 0) return 0;
  const totalSyllables = list.reduce((sum, w) => sum + syllables(w), 0);
  const score = 206.835 - 1.015 * (list.length / sentenceCount(text)) - 84.6 * (totalSyllables / list.length);
  return Math.round(score * 10) / 10;
}

export function readingEaseBand(score: number): string {
  if (score >= 80) return 'easy';
  if (score >= 60) return 'plain';
  if (score >= 50) return 'fairly difficult';
  return 'difficult';
}

export { wordCount };
