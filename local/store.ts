// The local preference store: dynalite (DynamoDB's API on LevelDB) on 127.0.0.1, so the local runtime runs
// the same adapter, and the same code path, as production. Data lives in .local-data/ (git-ignored).

import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import type { Logger } from '../lambda/log';
import { DynamoPersistenceAdapter, ensureTable } from '../lambda/store/dynamo-adapter';
import { EXPIRY_ATTRIBUTE } from '../lambda/store/retention';

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

/**
 * dynalite has no time to live: what DynamoDB's would have deleted by now is deleted when the local store
 * starts (the adapter already treats it as gone). Returns how many records went.
 */
export async function deleteExpired(clientConfig: DynamoDBClientConfig, tableName: string, nowMs = Date.now()): Promise<number> {
  const { DynamoDBClient } = await import('@aws-sdk/client-dynamodb');
  const { DeleteCommand, DynamoDBDocumentClient, ScanCommand } = await import('@aws-sdk/lib-dynamodb');
  const client = DynamoDBDocumentClient.from(new DynamoDBClient(clientConfig));
  const expired = {
    ExpressionAttributeNames: { '#expiresAt': EXPIRY_ATTRIBUTE },
    ExpressionAttributeValues: { ':now': Math.floor(nowMs / 1000) },
  };
  try {
    const { Items = [] } = await client.send(new ScanCommand({ TableName: tableName, FilterExpression: '#expiresAt <= :now', ...expired }));
    for (const item of Items) {
      // Conditional: a record written again since the scan stays.
      await client
        .send(new DeleteCommand({ TableName: tableName, Key: { id: item.id }, ConditionExpression: '#expiresAt <= :now', ...expired }))
        .catch(() => undefined);
    }
    return Items.length;
  } finally {
    client.destroy();
  }
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
  await deleteExpired(localClientConfig(started.endpoint), LOCAL_TABLE);
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
