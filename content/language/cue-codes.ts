// Reading the codes of the cue lists' words (KindTable.codes, content/language/kinds.ts): the Lambda's bundle carries
// its cue lists with their most frequent words written as codes (scripts/build.mjs, `cuesInCodes`, writes them). One
// job, so that one reader serves both who read them: the matcher (kinds.ts), in every question of the Lambda, and the
// build, which checks with it that every cue list reads back from its codes and that every coded word's code is
// found (docs/performance.md, "Issue 16, seventeenth pass"). esbuild flattens the module into the bundle's one
// scope: it adds nothing at run time.
//
// The codes' text: for each code in order, where its word starts in the text (two characters, each one of 95,
// " "…"~"; codeAt); then each word after a "|" ("|about|cancer|…|"), the one-character codes' words in their order,
// then the two-character codes' (so codeOf halves each part). A code is one or two characters of CODE_DIGITS, its
// first a capital: a cue's word never is one (the cues are lower case).

/** The characters of a code (KindTable.codes): "A"…"Z" the first 26, then two, "AA"…"A9", "BA"…, "Z9". */
export const CODE_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Where code number `n`'s word starts in KindTable.codes: two characters, each one of 95 (" "…"~"). */
export function codeAt(codes: string, n: number): number {
  return (codes.charCodeAt(2 * n) - 32) * 95 + codes.charCodeAt(2 * n + 1) - 32;
}

/**
 * A word of a cue as it is said: itself, or the word its code stands for (a code opens with a capital, a word never
 * does). A cue stays in codes, what its parts can start with too (a question's `said` has its words' codes), and a
 * word is written back only where the matcher compares it with a token: an alternative split into words
 * (wordsOfAlternative) and a part's first word where the question says it (partFrom).
 */
export function inWords(word: string, codes: string): string {
  const first = word.charCodeAt(0) - 65;
  if (first < 0 || first > 25) return word;
  const n = word.length === 1 ? first : 26 + first * 62 + CODE_DIGITS.indexOf(word.charAt(1));
  const at = codeAt(codes, n);
  return codes.slice(at, codes.indexOf('|', at));
}

/**
 * A word's code in KindTable.codes, or "" for none: the codes of one character and those of two are each in the order
 * of their words (as `${word}|` sorts against them), so each is halved to it, with no search of the text and nothing
 * made but the code. One function, its loops written out: it runs in a container's first question, where each
 * function more is compiled and each line's first run is slow.
 */
export function codeOf(word: string, codes: string): string {
  // A code saves something on every word it stands for (scripts/build.mjs): one of one character only on a word of two
  // characters or more, one of two only on a word of three or more.
  const { length } = word;
  if (length < 2) return '';
  const count = (codeAt(codes, 0) - 1) / 2;
  let low = 0;
  let high = Math.min(26, count);
  for (let second = false; ; ) {
    if (low >= high) {
      if (second || count <= 26 || length < 3) return '';
      second = true;
      low = 26;
      high = count;
      continue;
    }
    const mid = (low + high) >> 1;
    const at = codeAt(codes, mid);
    let order = 0;
    for (let i = 0; order === 0; i += 1) {
      const mine = i < length ? word.charCodeAt(i) : 124;
      order = mine - codes.charCodeAt(at + i);
      if (mine === 124) break;
    }
    if (order === 0)
      return mid < 26 ? CODE_DIGITS.charAt(mid) : CODE_DIGITS.charAt(((mid - 26) / 62) | 0) + CODE_DIGITS.charAt((mid - 26) % 62);
    if (order < 0) high = mid;
    else low = mid + 1;
  }
}
