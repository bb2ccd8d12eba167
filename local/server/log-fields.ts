// What the server may put in a log line. Nothing a request carries goes in unbounded: no user ids or keys,
// utterances, bodies or error messages at all, and any other string cut to 64 characters.

export const MAX_LOGGED_LENGTH = 64;

/** A value for a log line: a non-empty string cut to 64 characters, else the fallback. */
export function bounded(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value.slice(0, MAX_LOGGED_LENGTH) : fallback;
}

/** An error for a log line: its name (cut to 64 characters) and a few code frames, never its message. */
export function boundedError(error: unknown): Record<string, string> {
  if (!(error instanceof Error)) return { errorName: typeof error };
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return { errorName: bounded(error.name, 'Error'), errorStack: frames.slice(0, 3).join(' | ').trim().slice(0, 400) };
}
