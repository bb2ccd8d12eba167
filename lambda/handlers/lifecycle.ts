// Requests Alexa sends that expect no speech: the session ended, an error report, and everything a content
// skill does not serve (audio, playback controls, skill events, list events…). Each gets an empty, valid
// acknowledgement and a log line. The reason, error type and request type come from the request: the log's
// filter (lambda/log.ts) keeps each only if it is shaped like a name, and never the error's message.
import { turnOf } from '../conversation/turn';
import { acknowledge } from '../respond';
import { type ChoosingHandler, requestType } from './match';

function field(value: unknown, ...path: string[]): string | undefined {
  let current: unknown = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'string' ? current : undefined;
}

export const SessionEndedHandler: ChoosingHandler = {
  canHandle: (input) => requestType(input) === 'SessionEndedRequest',
  handle: (input) => {
    const request = input.requestEnvelope.request;
    turnOf(input).log.info('session ended', {
      reason: field(request, 'reason') ?? '(none)',
      errorType: field(request, 'error', 'type'),
    });
    return acknowledge(input);
  },
};

export const SystemExceptionHandler: ChoosingHandler = {
  canHandle: (input) => requestType(input) === 'System.ExceptionEncountered',
  handle: (input) => {
    // Alexa reports that our previous response was rejected: worth an error line, and no speech is allowed.
    turnOf(input).log.error('Alexa reported an error with a response', {
      errorType: field(input.requestEnvelope.request, 'error', 'type') ?? '(none)',
    });
    return acknowledge(input);
  },
};

/** Registered last: any other request type. */
export const AcknowledgeHandler: ChoosingHandler = {
  canHandle: () => true,
  handle: (input) => {
    turnOf(input).log.info('request type not served', { requestType: requestType(input) ?? '(none)' });
    return acknowledge(input);
  },
};
