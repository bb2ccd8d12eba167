// The SHA-256 digests the page's store asks node:crypto for (lambda/store/record.ts, recordKey: a record is named by
// a digest of the Alexa ids): the page sends one user id and no person id (in-page-transport.ts), so it only ever
// asks for the digest of that id. Worked out here with Node's own hash, where this module runs (the build, the
// tests); in page.js it is these digests as they are (scripts/build-web-app.mjs, digestsWorkedOut), so the page
// carries the one digest rather than a SHA-256 (0.4 KB of page.js gzipped: docs/performance.md, "Issue 17 kept,
// thirteenth pass"). node-crypto.ts refuses any other text, loudly: an id the page starts sending belongs here.
import { createHash } from 'node:crypto';
import { BROWSER_USER_ID } from '../store-names';

/** Every text the page hashes: what recordKey hashes for the page's one user (no person id). */
export const TEXTS_HASHED: readonly string[] = [BROWSER_USER_ID];

/** Each text's SHA-256, in hex, as Node computes it. */
export const DIGESTS: Readonly<Record<string, string>> = Object.fromEntries(
  TEXTS_HASHED.map((text) => [text, createHash('sha256').update(text).digest('hex')]),
);
