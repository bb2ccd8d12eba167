// ask-sdk's PersistenceAdapter on the AWS SDK v3 DynamoDB client. (The official adapter is built on
// aws-sdk v2, which is past end of support and adds ~94 MB.) One item per person, following record.ts:
//   { id, attributes, expiresAt, generation? }   a person's preferences
//   { id, expiresAt, generation }                 what "forget me" leaves: no preferences, for a day
// id is a SHA-256 (record.ts), so the table never holds an Alexa id; expiresAt is the table's time to live.

import type { DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import {
  attributesFrom,
  forgottenKeysOf,
  newGeneration,
  preferenceFieldsOf,
  RecordForgottenError,
  recordKeyOf,
  writeTargetOf,
} from './record';
import { EXPIRY_ATTRIBUTE, forgottenMarkerExpiry, recordExpiry } from './retention';

export { recordKey } from './record';

export interface DynamoAdapterOptions {
  tableName: string;
  /** Lambda passes none (the runtime's region and role); the local runtime points it at dynalite. */
  clientConfig?: DynamoDBClientConfig;
  /**
   * Each call is abandoned after this long. It is the longest any caller waits ("forget me"); the turn's own,
   * shorter bounds on reads and writes are kept by the interceptors, which answer without waiting further.
   */
  timeoutMs: number;
  /** The clock expiries are computed from (tests move it on). */
  now?: () => number;
}

/** The AWS SDK is loaded on first use: a skill running without a table never pays for it at start. */
async function loadDocumentClient(config: DynamoDBClientConfig = {}) {
  const [dynamo, documents] = await Promise.all([import('@aws-sdk/client-dynamodb'), import('@aws-sdk/lib-dynamodb')]);
  // One attempt: a retry would only spend the time the turn has to answer in.
  const base = new dynamo.DynamoDBClient({ maxAttempts: 1, ...config });
  const client = documents.DynamoDBDocumentClient.from(base, { marshallOptions: { removeUndefinedValues: true } });
  return { client, base, GetCommand: documents.GetCommand, PutCommand: documents.PutCommand };
}

/** A write applies only to the generation its session read: none yet, or the one "forget me" left. */
function sameGeneration(generation: string | undefined) {
  return generation === undefined
    ? { ConditionExpression: 'attribute_not_exists(#generation)', ExpressionAttributeNames: { '#generation': 'generation' } }
    : {
        ConditionExpression: '#generation = :generation',
        ExpressionAttributeNames: { '#generation': 'generation' },
        ExpressionAttributeValues: { ':generation': generation },
      };
}

export class DynamoPersistenceAdapter implements PersistenceAdapter {
  private loaded: ReturnType<typeof loadDocumentClient> | undefined;
  private readonly now: () => number;

  constructor(private readonly options: DynamoAdapterOptions) {
    this.now = options.now ?? Date.now;
  }

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

  /** The preferences (none when forgotten or expired), with the record's meta under RECORD_META_KEY. */
  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const { client, GetCommand } = await this.documents();
    const result = await client.send(
      new GetCommand({ TableName: this.options.tableName, Key: { id: recordKeyOf(envelope) }, ConsistentRead: true }),
      { abortSignal: this.signal() },
    );
    return result.Item ? attributesFrom(result.Item, this.now()) : {};
  }

  /**
   * Writes the preferences for another 180 days, unless "forget me" came after this session's read, or the
   * session read another record than this request's speaker owns (record.ts).
   */
  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    const { client, PutCommand } = await this.documents();
    const { key, generation } = writeTargetOf(envelope, attributes);
    const item = {
      id: key,
      attributes: preferenceFieldsOf(attributes),
      [EXPIRY_ATTRIBUTE]: recordExpiry(this.now()),
      generation,
    };
    try {
      await client.send(new PutCommand({ TableName: this.options.tableName, Item: item, ...sameGeneration(generation) }), {
        abortSignal: this.signal(),
      });
    } catch (error) {
      if (error instanceof Error && error.name === 'ConditionalCheckFailedException')
        throw new RecordForgottenError('the record was forgotten after it was read');
      throw error;
    }
  }

  /** "Forget me": the preferences go at once; a marker with a new generation refuses any earlier write. */
  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    const { client, PutCommand } = await this.documents();
    const markers = forgottenKeysOf(envelope).map((id) => ({
      id,
      generation: newGeneration(),
      [EXPIRY_ATTRIBUTE]: forgottenMarkerExpiry(this.now()),
    }));
    await Promise.all(
      markers.map((marker) =>
        client.send(new PutCommand({ TableName: this.options.tableName, Item: marker }), { abortSignal: this.signal() }),
      ),
    );
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
