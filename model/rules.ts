// Rules for the interaction model that Alexa's build does not enforce (it accepts them, then routes badly),
// checked by test/model-rules.test.ts. Each returns the problems it finds, so a test can show it finds them.
// Overlaps that were looked at and kept on purpose are listed, with the reason, in model/rules-reviewed.json.
import { doubleMetaphone } from 'double-metaphone';
import { normalizeText } from '../local/nlu/normalize';

const PHRASE_TYPE = 'AMAZON.SearchQuery';
export const FALLBACK_SENSITIVITY_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type FallbackSensitivity = (typeof FALLBACK_SENSITIVITY_LEVELS)[number];

interface Intent {
  name: string;
  slots?: ReadonlyArray<{ name: string; type: string }>;
  samples: readonly string[];
}

interface SlotType {
  name: string;
  values: ReadonlyArray<{ id: string; name: { value: string; synonyms?: readonly string[] } }>;
}

export interface LanguageModelForRules {
  intents: readonly Intent[];
  types: readonly SlotType[];
  modelConfiguration?: { fallbackIntentSensitivity?: { level: string } };
}

export interface Reviewed {
  /** Carrier phrases that also open topic samples, on purpose: the topic answers those questions. */
  sharedCarriers: ReadonlyArray<{ carriers: readonly string[]; why: string }>;
  /** A slot sample that, filled with a value, says another intent's sample, leading somewhere else. */
  slotSampleOverlaps: ReadonlyArray<{ said: string; why: string }>;
  /** Slot values of different ids that share a phonetic key, heard and kept. */
  soundAlikes: ReadonlyArray<{ names: readonly [string, string]; why: string }>;
}

const slotPattern = /\{(\w+)\}/g;
const isPhraseIntent = (intent: Intent): boolean => (intent.slots ?? []).some((slot) => slot.type === PHRASE_TYPE);

/** A phrase-slot intent has one slot, and each of its samples is that slot with a carrier phrase and nothing else. */
export function phraseSlotProblems(model: LanguageModelForRules): string[] {
  const problems: string[] = [];
  for (const intent of model.intents.filter(isPhraseIntent)) {
    if ((intent.slots ?? []).length !== 1) problems.push(`${intent.name}: a phrase slot shares its intent with other slots`);
    for (const sample of intent.samples) {
      const slots = [...sample.matchAll(slotPattern)];
      if (sample.replace(slotPattern, '').trim() === '')
        problems.push(`${intent.name}: "${sample}" is a bare phrase slot, with no carrier`);
      if (slots.length !== 1) problems.push(`${intent.name}: "${sample}" has ${slots.length} slots`);
    }
  }
  return problems;
}

/** No sample in two intents, also when slot names differ ("tell me about {a}" and "tell me about {b}"). */
export function duplicateSampleProblems(model: LanguageModelForRules): string[] {
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const intent of model.intents)
    for (const sample of intent.samples) {
      const shape = normalizeText(sample.replace(slotPattern, ' slotmarker '));
      const first = owner.get(shape);
      if (first !== undefined && first !== intent.name) problems.push(`"${sample}": in ${first} and ${intent.name}`);
      owner.set(shape, first ?? intent.name);
    }
  return problems;
}

/**
 * A slot sample filled with one of its values that says another intent's sample ("what is {term}" with
 * "secondary bone cancer" is OverviewIntent's "what is secondary bone cancer"). Harmless when the value is
 * that intent's own subject (`sameSubject`): both readings read the same passage.
 */
export function slotSampleOverlaps(model: LanguageModelForRules, sameSubject: (intent: string, valueId: string) => boolean): string[] {
  const literal = new Map<string, string>();
  for (const intent of model.intents)
    for (const sample of intent.samples) if (!sample.includes('{')) literal.set(normalizeText(sample), intent.name);
  const types = new Map(model.types.map((type) => [type.name, type]));
  const found = new Set<string>();
  for (const intent of model.intents)
    for (const sample of intent.samples) {
      const slot = /\{(\w+)\}/.exec(sample);
      const type = slot && types.get(intent.slots?.find((s) => s.name === slot[1])?.type ?? '');
      if (!slot || !type) continue;
      for (const value of type.values)
        for (const name of [value.name.value, ...(value.name.synonyms ?? [])]) {
          const said = normalizeText(sample.replace(slot[0], name));
          const other = literal.get(said);
          if (other && other !== intent.name && !sameSubject(other, value.id)) found.add(said);
        }
    }
  return [...found];
}

/** The words before a phrase slot, for carriers that open what is said. */
export function openingCarriers(model: LanguageModelForRules): string[] {
  const carriers = model.intents
    .filter(isPhraseIntent)
    .flatMap((intent) => intent.samples.map((sample) => normalizeText(sample.split(slotPattern)[0] ?? '')));
  return [...new Set(carriers.filter(Boolean))];
}

/** Carriers that also open a sample of another (non-phrase) intent: Alexa must choose between the two. */
export function carriersOpeningSamples(model: LanguageModelForRules): Map<string, string[]> {
  const samples = model.intents
    .filter((intent) => !isPhraseIntent(intent))
    .flatMap((intent) => intent.samples.map((sample) => ({ intent: intent.name, said: normalizeText(sample.replace(slotPattern, ' ')) })));
  const found = new Map<string, string[]>();
  for (const carrier of openingCarriers(model)) {
    const opened = samples.filter((s) => s.said.startsWith(`${carrier} `)).map((s) => `${s.intent}: ${s.said}`);
    if (opened.length > 0) found.set(carrier, opened);
  }
  return found;
}

/** A phrase's phonetic key: the primary double-metaphone code of each word. */
export function phoneticKey(phrase: string): string {
  return normalizeText(phrase)
    .split(' ')
    .map((word) => doubleMetaphone(word)[0])
    .join(' ');
}

/** Names and synonyms of different values of a slot type that sound alike (share a phonetic key). */
export function soundAlikeValues(model: LanguageModelForRules): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const type of model.types) {
    const byKey = new Map<string, Array<{ id: string; name: string }>>();
    for (const value of type.values)
      for (const name of new Set([value.name.value, ...(value.name.synonyms ?? [])])) {
        const key = phoneticKey(name);
        const same = byKey.get(key) ?? [];
        for (const other of same) if (other.id !== value.id) pairs.push([other.name, name]);
        byKey.set(key, [...same, { id: value.id, name }]);
      }
  }
  return pairs;
}

/** The fallback sensitivity is a decision (docs/question-answering.md), not a default left by accident. */
export function fallbackSensitivityProblems(model: LanguageModelForRules): string[] {
  const level = model.modelConfiguration?.fallbackIntentSensitivity?.level;
  if (level === undefined) return ['fallbackIntentSensitivity is not set'];
  return (FALLBACK_SENSITIVITY_LEVELS as readonly string[]).includes(level) ? [] : [`fallbackIntentSensitivity ${level} is not a level`];
}
