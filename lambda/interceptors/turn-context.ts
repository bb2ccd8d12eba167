// Builds the turn before any handler runs, and writes the conversation state back after.
import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { readState, writeState } from '../conversation/state';
import { attachTurn, hasTurn, turnOf } from '../conversation/turn';
import { requestLocale } from '../handlers/match';
import { DEFAULT_LOCALE, isServedLocale } from '../locales';
import type { Logger } from '../log';
import { spokenList, translatorFor } from '../speech/i18n';

function sessionAttributes(input: HandlerInput): unknown {
  // Out-of-session requests (audio events, skill events) have no session; the SDK throws if asked.
  if (!input.requestEnvelope.session) return undefined;
  try {
    return input.attributesManager.getSessionAttributes();
  } catch {
    return undefined;
  }
}

export function turnContextInterceptor(log: Logger, persistent: boolean): RequestInterceptor {
  return {
    process(input) {
      const requested = requestLocale(input);
      const locale = isServedLocale(requested) ? requested : DEFAULT_LOCALE;
      attachTurn(input, {
        locale,
        t: translatorFor(locale),
        list: (items) => spokenList(locale, items),
        state: readState(sessionAttributes(input)),
        log,
        persistent,
      });
    },
  };
}

export const saveStateInterceptor: ResponseInterceptor = {
  process(input: HandlerInput, response?: Response) {
    if (!input.requestEnvelope.session || !hasTurn(input) || response?.shouldEndSession === true) return;
    input.attributesManager.setSessionAttributes(writeState(turnOf(input).state));
  },
};
