/**
 * Template alignment: a sample with one slot, such as "what does {term} mean", read as a pattern. When an
 * utterance starts with the words before the slot and ends with the words after it, the words in between
 * are the slot value, whether or not they are a known value. This is how "what does flibbertigibbet
 * mean" reaches DefineTermIntent with an unmatched value, as it would on Alexa.
 */
import type { Word } from './vocabulary';

/** A literal word of a sample. */
export interface Literal {
  readonly stem: string;
  readonly fn: boolean;
  readonly weight: number;
}

export interface Template {
  readonly slot: string;
  readonly type: string;
  readonly prefix: readonly Literal[];
  readonly suffix: readonly Literal[];
  /** Stems of the carrier's content words: all must be in the utterance for the template to apply. */
  readonly content: readonly string[];
  /** Summed weight of the carrier's content words: how clearly the carrier names this intent. */
  readonly carrierWeight: number;
}

export interface Capture {
  /** First captured word. */
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  /** Function words dropped or added around the carrier to make it fit. */
  readonly skipped: number;
}

/** Every way the utterance fits the template, best first (fewest skipped words, then shortest value). */
export function align(template: Template, words: readonly Word[], maxCapture: number): Capture[] {
  const ends = reachable(template.prefix, words);
  if (ends.size === 0) return [];
  const reversed = [...words].reverse();
  const starts = new Map<number, number>();
  for (const [j, cost] of reachable([...template.suffix].reverse(), reversed)) starts.set(words.length - j, cost);
  const out: Capture[] = [];
  for (const [start, a] of ends) {
    for (const [end, b] of starts) {
      if (end > start && end - start <= maxCapture) out.push({ start, end, skipped: a + b });
    }
  }
  return out.sort((x, y) => x.skipped - y.skipped || x.end - x.start - (y.end - y.start) || x.start - y.start);
}

/**
 * Where the carrier `lits` can end when aligned from the start of `words`, with the fewest skipped
 * function words for each end. Content words must match in order; function words may be missing from
 * either side ("can you tell me about …" fits "tell me about …").
 */
function reachable(lits: readonly Literal[], words: readonly Word[]): Map<number, number> {
  const n = words.length;
  const width = n + 1;
  const cost = new Array<number>((lits.length + 1) * width).fill(UNREACHED);
  cost[0] = 0;
  for (let i = 0; i <= lits.length; i++) {
    for (let j = 0; j <= n; j++) {
      const c = cost[i * width + j] as number;
      if (c === UNREACHED) continue;
      const lit = lits[i];
      const word = words[j];
      if (lit && word && lit.stem === word.stem) relax(cost, (i + 1) * width + j + 1, c);
      if (lit?.fn) relax(cost, (i + 1) * width + j, c + 1);
      // Extra words may only be added around the carrier's words, not run into the slot from the prefix
      // end: those belong to the captured value.
      if (word?.fn && i < lits.length) relax(cost, i * width + j + 1, c + 1);
    }
  }
  const ends = new Map<number, number>();
  for (let j = 0; j <= n; j++) {
    const c = cost[lits.length * width + j] as number;
    if (c !== UNREACHED) ends.set(j, c);
  }
  return ends;
}

// A module constant rather than Number.POSITIVE_INFINITY in the loop: global lookups are slow in a vm
// context such as Jest's.
const UNREACHED = Number.POSITIVE_INFINITY;

function relax(cost: number[], index: number, value: number): void {
  if (value < (cost[index] as number)) cost[index] = value;
}
