// The local tools' command lines (npm start, npm run chat, npm run ask): the options they share, each tool's
// own, --help, and an unknown option as an error with the usage (never an utterance sent to the skill).
// Node's own parseArgs reads them.
import { parseArgs } from 'node:util';
import { DEFAULT_LOCALE, SERVED_LOCALES } from '../lambda/locales';
import type { LocalOptions } from './runtime';
import { defaultDataDir } from './store';

/** The options every local tool takes, as --help lists them. */
export const COMMON_OPTIONS_HELP = [
  `  --locale xx-XX   the device's locale (default ${DEFAULT_LOCALE}; the skill serves ${SERVED_LOCALES.join(', ')})`,
  '  --verbose        a JSON log line per request, on stderr',
  '  --no-store       keep preferences in this run only, not in .local-data/',
  '  --help           this text',
].join('\n');

const LOCALE = /^[a-z]{2,3}-[A-Z]{2}$/;

/** parseArgs's words for a mistake, shortened: its advice about "--" confuses under npm, which uses "--" itself. */
function mistake(error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const unknown = /^Unknown option '([^']+)'/.exec(message)?.[1];
  if (unknown !== undefined) return `unknown option ${unknown}`;
  return message.split('\n')[0] || 'invalid arguments';
}

export interface ToolFlag {
  type: 'boolean';
  help: string;
}

export type CommandLine =
  | { kind: 'run'; options: LocalOptions; flags: Record<string, boolean>; words: string[] }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

/**
 * Reads a tool's arguments. `flags` are the tool's own boolean options; `takesWords` whether anything else may
 * follow (ask's utterance). After `--`, everything is words, so an utterance may start with a dash.
 */
export function readCommandLine(argv: string[], flags: Record<string, ToolFlag>, takesWords: boolean): CommandLine {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        locale: { type: 'string' },
        verbose: { type: 'boolean' },
        'no-store': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries(Object.keys(flags).map((name) => [name, { type: 'boolean' as const }])),
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return { kind: 'error', message: mistake(error) };
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { kind: 'help' };
  const locale = typeof values.locale === 'string' ? values.locale : DEFAULT_LOCALE;
  // Any locale's shape: one the skill does not serve gets the skill's own answer for it.
  if (!LOCALE.test(locale)) return { kind: 'error', message: `--locale takes a locale such as ${DEFAULT_LOCALE}, not "${locale}"` };
  if (!takesWords && positionals.length > 0) return { kind: 'error', message: `unexpected argument: ${positionals.join(' ')}` };
  return {
    kind: 'run',
    options: { locale, verbose: values.verbose === true, dataDir: values['no-store'] === true ? undefined : defaultDataDir() },
    flags: Object.fromEntries(Object.keys(flags).map((name) => [name, values[name] === true])),
    words: positionals,
  };
}

/**
 * The tool's command line, or, for --help or a mistake, the usage (on stdout for --help, exit 0; on stderr after
 * the mistake, exit 2) and undefined.
 */
export function commandLineOrUsage(
  argv: string[],
  tool: { name: string; usage: string; flags?: Record<string, ToolFlag>; takesWords?: boolean },
): Extract<CommandLine, { kind: 'run' }> | undefined {
  const flags = tool.flags ?? {};
  const own = Object.entries(flags).map(([name, flag]) => `  --${name.padEnd(15)}${flag.help}`);
  const usage = `${tool.usage}\n\noptions:\n${[...own, COMMON_OPTIONS_HELP].join('\n')}\n`;
  const line = readCommandLine(argv, flags, tool.takesWords ?? false);
  if (line.kind === 'run') return line;
  if (line.kind === 'help') process.stdout.write(usage);
  else {
    process.stderr.write(`${tool.name}: ${line.message}\n\n${usage}`);
    process.exitCode = 2;
  }
  return undefined;
}
