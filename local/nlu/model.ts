/**
 * The parts of the Alexa interaction-model JSON the simulator reads, and the built-in intents' own
 * training phrases.
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

/**
 * Phrases Alexa already understands for its built-in intents, which a model usually does not repeat in
 * its own samples (it only extends them). Without these, a model that declares AMAZON.StopIntent with no
 * samples could never be reached locally. Only used for built-ins the model declares, and added to (never
 * instead of) the model's samples. This is Amazon's behaviour being emulated, not knowledge about this
 * skill's topics.
 */
export const BUILT_IN_SAMPLES: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.YesIntent': ['yes', 'yeah', 'yep', 'yes please', 'sure', 'ok', 'okay', 'of course', 'alright', 'why not', 'go ahead', 'sounds good'],
  'AMAZON.NoIntent': ['no', 'nope', 'nah', 'no thanks', 'no thank you', 'not really', 'not now', 'i do not want to'],
  'AMAZON.HelpIntent': ['help', 'help me', 'i need help', 'what can i say', 'how does this work', 'what do i do'],
  'AMAZON.StopIntent': ['stop', 'quit', 'exit', 'off', 'shut up', 'be quiet', 'goodbye', 'bye', 'that is all', 'i am done'],
  'AMAZON.CancelIntent': ['cancel', 'never mind', 'forget it', 'cancel that'],
  'AMAZON.RepeatIntent': ['repeat', 'repeat that', 'say that again', 'again', 'come again', 'what did you say', 'pardon'],
  'AMAZON.NextIntent': ['next', 'skip', 'next one', 'go on', 'skip ahead'],
  'AMAZON.PreviousIntent': ['previous', 'go back', 'back', 'previous one', 'last one'],
  'AMAZON.StartOverIntent': ['start over', 'restart', 'start again', 'begin again', 'from the beginning', 'from the top'],
  'AMAZON.MoreIntent': ['more', 'tell me more', 'more please', 'go on'],
  'AMAZON.PauseIntent': ['pause', 'hold on', 'wait'],
  'AMAZON.ResumeIntent': ['resume', 'continue', 'keep going', 'carry on'],
  'AMAZON.NavigateHomeIntent': ['go home', 'main menu', 'home'],
};
