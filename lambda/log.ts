// Structured logging. Never pass user ids, device ids, session ids or what the person said: log request
// types, intent names, locales and outcomes only.
import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';

export type LogFields = Record<string, string | number | boolean | undefined>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  /** `error` is described by name and stack only: its message could echo request content. */
  error(message: string, fields?: LogFields, error?: unknown): void;
}

const LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT'] as const;
type Level = (typeof LEVELS)[number];

function levelFromEnv(): Level {
  const wanted = (process.env.LOG_LEVEL ?? 'INFO').toUpperCase();
  return (LEVELS as readonly string[]).includes(wanted) ? (wanted as Level) : 'INFO';
}

/** JSON lines through Powertools: the format CloudWatch Logs Insights and Lambda's log controls expect. */
export function createLogger(level: Level = levelFromEnv()): Logger {
  const logger = new PowertoolsLogger({ serviceName: 'secondary-bone-cancer-guide', logLevel: level });
  const write =
    (method: 'debug' | 'info' | 'warn' | 'error') =>
    (message: string, fields?: LogFields, error?: unknown): void => {
      const all = error === undefined ? fields : { ...fields, ...errorFields(error) };
      if (all) logger[method](message, all);
      else logger[method](message);
    };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

/** Describes an error for a log line without its message text, which could echo request content. */
export function errorFields(error: unknown): LogFields {
  if (error instanceof Error) return { errorName: error.name, errorStack: error.stack?.split('\n').slice(0, 4).join(' | ') };
  return { errorName: typeof error };
}
