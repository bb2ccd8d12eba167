// Structured logging: one JSON line per event on stderr (CloudWatch Logs on Lambda; out of the way of
// replies on stdout locally). Never pass user ids, device ids, session ids or what the person said: log
// request types, intent names, locales and outcomes only.
//
// Every line goes through one filter (safeFields) whatever its caller passed, because a request can put
// anything in any field and an error message can echo any of it:
// - an error is described by its name and stack frames only, never its message (even a multi-line one);
// - a request type, error type, intent or locale keeps its value only if it is one Alexa defines, the model
//   declares or the skill serves (known-names.ts), and any other name (reason, error name) only if it is shaped
//   like one;
//   anything else is "other";
// - anything shaped like an Alexa id (amzn1.…) is replaced, wherever it appears;
// - every string is cut to a bounded length.
//
// Our own few lines rather than Powertools Logger: Powertools loads node:crypto and Node's stream modules
// and builds a Console at start, which alone put the cold start over its budget (docs/performance.md).
import { knownErrorType, knownIntent, knownLocale, knownRequestType, OTHER } from './known-names';

export type LogFields = Record<string, string | number | boolean | undefined>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  /** `error` is described by name and stack frames only: its message could echo request content. */
  error(message: string, fields?: LogFields, error?: unknown): void;
}

const LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT'] as const;
export type Level = (typeof LEVELS)[number];

function levelFromEnv(): Level {
  const wanted = (process.env.LOG_LEVEL ?? 'INFO').toUpperCase();
  return (LEVELS as readonly string[]).includes(wanted) ? (wanted as Level) : 'INFO';
}

/** The longest any string in a log line may be; a name is at most NAME_LENGTH. */
export const MAX_FIELD_LENGTH = 300;
const NAME_LENGTH = 64;
const STACK_FRAMES = 3;

/** Fields whose values come from a closed list. */
const CLOSED_FIELDS: Record<string, (value: unknown) => string> = {
  requestType: knownRequestType,
  intent: knownIntent,
  locale: knownLocale,
  errorType: knownErrorType,
};
/** Fields whose values are names the code gives (of rejection reasons, errors), never free text. */
const NAME_FIELDS = new Set(['reason', 'errorName']);
const NAME_SHAPE = /^[A-Za-z][\w-]*(\.[A-Za-z][\w-]*)*$/;
/** Alexa's ids: user, device, person, session, request, skill ("amzn1.ask.account.…", "amzn1.echo-api.…"). */
const ALEXA_ID = /amzn1\.[\w.-]*/g;
/** A stack frame names where the code was: "at fn (file:line:column)", "at file:line:column", "at native". */
const FRAME = /^\s+at \S.*(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/;

function safeString(key: string, value: string): string {
  const closed = Object.hasOwn(CLOSED_FIELDS, key) ? CLOSED_FIELDS[key] : undefined;
  if (closed) return closed(value);
  const text = value.replace(ALEXA_ID, '(id)');
  if (NAME_FIELDS.has(key)) return text.length <= NAME_LENGTH && NAME_SHAPE.test(text) ? text : OTHER;
  return text.slice(0, MAX_FIELD_LENGTH);
}

/** The one filter every log line passes through. */
export function safeFields(fields: LogFields | undefined): LogFields {
  const safe: LogFields = {};
  if (!fields) return safe;
  for (const [key, value] of Object.entries(fields)) safe[key] = typeof value === 'string' ? safeString(key, value) : value;
  return safe;
}

/**
 * The stack frames of an error, without its message: the first lines of a stack repeat the message, which
 * may span several lines and may itself contain lines that look like frames.
 */
function stackFrames(error: Error): string | undefined {
  const stack = typeof error.stack === 'string' ? error.stack : '';
  const message = typeof error.message === 'string' ? error.message : '';
  const afterMessage = message !== '' && stack.includes(message) ? stack.slice(stack.indexOf(message) + message.length) : stack;
  const messageLines = new Set(message.split('\n').map((line) => line.trim()));
  const frames = afterMessage
    .split('\n')
    .filter((line) => FRAME.test(line) && !messageLines.has(line.trim()))
    .slice(0, STACK_FRAMES)
    .map((line) => line.trim());
  return frames.length > 0 ? frames.join(' | ') : undefined;
}

/** Describes an error for a log line without its message text, which could echo request content. */
export function errorFields(error: unknown): LogFields {
  if (error instanceof Error) return { errorName: typeof error.name === 'string' ? error.name : 'Error', errorStack: stackFrames(error) };
  return { errorName: typeof error };
}

export function createLogger(level: Level = levelFromEnv(), write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  const threshold = LEVELS.indexOf(level);
  const at =
    (name: Exclude<Level, 'SILENT'>) =>
    (message: string, fields?: LogFields, error?: unknown): void => {
      if (LEVELS.indexOf(name) < threshold) return;
      const extra = safeFields(error === undefined ? fields : { ...fields, ...errorFields(error) });
      const line = { level: name, message: message.slice(0, MAX_FIELD_LENGTH), timestamp: new Date().toISOString() };
      write(`${JSON.stringify({ ...line, service: 'secondary-bone-cancer-guide', ...extra })}\n`);
    };
  return { debug: at('DEBUG'), info: at('INFO'), warn: at('WARN'), error: at('ERROR') };
}
