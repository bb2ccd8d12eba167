// ask-sdk's PersistenceAdapter on the AWS SDK v3 DynamoDB client. (The official adapter is built on
// aws-sdk v2, which is past end of support and adds ~94 MB.) One item per person: { id, attributes }, where
// id is a SHA-256 of the Alexa user id, so the table never holds the id itself.

import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';

export interface DynamoAdapterOptions {
  tableName: string;
  /** Lambda passes none (the runtime's region and role); the local runtime points it at dynalite. */
  clientConfig?: DynamoDBClientConfig;
  /**
   * Each call is abandoned after this long. It is the longest any caller waits ("forget me"); the turn's own,
   * shorter bounds on reads and writes are kept by the interceptors, which answer without waiting further.
   */
  timeoutMs: number;
}

/** The AWS SDK is loaded on first use: a skill running without a table never pays for it at start. */
async function loadDocumentClient(config: DynamoDBClientConfig = {}) {
  const [{ DynamoDBClient }, documents] = await Promise.all([import('@aws-sdk/client-dynamodb'), import('@aws-sdk/lib-dynamodb')]);
  // One attempt: a retry would only spend the time the turn has to answer in.
  const base = new DynamoDBClient({ maxAttempts: 1, ...config });
  const client = documents.DynamoDBDocumentClient.from(base, { marshallOptions: { removeUndefinedValues: true } });
  return { client, base, GetCommand: documents.GetCommand, PutCommand: documents.PutCommand, DeleteCommand: documents.DeleteCommand };
}

function userIdOf(envelope: RequestEnvelope): string {
  const userId = envelope.context?.System?.user?.userId ?? envelope.session?.user?.userId;
  if (typeof userId !== 'string' || userId === '') throw new Error('request has no user id');
  return userId;
}

/** node:crypto is required here, not at the top: a skill running without a table never loads it. */
export function recordKey(userId: string): string {
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(userId).digest('hex');
}

export class DynamoPersistenceAdapter implements PersistenceAdapter {
  private loaded: ReturnType<typeof loadDocumentClient> | undefined;

  constructor(private readonly options: DynamoAdapterOptions) {}

  private documents(): ReturnType<typeof loadDocumentClient> {
    this.loaded ??= loadDocumentClient(this.options.clientConfig);
    return this.loaded;
  }

  /**
   * Starts loading the AWS SDK now. Lambda calls this while the function initialises, so the first turn's
   * bounded read is not spent loading ~55 ms of SDK.
   */
  warmUp(): void {
    this.documents().catch(() => undefined);
  }

  private signal(): AbortSignal {
    return AbortSignal.timeout(this.options.timeoutMs);
  }

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const { client, GetCommand } = await this.documents();
    const result = await client.send(
      new GetCommand({ TableName: this.options.tableName, Key: { id: recordKey(userIdOf(envelope)) }, ConsistentRead: true }),
      { abortSignal: this.signal() },
    );
    const attributes = result.Item?.attributes;
    return typeof attributes === 'object' && attributes !== null ? (attributes as Record<string, unknown>) : {};
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    const { client, PutCommand } = await this.documents();
    await client.send(new PutCommand({ TableName: this.options.tableName, Item: { id: recordKey(userIdOf(envelope)), attributes } }), {
      abortSignal: this.signal(),
    });
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    const { client, DeleteCommand } = await this.documents();
    await client.send(new DeleteCommand({ TableName: this.options.tableName, Key: { id: recordKey(userIdOf(envelope)) } }), {
      abortSignal: this.signal(),
    });
  }

  /** Closes the client's connections (the local runtime and tests stop cleanly). */
  async close(): Promise<void> {
    if (!this.loaded) return;
    (await this.loaded).base.destroy();
  }
}

/** For the local runtime and tests: create the table when missing, and return once it is ACTIVE. */
export async function ensureTable(clientConfig: DynamoDBClientConfig, tableName: string, timeoutMs = 10_000): Promise<void> {
  const { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ResourceNotFoundException } = await import('@aws-sdk/client-dynamodb');
  const client = new DynamoDBClient(clientConfig);
  try {
    try {
      await client.send(new DescribeTableCommand({ TableName: tableName }));
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
      await client.send(
        new CreateTableCommand({
          TableName: tableName,
          AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      );
    }
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
      if (Table?.TableStatus === 'ACTIVE') return;
      if (Date.now() > deadline) throw new Error(`table ${tableName} is not ACTIVE after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    client.destroy();
  }
}
