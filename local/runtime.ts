// The skill as the local tools run it: the same runtime Lambda uses, with a local device and quiet logs.
import { createLogger } from '../lambda/log';
import { createSkillRuntime, type SkillRuntime } from '../lambda/skill';
import { STORE_CALL_TIMEOUT_MS } from '../lambda/store/timeout';
import { LocalConversation } from './conversation';
import type { DeviceSettings } from './envelope';
import { MemoryPersistenceAdapter } from './memory-store';
import { startLocalStore } from './store';

export interface LocalOptions {
  locale: string;
  verbose: boolean;
  /** Where the local store (dynalite) keeps preferences; undefined keeps them in this process only (--no-store). */
  dataDir?: string;
}

/**
 * How long a local turn waits for the local store. Longer than on Lambda (400 ms and 250 ms): each `npm run ask`
 * is a new process whose first read also loads the AWS SDK, and a store shared with another local tool may have
 * to be taken over first (store.ts); on a busy laptop that can pass 400 ms, and the run would then forget.
 */
const LOCAL_STORE_TIMEOUTS = { readMs: 2_000, writeMs: 1_000 };

/** The skill running locally, and whatever it started that must be stopped with it. */
export interface LocalSkill {
  runtime: SkillRuntime;
  close(): Promise<void>;
}

/** Starts the skill as the local tools run it. Always close() it when done. */
export async function startLocalSkill(options: LocalOptions): Promise<LocalSkill> {
  // Warnings and errors still reach stderr; request lines only with --verbose, so stdout stays the reply.
  const logger = createLogger(options.verbose ? 'INFO' : 'WARN');
  if (options.dataDir === undefined) {
    return { runtime: createSkillRuntime({ logger, persistence: new MemoryPersistenceAdapter() }), close: async () => {} };
  }
  const store = await startLocalStore({
    dataDir: options.dataDir,
    timeoutMs: STORE_CALL_TIMEOUT_MS,
    log: logger,
    notice: (text) => process.stderr.write(`${text}\n`),
  });
  const runtime = createSkillRuntime({ logger, persistence: store.adapter, storeTimeouts: LOCAL_STORE_TIMEOUTS });
  return { runtime, close: () => store.close() };
}

export function localConversation(skill: LocalSkill, options: LocalOptions): LocalConversation {
  const device: DeviceSettings = { locale: options.locale };
  return new LocalConversation(skill.runtime, device);
}
