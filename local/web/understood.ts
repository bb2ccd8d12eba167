// The line under each turn saying what Alexa understood, in plain words: "tell me about → tests". It is made from
// the intent's own name and the slot values heard, so it never needs a table kept in step with the model.
import type { SlotReport } from '../conversation';

const NAMED: Record<string, string> = {
  LaunchRequest: 'open the guide',
  'AMAZON.FallbackIntent': 'nothing it knows (fallback)',
  'Alexa.Presentation.APL.UserEvent': 'a screen button',
};

/** "TellMeAboutIntent" → "tell me about"; "AMAZON.NextIntent" → "next". */
export function intentInWords(intent: string): string {
  const named = NAMED[intent];
  if (named) return named;
  const bare = intent.replace(/^AMAZON\./, '').replace(/Intent$/, '');
  return bare
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
}

/** What was understood, or '' for silence (nothing was said, so nothing was understood). */
export function understoodLine(intent: string, slots: Record<string, SlotReport>, pressed?: string): string {
  if (pressed !== undefined) return `understood: pressed ${intentInWords(pressed)}`;
  if (intent === '') return '';
  const values = Object.values(slots)
    .map((slot) => slot.value.trim())
    .filter((value) => value !== '');
  return ['understood:', intentInWords(intent), ...values.map((value) => `→ ${value}`)].join(' ');
}
