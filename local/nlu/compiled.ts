/**
 * The interaction model as the resolver scores against it, compiled as it is needed.
 *
 * What depends on the whole model is read up front, once: every sample's words (to weigh each word by how many
 * intents use it, and to know which samples a word or a slot type can lead to) and the slot values. What serves
 * one sample or one intent is compiled the first time an utterance reaches it: a sample's weighted elements and
 * template, an intent's word pairs. An utterance reaches a few dozen of the model's thousand samples (those sharing
 * a word or a slot type with it, and the templates whose carrier it says), so the first question no longer waits
 * for all of them, and the cost of a first question grows with what it touches, not with the model
 * (docs/performance.md, "Issue 17d"). What is compiled is exactly what the whole compile made: readings are
 * unchanged (test/web-app-resolver.test.ts, test/nlu.test.ts).
 */
import { type IntentDef, parseSample, type SlotTypeDef } from './model';
import { FUNCTION_WORDS, type Token } from './normalize';
import type { Literal, Template } from './templates';
import type { ValueIndex } from './values';
import { buildVocabulary, type Vocabulary } from './vocabulary';

export type Element = ({ readonly kind: 'lit' } & Literal) | { readonly kind: 'slot'; readonly slot: string; readonly type: string };

export interface Sample {
  readonly intent: number;
  readonly text: string;
  readonly elements: readonly Element[];
  readonly literals: readonly (Literal & { readonly position: number })[];
  readonly slots: readonly { readonly slot: string; readonly type: string; readonly position: number }[];
  readonly literalWeight: number;
  readonly template: Template | undefined;
  /** Stems of its literal words. */
  readonly said: ReadonlySet<string>;
}

export interface Intent {
  readonly name: string;
  readonly slots: readonly { readonly name: string; readonly type: string }[];
  /** Stems used by any of its samples or its slot types' values. */
  readonly stems: ReadonlySet<string>;
  /**
   * Pairs of neighbouring content words (function words skipped) in its samples and its slot types'
   * values, as "stem stem"; a sample's slot stands as "{TYPE}" ("about {SUBJECT}"). Gathered on first use.
   */
  pairs(): ReadonlySet<string>;
  readonly slotTypes: ReadonlySet<string>;
}

export interface CompiledModel {
  readonly intents: readonly Intent[];
  readonly vocab: Vocabulary;
  /** The sample numbered `k` (numbers follow the model's order), compiled on first use. */
  sample(k: number): Sample;
  /** Samples with a literal word of this stem, in the model's order. */
  samplesSaying(stem: string): readonly number[] | undefined;
  /** Samples with a slot of this type, in the model's order. */
  samplesTaking(type: string): readonly number[] | undefined;
  /**
   * The single-slot samples (templates) an utterance with these stems can fit, in the model's order: a template
   * applies only where every content word of its carrier is said, so only those whose first content word is
   * among the stems, and those whose carrier has none, can.
   */
  templatesFor(stems: ReadonlySet<string>): number[];
}

/**
 * A sample as a list of its words, normalised, with each slot as "{name}" (a word holds no brace). The web app's
 * tables store samples so (local/nlu/tables.ts), and read them by splitting at spaces; a model's own text is
 * tokenized.
 */
export type SampleWords = (sample: string) => readonly string[];

export function compileModel(
  intentDefs: readonly IntentDef[],
  types: readonly SlotTypeDef[],
  values: ValueIndex,
  tokens: (text: string) => readonly Token[],
  stemOf: (word: string) => string,
  sampleWords: SampleWords,
): CompiledModel {
  // A slot type's values are part of every intent that uses the type: their words, their stems and their pairs
  // of content words are gathered once per type.
  const typeWords = new Map<SlotTypeDef, string[]>();
  const wordsOfType = (type: SlotTypeDef): string[] => {
    let words = typeWords.get(type);
    if (!words) {
      words = [];
      for (const v of type.values ?? []) {
        for (const text of [v.name.value, ...(v.name.synonyms ?? [])]) for (const t of tokens(text)) words.push(t.word);
      }
      typeWords.set(type, words);
    }
    return words;
  };
  const typeStems = new Map<SlotTypeDef, Set<string>>();
  const stemsOfType = (type: SlotTypeDef): Set<string> => {
    let stems = typeStems.get(type);
    if (!stems) {
      stems = new Set(wordsOfType(type).map(stemOf));
      typeStems.set(type, stems);
    }
    return stems;
  };
  const typePairs = new Map<string, Set<string>>();
  const pairsOfType = (type: string): Set<string> => {
    let pairs = typePairs.get(type);
    if (!pairs) {
      pairs = new Set<string>();
      for (const phrase of values.phrasesOf(new Set([type]))) {
        const content = phrase.filter((w) => !FUNCTION_WORDS.has(w));
        addPairs(pairs, content.map(stemOf));
      }
      typePairs.set(type, pairs);
    }
    return pairs;
  };
  const typesOf = (def: IntentDef): SlotTypeDef[] => {
    const names = new Set((def.slots ?? []).map((s) => s.type));
    return types.filter((type) => names.has(type.name));
  };

  // The one pass over every sample's words: each intent's stems (which also weigh every word, by how many
  // intents use it) and the inverted indexes (which samples a stem, a slot type or a carrier's first content word
  // can lead to). Numbered are the samples with any element: one with no word and no slot is none.
  const read: (readonly string[])[][] = [];
  const where: { readonly intent: number; readonly sample: string; readonly words: readonly string[] }[] = [];
  const byStem = new Map<string, number[]>();
  const byType = new Map<string, number[]>();
  const byCarrier = new Map<string, number[]>();
  const bareCarriers: number[] = [];
  const intentStems: Set<string>[] = [];
  intentDefs.forEach((def, i) => {
    const declared = def.slots ?? [];
    const stems = new Set<string>();
    const own: (readonly string[])[] = [];
    read.push(own);
    for (const sample of def.samples ?? []) {
      const words = sampleWords(sample);
      own.push(words);
      if (words.length === 0) continue;
      const k = where.length;
      where.push({ intent: i, sample, words });
      let slotCount = 0;
      let firstContent: string | undefined;
      for (const word of words) {
        if (word.charCodeAt(0) === OPEN_BRACE) {
          slotCount++;
          const name = word.slice(1, -1);
          pushOnce(byType, declared.find((s) => s.name === name)?.type ?? `?${name}`, k);
          continue;
        }
        const s = stemOf(word);
        stems.add(s);
        pushOnce(byStem, s, k);
        if (firstContent === undefined && !FUNCTION_WORDS.has(word)) firstContent = s;
      }
      // As compileSample makes a template: one slot and at least one word around it.
      if (slotCount === 1 && words.length > 1) {
        if (firstContent === undefined) bareCarriers.push(k);
        else push(byCarrier, firstContent, k);
      }
    }
    for (const type of typesOf(def)) for (const s of stemsOfType(type)) stems.add(s);
    intentStems.push(stems);
  });

  // Words per intent in the model's order, for the typo dictionary (made only when a word first needs correcting).
  const documents = (): string[][] =>
    intentDefs.map((def, i) => {
      const doc: string[] = [];
      for (const words of read[i] ?? []) for (const word of words) if (word.charCodeAt(0) !== OPEN_BRACE) doc.push(word);
      for (const type of typesOf(def)) for (const word of wordsOfType(type)) doc.push(word);
      return doc;
    });
  // Every sample's text and every slot value as a word sequence, for the word pairs the model writes apart: only
  // an utterance with a run-together or split-apart word needs them.
  const phrases = (): (readonly string[])[] => {
    const all: (readonly string[])[] = [...values.phrases];
    for (const samples of read) {
      for (const words of samples) {
        let run: string[] = [];
        for (const word of words) {
          if (word.charCodeAt(0) !== OPEN_BRACE) run.push(word);
          else if (run.length > 0) {
            all.push(run);
            run = [];
          }
        }
        if (run.length > 0) all.push(run);
      }
    }
    return all;
  };
  const vocab = buildVocabulary(intentStems, documents, phrases, stemOf);

  const intents: Intent[] = intentDefs.map((def, i) => {
    const slots = (def.slots ?? []).map((s) => ({ name: s.name, type: s.type }));
    const slotTypes = new Set(slots.map((x) => x.type));
    let pairs: Set<string> | undefined;
    const pairsOf = (): ReadonlySet<string> => {
      if (pairs) return pairs;
      pairs = new Set<string>();
      for (const words of read[i] ?? []) {
        const keys: (string | null)[] = [];
        for (const word of words) {
          if (word.charCodeAt(0) === OPEN_BRACE) {
            const type = slots.find((x) => x.name === word.slice(1, -1))?.type;
            keys.push(type === undefined ? null : `{${type}}`);
          } else if (!FUNCTION_WORDS.has(word)) keys.push(stemOf(word));
        }
        addPairs(pairs, keys);
      }
      for (const type of slotTypes) for (const pair of pairsOfType(type)) pairs.add(pair);
      return pairs;
    };
    return { name: def.name, slots, stems: intentStems[i] as Set<string>, pairs: pairsOf, slotTypes };
  });

  const compiled: (Sample | undefined)[] = [];
  const sample = (k: number): Sample => {
    let s = compiled[k];
    if (!s) {
      const at = where[k] as (typeof where)[number];
      s = compileSample(at.intent, at.sample, at.words, intents[at.intent] as Intent, stemOf, vocab.weightOf);
      compiled[k] = s;
    }
    return s;
  };

  const templatesFor = (stems: ReadonlySet<string>): number[] => {
    const found = [...bareCarriers];
    for (const s of stems) for (const k of byCarrier.get(s) ?? []) found.push(k);
    return found.sort((x, y) => x - y);
  };

  return {
    intents,
    vocab,
    sample,
    samplesSaying: (stem) => byStem.get(stem),
    samplesTaking: (type) => byType.get(type),
    templatesFor,
  };
}

const OPEN_BRACE = '{'.charCodeAt(0);

/** A slot the intent does not declare is treated as free text of an unknown type. */
function slotTypeOf(intent: Intent, slot: string): string {
  return intent.slots.find((s) => s.name === slot)?.type ?? `?${slot}`;
}

function compileSample(
  intent: number,
  sample: string,
  words: readonly string[],
  def: Intent,
  stemOf: (word: string) => string,
  weightOf: (stem: string, word: string) => number,
): Sample {
  const elements: Element[] = [];
  for (const word of words) {
    if (word.charCodeAt(0) === OPEN_BRACE) {
      const slot = word.slice(1, -1);
      elements.push({ kind: 'slot', slot, type: slotTypeOf(def, slot) });
    } else {
      const s = stemOf(word);
      elements.push({ kind: 'lit', stem: s, fn: FUNCTION_WORDS.has(word), weight: weightOf(s, word) });
    }
  }
  const literals: (Literal & { position: number })[] = [];
  const slots: { slot: string; type: string; position: number }[] = [];
  elements.forEach((e, position) => {
    if (e.kind === 'lit') literals.push({ stem: e.stem, fn: e.fn, weight: e.weight, position });
    else slots.push({ slot: e.slot, type: e.type, position });
  });
  const literalWeight = literals.reduce((sum, l) => sum + l.weight, 0);
  let template: Template | undefined;
  const only = slots[0];
  if (slots.length === 1 && only && literals.length > 0) {
    const prefix = literals.filter((l) => l.position < only.position);
    const suffix = literals.filter((l) => l.position > only.position);
    const content = literals.filter((l) => !l.fn);
    template = {
      slot: only.slot,
      type: only.type,
      prefix,
      suffix,
      content: [...new Set(content.map((l) => l.stem))],
      carrierWeight: content.reduce((sum, l) => sum + l.weight, 0),
    };
  }
  // The sample as the model writes it (for explain): its text, with each slot written plainly.
  const text = parseSample(sample)
    .map((p) => (p.kind === 'text' ? p.text : `{${p.name}}`))
    .join('');
  return { intent, text, elements, literals, slots, literalWeight, template, said: new Set(literals.map((l) => l.stem)) };
}

export function addPairs(pairs: Set<string>, keys: readonly (string | null)[]): void {
  for (let i = 0; i + 1 < keys.length; i++) {
    const a = keys[i];
    const b = keys[i + 1];
    if (a && b) pairs.add(`${a} ${b}`);
  }
}

export function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** push, for a value that is the list's last when it is there already (one sample using a word twice). */
function pushOnce<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}
