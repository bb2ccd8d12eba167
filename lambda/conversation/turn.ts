// Everything a handler needs for one turn, built once by the turn interceptor: the locale's translator,
// the conversation state read from the session, and the logger.
import type { HandlerInput } from 'ask-sdk-core';
import type { Logger } from '../log';
import type { Translate } from '../speech/i18n';
import type { Outcome } from './reply';
import type { ConversationState } from './state';

export interface Turn {
  locale: string;
  t: Translate;
  /** "a, b and c" in the turn's locale. */
  list(items: readonly string[]): string;
  state: ConversationState;
  log: Logger;
  /** Whether a preference store is configured (remembering across sessions, and "forget me"). */
  persistent: boolean;
  /** Set by respond(): how this turn's request was answered, for the metrics written after it. */
  outcome?: Outcome;
}

const TURN_KEY = 'turn';

export function attachTurn(input: HandlerInput, turn: Turn): void {
  input.attributesManager.getRequestAttributes()[TURN_KEY] = turn;
}

export function turnOf(input: HandlerInput): Turn {
  const turn = input.attributesManager.getRequestAttributes()[TURN_KEY] as Turn | undefined;
  if (!turn) throw new Error('turn context missing: the turn interceptor did not run');
  return turn;
}

export function hasTurn(input: HandlerInput): boolean {
  return input.attributesManager.getRequestAttributes()[TURN_KEY] !== undefined;
}
