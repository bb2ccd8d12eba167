// What a preference store adapter keeps for one person, and the rules every adapter follows (the DynamoDB one
// and the in-memory one alike):
// - Key: a SHA-256 of the Alexa account's user id, or of the account and the voice profile (person id) when
//   Alexa recognises the speaker, so that people sharing an Echo each keep their own speed and place. The
//   store never holds either id itself.
// - Generation: "forget me" replaces the record with a marker that holds no preferences and a new random
//   generation. Every write names the generation its session read (none, before the first "forget me") and is
//   refused unless the record still has it, so a write sent before "forget me" can never bring the record
//   back, however late it lands. A session that starts after "forget me" reads the new generation and writes
//   normally.
// - Binding: a write names the record its session read (its key) as well as the generation, and is refused
//   when the request's speaker owns another record: in a session two voices share, one voice's preferences
//   never land in another's record (lambda/interceptors/preferences.ts reads each speaker's record first).
// - Expiry: `expiresAt`, refreshed by every write (retention.ts).
import type { RequestEnvelope } from 'ask-sdk-model';
import { isRecord } from '../util/records';
import { isExpired, isRefreshDue } from './retention';

/**
 * Adapters hand the skill the saved preferences' fields with this one extra field, and take it back with
 * each write: the record's generation and expiry travel with the session that read them.
 */
export const RECORD_META_KEY = 'record';

export interface RecordMeta {
  /** The key of the record the session read, which a write must go to (absent: the request's own, unchecked). */
  key?: string;
  /** Which "forget me" the record follows; absent until the first. */
  generation?: string;
  /** On reading: the record was last written long enough ago that this visit should write it again. */
  refreshDue?: boolean;
}

/** The meta an adapter put beside the preferences; anything malformed is read as none. */
export function recordMetaOf(attributes: unknown): RecordMeta {
  const meta = isRecord(attributes) ? attributes[RECORD_META_KEY] : undefined;
  if (!isRecord(meta)) return {};
  return {
    ...(typeof meta.key === 'string' ? { key: meta.key } : {}),
    ...(typeof meta.generation === 'string' ? { generation: meta.generation } : {}),
    ...(meta.refreshDue === true ? { refreshDue: true } : {}),
  };
}

/** A record as an adapter holds it (an item, in DynamoDB): anything may be missing or malformed. */
export interface HeldRecord {
  attributes?: unknown;
  generation?: unknown;
  expiresAt?: unknown;
}

/** What an adapter hands the skill for a record it holds: the preferences (none when forgotten or expired) and the meta. */
export function attributesFrom(held: HeldRecord, nowMs: number): Record<string, unknown> {
  const expiresAt = typeof held.expiresAt === 'number' ? held.expiresAt : undefined;
  const live = isRecord(held.attributes) && !isExpired(expiresAt, nowMs);
  const meta: RecordMeta = {
    ...(typeof held.generation === 'string' ? { generation: held.generation } : {}),
    ...(live && isRefreshDue(expiresAt, nowMs) ? { refreshDue: true } : {}),
  };
  return { ...(live ? structuredClone(held.attributes as Record<string, unknown>) : {}), [RECORD_META_KEY]: meta };
}

/** The preferences' fields alone, without the meta. */
export function preferenceFieldsOf(attributes: Record<string, unknown>): Record<string, unknown> {
  const { [RECORD_META_KEY]: _meta, ...fields } = attributes;
  return fields;
}

/** The generation of a fresh "forget me" marker. */
export function newGeneration(): string {
  const { randomUUID } = require('node:crypto') as typeof import('node:crypto');
  return randomUUID();
}

/** Thrown when a write is refused because "forget me" came after the session read the record. */
export class RecordForgottenError extends Error {
  override name = 'RecordForgottenError';
}

/** Thrown when a write names a record other than the one the request's speaker owns. */
export class RecordKeyMismatchError extends Error {
  override name = 'RecordKeyMismatchError';
}

/** node:crypto is required here, not at the top: a skill running without a store never loads it. */
export function recordKey(userId: string, personId?: string): string {
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  const hash = createHash('sha256').update(userId);
  // A separator no id contains, so that no account id alone can hash to an account-and-person key.
  if (personId !== undefined) hash.update(`\u0000person\u0000${personId}`);
  return hash.digest('hex');
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function idsOf(envelope: RequestEnvelope): { userId: string; personId?: string } {
  const system = envelope.context?.System;
  const userId = nonEmpty(system?.user?.userId) ?? nonEmpty(envelope.session?.user?.userId);
  if (userId === undefined) throw new Error('request has no user id');
  const personId = nonEmpty(system?.person?.personId);
  return personId === undefined ? { userId } : { userId, personId };
}

/** The key of the record this request's speaker owns. */
export function recordKeyOf(envelope: RequestEnvelope): string {
  const { userId, personId } = idsOf(envelope);
  return recordKey(userId, personId);
}

/**
 * The records "forget me" deletes: the speaker's, and when Alexa recognised their voice, the account's shared
 * record too (used whenever it did not, so it may hold their settings as well).
 */
export function forgottenKeysOf(envelope: RequestEnvelope): string[] {
  const { userId, personId } = idsOf(envelope);
  return personId === undefined ? [recordKey(userId)] : [recordKey(userId, personId), recordKey(userId)];
}

/**
 * Where a write goes and what it must find there: the request speaker's record, with the generation the
 * session read. Every adapter's saveAttributes starts here. Throws RecordKeyMismatchError when the session read
 * another record (another voice's) than this request's speaker owns.
 */
export function writeTargetOf(envelope: RequestEnvelope, attributes: Record<string, unknown>): { key: string; generation?: string } {
  const key = recordKeyOf(envelope);
  const { key: read, generation } = recordMetaOf(attributes);
  if (read !== undefined && read !== key) throw new RecordKeyMismatchError('the write names another record than the speaker’s own');
  return generation === undefined ? { key } : { key, generation };
}
