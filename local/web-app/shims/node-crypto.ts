// node:crypto in the page, for the two things the skill's code asks of it: a SHA-256 of the Alexa ids for the
// preference store's key (lambda/store/record.ts, synchronous there, which the Web Crypto API's digest is not:
// so @noble/hashes, audited and ~3 KB of it) and random UUIDs (request, session and forget-me generation ids).
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export function createHash(algorithm: string) {
  if (algorithm !== 'sha256') throw new Error(`only sha256 is available in the page, not ${algorithm}`);
  const hash = sha256.create();
  const api = {
    update(text: string) {
      hash.update(utf8ToBytes(text));
      return api;
    },
    digest(encoding: string) {
      if (encoding !== 'hex') throw new Error('only hex digests are available in the page');
      return bytesToHex(hash.digest());
    },
  };
  return api;
}

/** A version 4 UUID from getRandomValues (crypto.randomUUID needs a secure context, and file:// may not be one). */
export function randomUUID(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytesToHex(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
