/**
 * Everything the resolver knows about words, learned from the interaction model alone: which stems
 * exist, how specific each one is to an intent (its weight), which word pairs the model writes apart, and
 * a dictionary for correcting typos and run-together or split-apart words in an utterance.
 */
import { allowedEdits, boundedDistance } from './fuzzy';
import { FUNCTION_WORDS, stem, type Token } from './normalize';

/** A token of an utterance after repair, with its weight. */
export interface Word {
  readonly stem: string;
  readonly start: number;
  readonly end: number;
  readonly weight: number;
  /** The model uses this stem somewhere. */
  readonly known: boolean;
  /** A function word ("the", "please"): may be dropped or added without changing the meaning. */
  readonly fn: boolean;
  /**
   * How sure the reading of this word is: 1 as written, less when it was corrected to a model word (the
   * user may have meant a real word the model does not use: "cancel" is not always a slip for "cancer").
   */
  readonly trust: number;
}

export interface Vocabulary {
  /** Largest possible word weight: a word used by one intent only. */
  readonly maxWeight: number;
  weightOf(stem: string, word: string): number;
  has(stem: string): boolean;
  /** Repair run-together/split words and typos, then weigh each word. */
  repair(tokens: readonly Token[]): Word[];
}

// A function word may say something about intent in a big model ("how" vs "what") but is never strong
// evidence; its weight is capped at this share of the maximum.
const FUNCTION_WORD_CAP = 0.2;
// A word the model never uses still counts against a match (off-topic words push towards Fallback), a
// little less than the most specific model word, because unseen phrasings bring new words too.
const UNKNOWN_SHARE = 0.7;
// A word corrected to a model word counts this much of a word written that way.
const CORRECTED_TRUST = 0.75;
// Bound the correction cache so a long-running simulator cannot grow without limit.
const CACHE_LIMIT = 5000;

/** "stem stem" pairs the model writes as two words. */
interface WordPairs {
  has(pair: string): boolean;
}

interface Entry {
  readonly form: string;
  readonly stem: string;
  readonly count: number;
}

/**
 * @param stemsByIntent the stems each intent uses (its samples' words and its slot types' values): a word's weight
 *   falls with the number of intents using it.
 * @param documents one array of (unstemmed, normalised) words per intent, in the model's order, for the typo
 *   dictionary (asked for only when a word first needs correcting).
 * @param phrases every sample and slot value as a word sequence, to learn which word pairs the model
 *   writes as two words (asked for only when an utterance has a word to join or split).
 */
export function buildVocabulary(
  stemsByIntent: readonly ReadonlySet<string>[],
  documents: () => Iterable<readonly string[]>,
  phrases: () => Iterable<readonly string[]>,
  stemOf: (word: string) => string = stem,
): Vocabulary {
  const df = new Map<string, number>();
  for (const stems of stemsByIntent) for (const s of stems) df.set(s, (df.get(s) ?? 0) + 1);
  // The pairs of words the model writes as two, gathered the first time an utterance has a word to join or split.
  let pairs: Set<string> | undefined;
  const bigrams = {
    has(pair: string): boolean {
      if (!pairs) {
        pairs = new Set<string>();
        for (const phrase of phrases()) {
          for (let i = 0; i + 1 < phrase.length; i++) pairs.add(`${stemOf(phrase[i] as string)} ${stemOf(phrase[i + 1] as string)}`);
        }
      }
      return pairs.has(pair);
    },
  };

  const n = stemsByIntent.filter((stems) => stems.size > 0).length;
  const maxWeight = Math.log(n + 1);
  // Computed once per stem: weightOf runs for every word of every utterance.
  const idf = new Map<string, number>();
  for (const [s, f] of df) idf.set(s, Math.max(Math.log((n + 1) / f), 0.05 * maxWeight));
  const functionCap = FUNCTION_WORD_CAP * maxWeight;
  const weightOf = (s: string, word: string): number => {
    const w = idf.get(s);
    const isFunction = FUNCTION_WORDS.has(word);
    if (w === undefined) return isFunction ? functionCap : UNKNOWN_SHARE * maxWeight;
    return isFunction && w > functionCap ? functionCap : w;
  };

  // Dictionary for typo correction, by length so a lookup only visits plausible candidates. Sorted so
  // ties are broken the same way every run.
  let byLength: Map<number, Entry[]> | undefined;
  const dictionary = (): Map<number, Entry[]> => {
    if (byLength) return byLength;
    // How often each form (a word as written, or its stem) is used, and its stem (the last seen, as an entry was
    // replaced on every use): made only when a word first needs correcting.
    const counts = new Map<string, number>();
    const stemsOf = new Map<string, string>();
    const count = (form: string, s: string): void => {
      counts.set(form, (counts.get(form) ?? 0) + 1);
      stemsOf.set(form, s);
    };
    for (const doc of documents()) {
      for (const word of doc) {
        const s = stemOf(word);
        count(word, s);
        if (word !== s) count(s, s);
      }
    }
    byLength = new Map<number, Entry[]>();
    for (const form of [...counts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      const e: Entry = { form, stem: stemsOf.get(form) as string, count: counts.get(form) as number };
      const list = byLength.get(form.length) ?? [];
      list.push(e);
      byLength.set(form.length, list);
    }
    return byLength;
  };
  const cache = new Map<string, string | null>();
  const correct = (word: string): string | null => {
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    const max = allowedEdits(word.length);
    let best: Entry | null = null;
    let bestDistance = max + 1;
    if (max > 0) {
      for (let len = word.length - max; len <= word.length + max; len++) {
        for (const e of dictionary().get(len) ?? []) {
          const d = boundedDistance(word, e.form, Math.min(max, bestDistance));
          if (d < bestDistance || (d === bestDistance && best !== null && e.count > best.count)) {
            if (d <= max) {
              best = e;
              bestDistance = d;
            }
          }
        }
      }
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    const result = best?.stem ?? null;
    cache.set(word, result);
    return result;
  };

  const has = (s: string): boolean => df.has(s);

  const repair = (tokens: readonly Token[]): Word[] => {
    const joined = splitAndMerge(tokens, has, bigrams);
    return joined.map((t) => {
      let s = t.stem;
      const fn = FUNCTION_WORDS.has(t.word) || t.filler === true;
      if (!has(s) && !fn) s = correct(t.word) ?? correct(t.stem) ?? s;
      const known = has(s);
      const weight = t.filler ? Math.min(weightOf(s, t.word), FUNCTION_WORD_CAP * maxWeight) : weightOf(s, t.word);
      const trust = s === t.stem ? 1 : CORRECTED_TRUST;
      return { stem: s, start: t.start, end: t.end, weight, known, fn, trust };
    });
  };

  return { maxWeight, weightOf, has, repair };
}

/**
 * "radio therapy" → "radiotherapy" when the model writes it as one word, and "bonescan" → "bone scan"
 * when the model writes it as two. Only pairs the model itself contains are joined or split.
 */
function splitAndMerge(tokens: readonly Token[], has: (s: string) => boolean, bigrams: WordPairs): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (next) {
      const word = t.word + next.word;
      const s = stem(word);
      if (has(s) && !bigrams.has(`${t.stem} ${next.stem}`) && !(has(t.stem) && has(next.stem) && FUNCTION_WORDS.has(t.word))) {
        out.push({ word, stem: s, start: t.start, end: next.end });
        i++;
        continue;
      }
    }
    if (!has(t.stem) && t.word.length >= 5) {
      const split = splitWord(t, has, bigrams);
      if (split) {
        out.push(...split);
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

function splitWord(t: Token, has: (s: string) => boolean, bigrams: WordPairs): Token[] | null {
  for (let k = 2; k <= t.word.length - 2; k++) {
    const left = t.word.slice(0, k);
    const right = t.word.slice(k);
    const ls = stem(left);
    const rs = stem(right);
    if (has(ls) && has(rs) && bigrams.has(`${ls} ${rs}`)) {
      return [
        { word: left, stem: ls, start: t.start, end: t.end },
        { word: right, stem: rs, start: t.start, end: t.end },
      ];
    }
  }
  return null;
}
