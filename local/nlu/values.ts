/**
 * Slot values: finding a slot type's values and synonyms inside an utterance, and resolving a captured
 * piece of text to a value the way Alexa's entity resolution does (exact, synonym, or close enough).
 */
import { allowedEdits, boundedDistance } from './fuzzy';
import type { SlotTypeDef } from './model';
import { type Token, tokenize } from './normalize';
import type { Word } from './vocabulary';

/** A value of a slot type, as entity resolution reports it. */
export interface ValueRef {
  readonly type: string;
  readonly id: string | undefined;
  readonly name: string;
}

/** A run of utterance words that is a known value, of one or more slot types. */
export interface ValueSpan {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  /** Slot type name → the value it names in that type. */
  readonly values: ReadonlyMap<string, ValueRef>;
}

export interface ValueIndex {
  /** Every slot type the model defines values for. */
  readonly types: ReadonlySet<string>;
  /** All value/synonym phrases as normalised (unstemmed) words, for building the vocabulary. */
  readonly phrases: readonly (readonly string[])[];
  /** The value/synonym phrases of these slot types, as normalised (unstemmed) words. */
  phrasesOf(types: ReadonlySet<string>): (readonly string[])[];
  /** Known values in the utterance, longest first, not overlapping, in utterance order. */
  detect(words: readonly Word[]): ValueSpan[];
  /** Resolve captured words to a value of `type`; with `fuzzy`, allowing a small spelling difference. */
  lookup(words: readonly Word[], type: string, fuzzy: boolean): ValueRef | undefined;
}

interface Phrase {
  readonly key: string;
  /** The stems run together, for fuzzy comparison that ignores where spaces fall. */
  readonly squashed: string;
  readonly ref: ValueRef;
}

export function buildValueIndex(types: readonly SlotTypeDef[], tokens: (text: string) => readonly Token[] = tokenize): ValueIndex {
  const byKey = new Map<string, Map<string, ValueRef>>();
  const byType = new Map<string, Phrase[]>();
  const phrases: string[][] = [];
  const phrasesByType = new Map<string, string[][]>();
  let longest = 0;
  for (const type of types) {
    const list: Phrase[] = [];
    const own: string[][] = [];
    phrasesByType.set(type.name, own);
    for (const value of type.values ?? []) {
      const ref: ValueRef = { type: type.name, id: value.id, name: value.name.value };
      for (const text of [value.name.value, ...(value.name.synonyms ?? [])]) {
        const read = tokens(text);
        if (read.length === 0) continue;
        phrases.push(read.map((t) => t.word));
        own.push(read.map((t) => t.word));
        const words = read.map((t) => t.stem);
        longest = Math.max(longest, words.length);
        const key = words.join(' ');
        const forKey = byKey.get(key) ?? new Map<string, ValueRef>();
        // The first value to claim a phrase keeps it, as the model lists them.
        if (!forKey.has(type.name)) forKey.set(type.name, ref);
        byKey.set(key, forKey);
        list.push({ key, squashed: words.join(''), ref });
      }
    }
    byType.set(type.name, list);
  }

  const detect = (words: readonly Word[]): ValueSpan[] => {
    const found: ValueSpan[] = [];
    for (let i = 0; i < words.length; i++) {
      let key = '';
      for (let len = 1; len <= longest && i + len <= words.length; len++) {
        key = len === 1 ? (words[i] as Word).stem : `${key} ${(words[i + len - 1] as Word).stem}`;
        const values = byKey.get(key);
        if (values) found.push({ start: i, end: i + len, values });
      }
    }
    // Longest first (so "bone scan" beats "bone"), then leftmost.
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken = new Uint8Array(words.length);
    const chosen: ValueSpan[] = [];
    for (const span of found) {
      let free = true;
      for (let k = span.start; k < span.end; k++) if (taken[k]) free = false;
      if (!free) continue;
      for (let k = span.start; k < span.end; k++) taken[k] = 1;
      chosen.push(span);
    }
    return chosen.sort((a, b) => a.start - b.start);
  };

  const lookup = (words: readonly Word[], type: string, fuzzy: boolean): ValueRef | undefined => {
    if (words.length === 0) return undefined;
    const exact = byKey.get(words.map((w) => w.stem).join(' '))?.get(type);
    if (exact || !fuzzy) return exact;
    // Close spelling: compare with spaces removed, so "bonescans"/"bone scan" and "x ray" also meet.
    const squashed = words.map((w) => w.stem).join('');
    const max = allowedEdits(squashed.length);
    if (max === 0) return undefined;
    let best: ValueRef | undefined;
    let bestDistance = max + 1;
    for (const p of byType.get(type) ?? []) {
      const d = boundedDistance(squashed, p.squashed, Math.min(max, bestDistance - 1));
      if (d < bestDistance && d <= max) {
        best = p.ref;
        bestDistance = d;
      }
    }
    return best;
  };

  const phrasesOf = (wanted: ReadonlySet<string>): string[][] => [...wanted].flatMap((t) => phrasesByType.get(t) ?? []);

  return { types: new Set(byType.keys()), phrases, phrasesOf, detect, lookup };
}
