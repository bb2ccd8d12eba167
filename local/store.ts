// The local preference store: dynalite (DynamoDB's API on LevelDB) on 127.0.0.1, so the local runtime runs
// the same adapter, and the same code path, as production. Data lives in .local-data/ (git-ignored).

import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import type { Logger } from '../lambda/log';
import { DynamoPersistenceAdapter, ensureTable } from '../lambda/store/dynamo-adapter';

type DynaliteServer = import('node:http').Server;
type Dynalite = typeof import('dynalite').default;

export const LOCAL_TABLE = 'secondary-bone-cancer-guide-preferences';

// The AWS SDK warns on every run that future versions need Node 22. Locally we run Node 20 on purpose (Lambda
// runs 22); the warning would only clutter the conversation on stderr.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export interface LocalStore {
  adapter: DynamoPersistenceAdapter;
  /** Where dynalite listens, for tests that stop or slow it. */
  endpoint: string;
  /** Whether preferences are kept on disk (false when the data folder is in use by another process). */
  onDisk: boolean;
  close(): Promise<void>;
}

function listen(server: DynaliteServer): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function close(server: DynaliteServer): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });
}

export function localClientConfig(endpoint: string): DynamoDBClientConfig {
  // dynalite accepts any credentials; these are placeholders, never real keys.
  return { endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };
}

async function startDynalite(dynalite: Dynalite, path: string | undefined): Promise<{ server: DynaliteServer; endpoint: string }> {
  const server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const port = await listen(server);
  return { server, endpoint: `http://127.0.0.1:${port}` };
}

export interface LocalStoreOptions {
  /** Folder for the data; undefined keeps it in memory (tests). */
  dataDir?: string;
  timeoutMs: number;
  log: Logger;
}

export async function startLocalStore(options: LocalStoreOptions): Promise<LocalStore> {
  const dynalite = (await import('dynalite')).default;
  let started: { server: DynaliteServer; endpoint: string };
  let onDisk = options.dataDir !== undefined;
  try {
    if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
    started = await startDynalite(dynalite, options.dataDir);
    await ensureTable(localClientConfig(started.endpoint), LOCAL_TABLE);
  } catch (error) {
    if (!options.dataDir) throw error;
    // LevelDB allows one process per folder: with `npm start` running, `npm run ask` keeps its settings in memory.
    options.log.warn('local preference data in use by another process: this run keeps preferences in memory');
    onDisk = false;
    started = await startDynalite(dynalite, undefined);
    await ensureTable(localClientConfig(started.endpoint), LOCAL_TABLE);
  }
  const adapter = new DynamoPersistenceAdapter({
    tableName: LOCAL_TABLE,
    clientConfig: localClientConfig(started.endpoint),
    timeoutMs: options.timeoutMs,
  });
  return {
    adapter,
    endpoint: started.endpoint,
    onDisk,
    close: async () => {
      await adapter.close();
      await close(started.server);
    },
  };
}

export function defaultDataDir(root: string = process.cwd()): string {
  return join(root, '.local-data', 'preferences');
}
