// Reads a custom slot the way Alexa fills it: a resolved value id when entity resolution matched, the raw
// words when it did not, or nothing when the slot is empty. Tolerates any shape a request may carry.
import type { HandlerInput } from 'ask-sdk-core';
import { isRecord } from './util/records';

export type SlotReading = { kind: 'match'; id: string; value: string } | { kind: 'unmatched'; value: string } | { kind: 'empty' };

export function readSlot(input: HandlerInput, name: string): SlotReading {
  const request = input.requestEnvelope.request as unknown;
  const intent = isRecord(request) && isRecord(request.intent) ? request.intent : undefined;
  const slot = intent && isRecord(intent.slots) ? intent.slots[name] : undefined;
  if (!isRecord(slot)) return { kind: 'empty' };
  const value = typeof slot.value === 'string' ? slot.value.trim() : '';
  const authorities = isRecord(slot.resolutions) ? slot.resolutions.resolutionsPerAuthority : undefined;
  if (Array.isArray(authorities)) {
    for (const authority of authorities) {
      if (!isRecord(authority) || !isRecord(authority.status) || authority.status.code !== 'ER_SUCCESS_MATCH') continue;
      const first = Array.isArray(authority.values) ? authority.values[0] : undefined;
      const resolved = isRecord(first) && isRecord(first.value) ? first.value : undefined;
      if (resolved && typeof resolved.id === 'string') return { kind: 'match', id: resolved.id, value };
    }
  }
  return value ? { kind: 'unmatched', value } : { kind: 'empty' };
}
