// What the server may put in a log line beyond what lambda/log.ts's filter already guarantees (ids replaced,
// names from closed lists, strings bounded, errors by name and frames only: use its logger.error(message,
// fields, error) to describe an error). Nothing a request carries goes in unbounded: no user ids or keys,
// utterances, bodies or error messages at all, and any other string cut to 64 characters.

export const MAX_LOGGED_LENGTH = 64;

/** A value for a log line: a non-empty string cut to 64 characters, else the fallback. */
export function bounded(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value.slice(0, MAX_LOGGED_LENGTH) : fallback;
}
