// Preferences kept in this process only, for `--no-store`: the same PersistenceAdapter interface as the
// DynamoDB adapter, with nothing behind it but a Map. (dynalite in memory would also forget on exit, but it
// costs every request an AWS SDK call over HTTP: ~10 ms of CPU, which limits the local server under load.)
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';

function userIdOf(envelope: RequestEnvelope): string {
  return envelope.context?.System?.user?.userId ?? envelope.session?.user?.userId ?? '';
}

export class MemoryPersistenceAdapter implements PersistenceAdapter {
  private readonly records = new Map<string, Record<string, unknown>>();

  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    return structuredClone(this.records.get(userIdOf(envelope)) ?? {});
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    this.records.set(userIdOf(envelope), structuredClone(attributes));
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    this.records.delete(userIdOf(envelope));
  }
}
