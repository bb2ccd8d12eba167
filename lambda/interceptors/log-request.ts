// One line per request: what kind, which intent, which locale. No ids, no slot values, no utterances.
import type { RequestInterceptor } from 'ask-sdk-core';
import { intentName, requestLocale, requestType } from '../handlers/match';
import type { Logger } from '../log';

export function logRequestInterceptor(log: Logger): RequestInterceptor {
  return {
    process(input) {
      const locale = requestLocale(input);
      log.info('request', {
        // Names come from the request: bounded, so a hostile one cannot flood the log.
        requestType: (requestType(input) ?? '(none)').slice(0, 64),
        intent: intentName(input)?.slice(0, 64),
        locale: typeof locale === 'string' ? locale.slice(0, 16) : undefined,
        newSession: input.requestEnvelope.session?.new === true,
      });
    },
  };
}
