// Structured logging: one JSON line per event on stderr (CloudWatch Logs on Lambda; out of the way of
// replies on stdout locally). Never pass user ids, device ids, session ids or what the person said: log
// request types, intent names, locales and outcomes only.
//
// Our own dozen lines rather than Powertools Logger: Powertools loads node:crypto and Node's stream modules
// and builds a Console at start, which alone put the cold start over its budget (docs/performance.md).

export type LogFields = Record<string, string | number | boolean | undefined>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  /** `error` is described by name and stack only: its message could echo request content. */
  error(message: string, fields?: LogFields, error?: unknown): void;
}

const LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT'] as const;
export type Level = (typeof LEVELS)[number];

function levelFromEnv(): Level {
  const wanted = (process.env.LOG_LEVEL ?? 'INFO').toUpperCase();
  return (LEVELS as readonly string[]).includes(wanted) ? (wanted as Level) : 'INFO';
}

/** Describes an error for a log line without its message text, which could echo request content. */
export function errorFields(error: unknown): LogFields {
  if (error instanceof Error)
    return { errorName: error.name.slice(0, 64), errorStack: error.stack?.split('\n').slice(1, 4).join(' | ').trim() };
  return { errorName: typeof error };
}

export function createLogger(level: Level = levelFromEnv(), write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  const threshold = LEVELS.indexOf(level);
  const at =
    (name: Exclude<Level, 'SILENT'>) =>
    (message: string, fields?: LogFields, error?: unknown): void => {
      if (LEVELS.indexOf(name) < threshold) return;
      const extra = error === undefined ? fields : { ...fields, ...errorFields(error) };
      write(
        `${JSON.stringify({ level: name, message, timestamp: new Date().toISOString(), service: 'secondary-bone-cancer-guide', ...extra })}\n`,
      );
    };
  return { debug: at('DEBUG'), info: at('INFO'), warn: at('WARN'), error: at('ERROR') };
}
