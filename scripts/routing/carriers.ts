// What the model's understanding receives of an utterance, and the carrier phrases that can carry it to a
// phrase-slot (AMAZON.SearchQuery) intent: Alexa sends nothing to such an intent without one.
import { parseInvocation } from '../../local/nlu/invocation';
import type { LanguageModel } from '../../local/nlu/model';
import { normalizeText } from '../../local/nlu/normalize';

export const PHRASE_TYPE = 'AMAZON.SearchQuery';

/** A one-shot request without its launch words; in-session speech as it is; '' for a bare launch. */
export function requestText(said: string, invocationName: string): string {
  const parsed = parseInvocation(said, invocationName);
  return parsed.kind === 'intent' ? parsed.text : '';
}

/** The intents whose one slot is a phrase slot: the question path. */
export function phraseIntents(model: LanguageModel): Set<string> {
  return new Set(model.intents.filter((i) => i.slots?.some((s) => s.type === PHRASE_TYPE)).map((i) => i.name));
}

export interface Carrier {
  intent: string;
  /** The words before the slot and after it, normalised; either may be empty. */
  before: string;
  after: string;
}

export function carriers(model: LanguageModel): Carrier[] {
  const phrase = phraseIntents(model);
  return model.intents
    .filter((intent) => phrase.has(intent.name))
    .flatMap((intent) =>
      (intent.samples ?? []).map((sample) => {
        const [before = '', after = ''] = sample.split(/\{\w+\}/);
        return { intent: intent.name, before: normalizeText(before), after: normalizeText(after) };
      }),
    );
}

/** The carrier phrases that frame this text with words left over for the slot. */
export function carriersOf(text: string, model: LanguageModel): Carrier[] {
  const words = normalizeText(text);
  return carriers(model).filter(({ before, after }) => {
    const opens = before === '' || words.startsWith(`${before} `);
    const closes = after === '' || words.endsWith(` ${after}`);
    const left = words.length - (before ? before.length + 1 : 0) - (after ? after.length + 1 : 0);
    return opens && closes && left > 0;
  });
}
