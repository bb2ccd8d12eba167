// One line per request: what kind, which intent, which locale. No ids, no slot values, no utterances.
import type { RequestInterceptor } from 'ask-sdk-core';
import { intentName, requestType } from '../handlers/match';
import type { Logger } from '../log';

export function logRequestInterceptor(log: Logger): RequestInterceptor {
  return {
    process(input) {
      const locale = (input.requestEnvelope.request as { locale?: unknown }).locale;
      log.info('request', {
        requestType: requestType(input) ?? '(none)',
        intent: intentName(input),
        locale: typeof locale === 'string' ? locale.slice(0, 16) : undefined,
        newSession: input.requestEnvelope.session?.new === true,
      });
    },
  };
}
