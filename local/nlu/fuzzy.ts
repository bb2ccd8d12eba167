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
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prevPrev = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (prevPrev[j - 2] as number) + 1);
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  const result = prev[n] as number;
  return result > max ? max + 1 : result;
}

/**
 * How many edits a word of this length may contain and still count as that word. Short words get none:
 * "scan"/"scar" or "bone"/"done" are different words, not typos of each other.
 */
export function allowedEdits(length: number): number {
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}
