// The page's stand-ins for Node's and the Lambda's modules (local/web-app/shims). node:crypto's digest is exactly
// Node's: the preference store's key is a SHA-256 of the Alexa ids, and a different one would lose everyone's
// preferences (test/web-app.test.ts holds the key the built page stores under to it too).
import { createHash as nodeHash } from 'node:crypto';
import { createLogger, MAX_FIELD_LENGTH } from '../lambda/log';
import * as pageLog from '../local/web-app/shims/log';
import { createHash, randomUUID } from '../local/web-app/shims/node-crypto';
import { TEXTS_HASHED } from '../local/web-app/shims/store-digests';
import { BROWSER_USER_ID } from '../local/web-app/store-names';

test('SHA-256 as Node computes it, of the one id the page hashes; any other text refused', () => {
  const sha = (parts: string[], hash: typeof createHash | typeof nodeHash) => {
    const h = hash('sha256');
    for (const part of parts) h.update(part);
    return h.digest('hex');
  };
  // What recordKey hashes for the page's user (lambda/store/record.ts): the id, with no person id.
  expect(TEXTS_HASHED).toEqual([BROWSER_USER_ID]);
  for (const text of TEXTS_HASHED) expect(sha([text], createHash)).toBe(sha([text], nodeHash));
  expect(sha(['amzn1.ask.account.', 'THIS-BROWSER'], createHash)).toBe(sha([BROWSER_USER_ID], nodeHash));
  for (const parts of [['amzn1.ask.account.AF3X'], [BROWSER_USER_ID, '\u0000person\u0000amzn1.ask.person.B2'], [''], ['constructor']])
    expect(() => sha(parts, createHash)).toThrow(/hashes only the ids it sends/);
  expect(() => createHash('md5')).toThrow(/only sha256/);
});

test('random UUIDs are version 4', () => {
  const ids = new Set(Array.from({ length: 50 }, () => randomUUID()));
  expect(ids.size).toBe(50);
  for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

// The page's stand-in for lambda/log.ts (local/web-app/shims/log.ts): a line holds the level and the message, and
// nothing a request, its fields or an error carries; levels filter as the Lambda's logger's do.
describe('the page’s log lines', () => {
  const seed = 'amzn1.ask.account.SEEDUSERQ7WX can my son dmitri take me to chemo';
  const seeded = Object.assign(new Error(`lookup failed: ${seed}\n    at ${seed} (x:1:1)`), { name: seed });

  test('hold the level and the message only', () => {
    const lines: string[] = [];
    const log = pageLog.createLogger('DEBUG', (line) => lines.push(line));
    log.warn('preference store unavailable', { ...pageLog.errorFields(seeded), intent: seed, locale: seed, rate: 7 });
    log.error('request failed', { requestType: seed }, seeded);
    log.info('x'.repeat(400));
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      { level: 'WARN', message: 'preference store unavailable' },
      { level: 'ERROR', message: 'request failed' },
      { level: 'INFO', message: 'x'.repeat(pageLog.MAX_MESSAGE_LENGTH) },
    ]);
    for (const line of lines) expect(line.endsWith('}\n')).toBe(true);
    expect(pageLog.MAX_MESSAGE_LENGTH).toBe(MAX_FIELD_LENGTH);
  });

  test('at and above their level, as the Lambda’s', () => {
    for (const level of ['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT'] as const) {
      const page: string[] = [];
      const lambda: string[] = [];
      const each = (log: ReturnType<typeof createLogger>) => {
        log.debug('d');
        log.info('i');
        log.warn('w');
        log.error('e');
      };
      each(pageLog.createLogger(level, (line) => page.push(JSON.parse(line).level)));
      each(createLogger(level, (line) => lambda.push(JSON.parse(line).level)));
      expect(page).toEqual(lambda);
    }
  });
});
