// A button pressed on a screen arrives as an APL UserEvent. It is turned into the IntentRequest that saying
// the button's word would produce, before the skill sees it, so a press and the spoken word share one path.

import { isRecord } from '../util/records';
import { intentOfPress } from './choices';

export function pressAsIntent(envelope: Record<string, unknown>): Record<string, unknown> {
  const request = envelope.request;
  if (!isRecord(request) || request.type !== 'Alexa.Presentation.APL.UserEvent') return envelope;
  // Presses that are not one of our buttons get the fallback answer, which names what can be asked.
  const name = intentOfPress(request.arguments) ?? 'AMAZON.FallbackIntent';
  return {
    ...envelope,
    request: {
      type: 'IntentRequest',
      requestId: request.requestId,
      timestamp: request.timestamp,
      locale: request.locale,
      intent: { name, confirmationStatus: 'NONE' },
    },
  };
}
