// The local preference store: dynalite (DynamoDB's API on LevelDB) on 127.0.0.1, so the local runtime runs
// the same adapter, and the same code path, as production. Data lives in .local-data/ (git-ignored). Local tools
// running side by side share one store: the first holds the folder, the others use its dynalite (store-owner.ts).

import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { Logger } from '../lambda/log';
import { DynamoPersistenceAdapter, ensureTable } from '../lambda/store/dynamo-adapter';
import { EXPIRY_ATTRIBUTE } from '../lambda/store/retention';
import { claimDataDir, publishedOwner } from './store-owner';

type DynaliteServer = import('node:http').Server;
type Dynalite = typeof import('dynalite').default;

export const LOCAL_TABLE = 'secondary-bone-cancer-guide-preferences';

// The AWS SDK warns on every run that future versions need Node 22. Locally we run Node 20 on purpose (Lambda
// runs 22); the warning would only clutter the conversation on stderr.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/**
 * own: this process keeps the data folder; shared: another local tool keeps it and this one uses its store;
 * memory: kept in this process only (no data folder, or one that could not be used).
 */
export type LocalStoreMode = 'own' | 'shared' | 'memory';

export interface LocalStore {
  adapter: PersistenceAdapter;
  /** Where the store answered when it started, for tests that stop or slow it. */
  endpoint: string;
  mode: LocalStoreMode;
  /** Whether preferences are kept on disk (by this process or the one it shares with). */
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
  /** A plain sentence for the person running the tool (stderr): when their preferences will not be kept. */
  notice?: (text: string) => void;
}

/** A store this process reaches: its adapter, where it answers, and how to let it go. */
interface Backend {
  adapter: DynamoPersistenceAdapter;
  endpoint: string;
  mode: LocalStoreMode;
  close(): Promise<void>;
}

/** How long a tool waits for another that is still starting to say where its store answers. */
const OWNER_START_WAIT_MS = 5_000;

function adapterFor(endpoint: string, timeoutMs: number): DynamoPersistenceAdapter {
  const adapter = new DynamoPersistenceAdapter({ tableName: LOCAL_TABLE, clientConfig: localClientConfig(endpoint), timeoutMs });
  // The SDK loads now, not within the first turn's bounded read.
  adapter.warmUp();
  return adapter;
}

/**
 * Throws when LevelDB will not open the folder (a process that does not claim it, such as an older version of
 * these tools, holds its lock). dynalite would open it anyway and crash this process on the first request, so
 * the folder is tried first with the same LevelDB dynalite uses (its own `level`), then let go for dynalite.
 */
async function assertOpenable(path: string): Promise<void> {
  const { createRequire } = await import('node:module');
  const { Level } = createRequire(require.resolve('dynalite'))('level') as typeof import('level');
  const db = new Level(path);
  try {
    await db.open();
  } finally {
    await db.close();
  }
}

/** dynalite on this process's own data folder (or in memory), with the table ready and expired records gone. */
async function ownStore(path: string | undefined, mode: LocalStoreMode, timeoutMs: number): Promise<Backend> {
  const dynalite = (await import('dynalite')).default;
  if (path !== undefined) await assertOpenable(path);
  const started = await startDynalite(dynalite, path);
  try {
    await ensureTable(localClientConfig(started.endpoint), LOCAL_TABLE);
    await deleteExpired(localClientConfig(started.endpoint), LOCAL_TABLE);
  } catch (error) {
    await close(started.server);
    throw error;
  }
  const adapter = adapterFor(started.endpoint, timeoutMs);
  return {
    adapter,
    endpoint: started.endpoint,
    mode,
    close: async () => {
      await adapter.close();
      await close(started.server);
    },
  };
}

/** Whether a store answers at this endpoint with the preference table (a quick look, never a long wait). */
async function answers(endpoint: string): Promise<boolean> {
  try {
    await ensureTable(localClientConfig(endpoint), LOCAL_TABLE, 1_000);
    return true;
  } catch {
    return false;
  }
}

/**
 * The store for the data folder: this process's own when it can claim the folder; the store of the local tool
 * that holds it (`npm start` while `npm run chat` runs, or the other way round) when that one answers; else one
 * in this process's memory, and a sentence saying so.
 */
async function attach(options: LocalStoreOptions & { dataDir: string }): Promise<Backend> {
  const memory = (why: string) => {
    options.notice?.(`${why} This run keeps your preferences in memory only, until it ends.`);
    return ownStore(undefined, 'memory', options.timeoutMs);
  };
  mkdirSync(options.dataDir, { recursive: true });
  const claim = claimDataDir(options.dataDir);
  if (claim.kind === 'claimed') {
    try {
      const own = await ownStore(options.dataDir, 'own', options.timeoutMs);
      claim.publish(own.endpoint);
      return {
        ...own,
        close: async () => {
          await own.close();
          claim.release();
        },
      };
    } catch {
      claim.release();
      return memory('The local preference data (.local-data/) could not be opened.');
    }
  }
  const owner = await publishedOwner(options.dataDir, OWNER_START_WAIT_MS);
  if (owner?.endpoint && (await answers(owner.endpoint))) {
    const adapter = adapterFor(owner.endpoint, options.timeoutMs);
    return { adapter, endpoint: owner.endpoint, mode: 'shared', close: () => adapter.close() };
  }
  return memory(`Another local tool (process ${claim.owner.pid}) holds the local preference data (.local-data/) and does not answer.`);
}

function refusedConnection(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ECONNREFUSED' || code === 'ECONNRESET';
}

/**
 * The skill's PersistenceAdapter over whichever store this process reaches. A store shared with another local
 * tool goes when that tool stops: the next call finds the folder free, claims it and carries on with its own.
 */
class LocalStoreAdapter implements PersistenceAdapter {
  constructor(
    private backend: Promise<Backend>,
    private readonly reattach: () => Promise<Backend>,
  ) {}

  current(): Promise<Backend> {
    return this.backend;
  }

  private async call<T>(work: (adapter: DynamoPersistenceAdapter) => Promise<T>): Promise<T> {
    const attached = this.backend;
    const backend = await attached;
    try {
      return await work(backend.adapter);
    } catch (error) {
      if (backend.mode !== 'shared' || !refusedConnection(error)) throw error;
      // Calls failing together reattach once.
      if (this.backend === attached) this.backend = backend.close().then(this.reattach);
      return work((await this.backend).adapter);
    }
  }

  getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    return this.call((adapter) => adapter.getAttributes(envelope));
  }

  saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    return this.call((adapter) => adapter.saveAttributes(envelope, attributes));
  }

  deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    return this.call((adapter) => adapter.deleteAttributes(envelope));
  }
}

export async function startLocalStore(options: LocalStoreOptions): Promise<LocalStore> {
  const { dataDir } = options;
  const connect = () => (dataDir === undefined ? ownStore(undefined, 'memory', options.timeoutMs) : attach({ ...options, dataDir }));
  const first = await connect();
  const adapter = new LocalStoreAdapter(Promise.resolve(first), connect);
  return {
    adapter,
    endpoint: first.endpoint,
    mode: first.mode,
    onDisk: first.mode !== 'memory',
    close: async () => (await adapter.current()).close(),
  };
}

export function defaultDataDir(root: string = process.cwd()): string {
  return join(root, '.local-data', 'preferences');
}
