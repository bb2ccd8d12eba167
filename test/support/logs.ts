// A logger that keeps its lines, so tests can read what the skill logged (and what it must never log).
import type { LogFields, Logger } from '../../lambda/log';

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  fields?: LogFields;
  error?: unknown;
}

export function memoryLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at =
    (level: LogLine['level']) =>
    (message: string, fields?: LogFields, error?: unknown): void => {
      lines.push({ level, message, fields, error });
    };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
