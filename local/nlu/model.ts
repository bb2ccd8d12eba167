/**
 * The parts of the Alexa interaction-model JSON the simulator reads. Built-in intents (AMAZON.*) are
 * understood only through the samples the model gives them, like every other intent: the simulator holds
 * no phrases of its own.
 */

export interface SlotValueDef {
  readonly id?: string;
  readonly name: { readonly value: string; readonly synonyms?: readonly string[] };
}

export interface SlotTypeDef {
  readonly name: string;
  readonly values?: readonly SlotValueDef[];
}

export interface SlotDef {
  readonly name: string;
  readonly type: string;
}

export interface IntentDef {
  readonly name: string;
  readonly slots?: readonly SlotDef[];
  readonly samples?: readonly string[];
}

export interface LanguageModel {
  readonly invocationName: string;
  readonly intents: readonly IntentDef[];
  readonly types?: readonly SlotTypeDef[];
  /** Alexa's fallback sensitivity; the local matcher has a threshold of its own and does not read it. */
  readonly modelConfiguration?: { readonly fallbackIntentSensitivity?: { readonly level: string } };
}

export interface InteractionModel {
  readonly interactionModel: { readonly languageModel: LanguageModel };
}

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';

/** A sample split into literal text and `{slot}` references, in order. */
export type SamplePart = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'slot'; readonly name: string };

export function parseSample(sample: string): SamplePart[] {
  const parts: SamplePart[] = [];
  let last = 0;
  for (const m of sample.matchAll(/\{\s*([^}\s]+)\s*\}/g)) {
    if (m.index > last) parts.push({ kind: 'text', text: sample.slice(last, m.index) });
    parts.push({ kind: 'slot', name: m[1] as string });
    last = m.index + m[0].length;
  }
  if (last < sample.length) parts.push({ kind: 'text', text: sample.slice(last) });
  return parts;
}
