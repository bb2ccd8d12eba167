/**
 * Edit distance for typo tolerance. Optimal-string-alignment (Levenshtein plus adjacent transposition),
 * because "chemotehrapy" is one slip of the fingers, not two.
 */

/**
 * Distance between `a` and `b`, or `max + 1` as soon as it is known to exceed `max` (the resolver only
 * ever asks "within 1 or 2?", so most comparisons stop after a row or two).
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (a.length - b.length > max || b.length - a.length > max) return max + 1;
  const n = b.length;
  // Three rows of the table in one reused typed array, and no global lookups (Math.min) in the loop: both
  // are slow in a vm context such as Jest's, where this runs thousands of times per utterance.
  if (rows.length < 3 * (n + 1)) rows = new Int32Array(3 * (n + 1) * 2);
  let prevPrev = 0;
  let prev = n + 1;
  let cur = 2 * (n + 1);
  for (let j = 0; j <= n; j++) {
    rows[prevPrev + j] = 0;
    rows[prev + j] = j;
  }
  for (let i = 1; i <= a.length; i++) {
    rows[cur] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      let d = (rows[prev + j - 1] as number) + cost;
      const up = (rows[prev + j] as number) + 1;
      const left = (rows[cur + j - 1] as number) + 1;
      if (up < d) d = up;
      if (left < d) d = left;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        const swap = (rows[prevPrev + j - 2] as number) + 1;
        if (swap < d) d = swap;
      }
      rows[cur + j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const oldest = prevPrev;
    prevPrev = prev;
    prev = cur;
    cur = oldest;
  }
  const result = rows[prev + n] as number;
  return result > max ? max + 1 : result;
}

let rows = new Int32Array(3 * 64);

/**
 * How many edits a word of this length may contain and still count as that word. Short words get none:
 * "scan"/"scar" or "bone"/"done" are different words, not typos of each other.
 */
export function allowedEdits(length: number): number {
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}
