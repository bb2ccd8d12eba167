// The skill as the local tools run it: the same runtime Lambda uses, with a local device and quiet logs.
import { DEFAULT_LOCALE } from '../lambda/locales';
import { createLogger } from '../lambda/log';
import { createSkillRuntime, type SkillRuntime } from '../lambda/skill';
import { LocalConversation } from './conversation';
import type { DeviceSettings } from './envelope';

export interface LocalOptions {
  locale: string;
  verbose: boolean;
}

/** Reads --locale xx-XX and --verbose; returns the remaining arguments. */
export function parseCommonArgs(argv: string[]): { options: LocalOptions; rest: string[] } {
  const options: LocalOptions = { locale: DEFAULT_LOCALE, verbose: false };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--locale') options.locale = argv[++i] ?? DEFAULT_LOCALE;
    else if (arg === '--verbose') options.verbose = true;
    else rest.push(arg);
  }
  return { options, rest };
}

export function localRuntime(options: LocalOptions): SkillRuntime {
  // Warnings and errors still reach stderr; request lines only with --verbose, so stdout stays the reply.
  return createSkillRuntime({ logger: createLogger(options.verbose ? 'INFO' : 'WARN') });
}

export function localConversation(options: LocalOptions): LocalConversation {
  const device: DeviceSettings = { locale: options.locale };
  return new LocalConversation(localRuntime(options), device);
}
