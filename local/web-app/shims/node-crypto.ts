// node:crypto in the page, for the two things the skill's code asks of it: a SHA-256 of the Alexa ids for the
// preference store's key (lambda/store/record.ts, synchronous there, which the Web Crypto API's digest is not)
// and random UUIDs (request, session and forget-me generation ids). The page sends one user id and no person id, so
// the only digest it asks for is that id's, worked out at build time with Node's own hash (store-digests.ts): the
// page carries it, not a SHA-256 (until issue 17's thirteenth pass, FIPS 180-4's in forty lines). Any other text is
// refused, loudly; test/web-app.test.ts holds the key the built page stores under to Node's digest of the id.
import { DIGESTS } from './store-digests';

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function createHash(algorithm: string) {
  if (algorithm !== 'sha256') throw new Error(`only sha256 is available in the page, not ${algorithm}`);
  let text = '';
  const api = {
    update(more: string) {
      text += more;
      return api;
    },
    digest(encoding: string) {
      if (encoding !== 'hex') throw new Error('only hex digests are available in the page');
      if (!Object.hasOwn(DIGESTS, text)) throw new Error('the page hashes only the ids it sends (shims/store-digests.ts)');
      return DIGESTS[text] as string;
    },
  };
  return api;
}

/** A version 4 UUID from getRandomValues (crypto.randomUUID needs a secure context, and file:// may not be one). */
export function randomUUID(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const digits = hex(bytes);
  return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-${digits.slice(12, 16)}-${digits.slice(16, 20)}-${digits.slice(20)}`;
}
