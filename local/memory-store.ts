// Preferences kept in this process only, for `--no-store`: the same PersistenceAdapter interface, and the same
// rules (lambda/store/record.ts: hashed keys, per person when Alexa recognises the speaker, generations that
// make "forget me" stick, expiry), as the DynamoDB adapter, with nothing behind it but a Map. (dynalite in
// memory would also forget on exit, but it costs every request an AWS SDK call over HTTP: ~10 ms of CPU, which
// limits the local server under load.)
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
} from '../lambda/store/record';
import { forgottenMarkerExpiry, isExpired, recordExpiry } from '../lambda/store/retention';

interface MemoryRecord {
  attributes?: Record<string, unknown>;
  generation?: string;
  expiresAt: number;
}

export class MemoryPersistenceAdapter implements PersistenceAdapter {
  private readonly records = new Map<string, MemoryRecord>();

  constructor(private readonly now: () => number = Date.now) {}

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    const key = recordKeyOf(envelope);
    const record = this.records.get(key);
    if (!record) return {};
    if (isExpired(record.expiresAt, this.now())) {
      // What DynamoDB's time to live does some time after expiry, done here when it is noticed.
      this.records.delete(key);
      return {};
    }
    return attributesFrom(record, this.now());
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    const { key, generation } = writeTargetOf(envelope, attributes);
    if (this.records.get(key)?.generation !== generation) throw new RecordForgottenError('the record was forgotten after it was read');
    this.records.set(key, { attributes: structuredClone(preferenceFieldsOf(attributes)), generation, expiresAt: recordExpiry(this.now()) });
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    for (const key of forgottenKeysOf(envelope))
      this.records.set(key, { generation: newGeneration(), expiresAt: forgottenMarkerExpiry(this.now()) });
  }
}
