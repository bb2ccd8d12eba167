// The SDK-side hooks: how a request was answered (read from the turn after the handler ran), and requests
// that ended in the error handler.
import type { ErrorHandler, ResponseInterceptor } from 'ask-sdk-core';
import { hasTurn, turnOf } from '../conversation/turn';
import { metricsOf } from './tracking';

/** Every answering reply carries an outcome, which respond() leaves on the turn. */
export const answerMetricsInterceptor: ResponseInterceptor = {
  process(input) {
    const metrics = metricsOf(input);
    if (!metrics || !hasTurn(input)) return;
    const { outcome } = turnOf(input);
    if (outcome) metrics.answered(outcome);
  },
};

/** The same error handler, counting each request it handles (response interceptors do not run on errors). */
export function countingErrors(handler: ErrorHandler): ErrorHandler {
  return {
    canHandle: (input, error) => handler.canHandle(input, error),
    handle(input, error) {
      metricsOf(input)?.handlerError();
      return handler.handle(input, error);
    },
  };
}
