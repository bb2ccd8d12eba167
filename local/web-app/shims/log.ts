// Stands in, in the web app's page only, for lambda/log.ts: the page's log lines (console warnings, at WARN) hold the
// level and the message, the code's own words, and no field at all. The Lambda's filter (every field's value kept
// only from a closed list or in a shape it allows, Alexa ids replaced, an error's stack frames without its message)
// and the closed lists it reads (lambda/known-names.ts) were 0.7 KB of page.js gzipped, at its size budget
// (docs/performance.md, "Issue 17 kept, twelfth pass"). A line here says less than the Lambda's line for the same
// event, never more: nothing a request or an error could carry reaches the console.
import type { LogFields, Logger } from '../../../lambda/log';

const LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT'] as const;
/** As lambda/log.ts cuts a message (MAX_FIELD_LENGTH; a constant of the code's, so this is only a bound). */
export const MAX_MESSAGE_LENGTH = 300;

/** No field describes an error here (lambda/log.ts gives its name and stack frames). */
export function errorFields(_error: unknown): LogFields {
  return {};
}

export function createLogger(level = 'INFO', write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  const threshold = LEVELS.indexOf(level as (typeof LEVELS)[number]);
  const at =
    (name: Exclude<(typeof LEVELS)[number], 'SILENT'>) =>
    (message: string): void => {
      if (LEVELS.indexOf(name) >= threshold) write(`${JSON.stringify({ level: name, message: message.slice(0, MAX_MESSAGE_LENGTH) })}\n`);
    };
  return { debug: at('DEBUG'), info: at('INFO'), warn: at('WARN'), error: at('ERROR') };
}
