// The page's stand-in for node:crypto (local/web-app/shims/node-crypto.ts) hashes exactly as Node does: the
// preference store's key is a SHA-256 of the Alexa ids, and a different hash would lose everyone's preferences.
import { createHash as nodeHash } from 'node:crypto';
import { createHash, randomUUID } from '../local/web-app/shims/node-crypto';

const sha = (parts: string[], hash: typeof createHash | typeof nodeHash) => {
  const h = hash('sha256');
  for (const part of parts) h.update(part);
  return h.digest('hex');
};

test('SHA-256 as Node computes it, on every length up to three blocks and on ids as the store hashes them', () => {
  const texts: string[][] = [];
  for (let length = 0; length <= 200; length++)
    texts.push([Array.from({ length }, (_, i) => String.fromCharCode(32 + ((i * 7 + length) % 95))).join('')]);
  texts.push(['amzn1.ask.account.THIS-BROWSER'], ['amzn1.ask.account.AF3X', '\u0000person\u0000amzn1.ask.person.B2'], ['café ñ 日本 🙂']);
  for (const parts of texts) expect(sha(parts, createHash)).toBe(sha(parts, nodeHash));
});

test('random UUIDs are version 4', () => {
  const ids = new Set(Array.from({ length: 50 }, () => randomUUID()));
  expect(ids.size).toBe(50);
  for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});
