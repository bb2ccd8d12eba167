// One line per request: what kind, which intent, which locale. No ids, no slot values, no utterances.
import type { RequestInterceptor } from 'ask-sdk-core';
import { intentName, requestLocale, requestType } from '../handlers/match';
import type { Logger } from '../log';

export function logRequestInterceptor(log: Logger): RequestInterceptor {
  return {
    process(input) {
      const locale = requestLocale(input);
      log.info('request', {
        // Names come from the request: the log keeps only those on its closed lists (known-names.ts), else "other".
        requestType: requestType(input),
        intent: intentName(input),
        locale: typeof locale === 'string' ? locale : undefined,
        newSession: input.requestEnvelope.session?.new === true,
      });
    },
  };
}
