// The last line of defence inside the SDK: whatever threw, log it and say something useful.
import type { ErrorHandler, HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { hasTurn, type Turn, turnOf } from '../conversation/turn';
import { requestType } from '../handlers/match';
import type { Logger } from '../log';
import { translatorFor } from '../speech/i18n';
import { NORMAL_RATE } from '../speech/rate';
import { type RenderedSpeech, renderSpeech } from '../speech/render';

/**
 * The spoken apology, built without relying on anything that may have failed: in the listener's language and
 * speed when the turn got that far, and with a question to go on from unless the session must end.
 */
export function apologySpeech(turn: Turn | undefined, keepOpen: boolean): RenderedSpeech {
  const t = turn?.t ?? translatorFor(undefined);
  const question = keepOpen ? t('question.what') : undefined;
  return renderSpeech({ title: '', body: [t('error.general')], question, reprompt: question }, turn?.state.rate ?? NORMAL_RATE);
}

function apology(input: HandlerInput): Response {
  const speech = apologySpeech(hasTurn(input) ? turnOf(input) : undefined, true);
  return input.responseBuilder
    .speak(speech.ssml)
    .reprompt(speech.reprompt ?? speech.ssml)
    .getResponse();
}

export function errorHandler(log: Logger): ErrorHandler {
  return {
    canHandle: () => true,
    handle(input, error) {
      const type = requestType(input);
      log.error('request failed', { requestType: type ?? '(none)' }, error);
      // Speech is only allowed in reply to a spoken request.
      if (type !== 'LaunchRequest' && type !== 'IntentRequest') return input.responseBuilder.getResponse();
      return apology(input);
    },
  };
}
