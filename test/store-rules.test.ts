// The rules every preference store follows (lambda/store/record.ts), checked on every adapter: DynamoDB's
// (against dynalite), the in-memory one behind `--no-store`, and the web app's IndexedDB one, against
// fake-indexeddb here and against Chromium's own IndexedDB in a page. The rules are written once
// (test/support/store-rules.ts) and run in each: keys per account or per recognised voice, generations that make
// "forget me" stick, and 180 days' retention refreshed by use.
import 'fake-indexeddb/auto';
import { createHash as nodeHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { DynamoPersistenceAdapter } from '../lambda/store/dynamo-adapter';
import { RECORD_META_KEY, recordKey, recordKeyOf } from '../lambda/store/record';
import { RETENTION_DAYS } from '../lambda/store/retention';
import { MemoryPersistenceAdapter } from '../local/memory-store';
import { deleteExpired, LOCAL_TABLE, type LocalStore, localClientConfig, startLocalStore } from '../local/store';
import { IndexedDbPersistenceAdapter } from '../local/web-app/indexeddb-store';
import { type StaticServer, serveStatic } from '../local/web-app/static-host';
import { launchChromium } from './support/browser';
import { memoryLogger } from './support/logs';
import { createHash as pageHash } from './support/node-crypto-with-sha256';
import { type Check, type Clocked, DAY_MS, from, preferencesIn, START, STORE_RULES } from './support/store-rules';

const ROOT = join(__dirname, '..');

let store: LocalStore;
beforeAll(async () => {
  store = await startLocalStore({ timeoutMs: 1000, log: memoryLogger() });
});
afterAll(async () => {
  await store.close();
});

const adapters: Record<string, () => Clocked> = {
  DynamoDB: () => {
    const clock = { now: START };
    const adapter = new DynamoPersistenceAdapter({
      tableName: LOCAL_TABLE,
      clientConfig: localClientConfig(store.endpoint),
      timeoutMs: 1000,
      now: () => clock.now,
    });
    return { adapter, clock, close: () => adapter.close() };
  },
  memory: () => {
    const clock = { now: START };
    return { adapter: new MemoryPersistenceAdapter(() => clock.now), clock, close: async () => {} };
  },
  'IndexedDB (fake-indexeddb)': () => {
    const clock = { now: START };
    const adapter = new IndexedDbPersistenceAdapter({ name: `store-rules-${counter}`, now: () => clock.now });
    return { adapter, clock, close: () => adapter.close() };
  },
};

let counter = 0;

/** The rules' checks, as jest's expect. */
const check: Check = {
  equal: (actual, expected) => expect(actual).toEqual(expected),
  rejects: (promise, error) => expect(promise).rejects.toThrow(error),
};

describe.each(Object.keys(adapters))('the %s store', (name) => {
  let clocked: Clocked;
  let account: string;
  beforeEach(() => {
    clocked = (adapters[name] as () => Clocked)();
    counter += 1;
    account = `amzn1.ask.account.RULES-${name}-${counter}`;
  });
  afterEach(() => clocked.close());

  test.each(STORE_RULES.map((rule) => [rule.name, rule] as const))('%s', (_name, rule) => rule.run(clocked, account, check));
});

describe('the IndexedDB store in Chromium (its own IndexedDB, not a stand-in)', () => {
  // A browser and a build of the page's script for these tests: a guard against a hang on a loaded machine.
  jest.setTimeout(60_000);
  let browser: Browser;
  let host: StaticServer;
  let page: Page;
  let scratch: string;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'store-rules-'));
    // The rules and the web app's adapter in one classic script, with a stand-in for node:crypto that hashes any ids
    // (the store's key is a SHA-256: the app's own stand-in knows only the app's one digest) and the app's stand-in
    // for process, as scripts/build-web-app.mjs builds the app.
    await build({
      entryPoints: [join(__dirname, 'support', 'store-rules-page.ts')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: ['chrome111'],
      outfile: join(scratch, 'rules.js'),
      alias: { 'node:crypto': join(__dirname, 'support', 'node-crypto-with-sha256.ts') },
      inject: [join(ROOT, 'local/web-app/shims/process.ts')],
      logLevel: 'error',
    });
    writeFileSync(join(scratch, 'index.html'), '<!doctype html><title>store rules</title><script src="rules.js"></script>\n');
    host = await serveStatic(scratch);
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(host.url);
    await page.waitForFunction(() => 'storeRules' in window);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  test('the page has every rule', async () => {
    expect(await page.evaluate(() => (window as unknown as { storeRules: { names: string[] } }).storeRules.names)).toEqual(
      STORE_RULES.map((rule) => rule.name),
    );
  });

  test.each(STORE_RULES.map((rule) => rule.name))('%s', async (name) => {
    await page.evaluate((rule) => (window as unknown as { storeRules: { run(name: string): Promise<void> } }).storeRules.run(rule), name);
  });
});

test('the Chromium page’s SHA-256 is Node’s, on every length up to three blocks and on ids as the store hashes them', () => {
  const sha = (parts: string[], hash: typeof pageHash | typeof nodeHash) => {
    const h = hash('sha256');
    for (const part of parts) h.update(part);
    return h.digest('hex');
  };
  const texts: string[][] = [];
  for (let length = 0; length <= 200; length++)
    texts.push([Array.from({ length }, (_, i) => String.fromCharCode(32 + ((i * 7 + length) % 95))).join('')]);
  texts.push(['amzn1.ask.account.THIS-BROWSER'], ['amzn1.ask.account.AF3X', '\u0000person\u0000amzn1.ask.person.B2'], ['café ñ 日本 🙂']);
  for (const parts of texts) expect(sha(parts, pageHash)).toBe(sha(parts, nodeHash));
});

test('keys are SHA-256 hashes of the account, or of the account and the voice, never an id', () => {
  const account = 'amzn1.ask.account.KEYS';
  const person = 'amzn1.ask.person.KEYS';
  expect(recordKeyOf(from(account))).toBe(recordKey(account));
  expect(recordKeyOf(from(account))).toMatch(/^[0-9a-f]{64}$/);
  expect(recordKeyOf(from(account, person))).toMatch(/^[0-9a-f]{64}$/);
  expect(recordKeyOf(from(account, person))).not.toBe(recordKey(account));
  // The same voice on another account is another person as far as the store knows.
  expect(recordKeyOf(from(`${account}-2`, person))).not.toBe(recordKeyOf(from(account, person)));
});

test('the local store deletes expired records when it starts, as DynamoDB’s time to live would', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'local-store-'));
  try {
    const first = await startLocalStore({ dataDir, timeoutMs: 1000, log: memoryLogger() });
    const longAgo = new DynamoPersistenceAdapter({
      tableName: LOCAL_TABLE,
      clientConfig: localClientConfig(first.endpoint),
      timeoutMs: 1000,
      now: () => Date.now() - (RETENTION_DAYS + 1) * DAY_MS,
    });
    await longAgo.saveAttributes(from('amzn1.ask.account.LONG-AGO'), { rate: 80, [RECORD_META_KEY]: {} });
    await longAgo.close();
    await first.adapter.saveAttributes(from('amzn1.ask.account.RECENT'), { rate: 120, [RECORD_META_KEY]: {} });
    await first.close();

    const second = await startLocalStore({ dataDir, timeoutMs: 1000, log: memoryLogger() });
    try {
      expect(await deleteExpired(localClientConfig(second.endpoint), LOCAL_TABLE)).toBe(0);
      expect(preferencesIn(await second.adapter.getAttributes(from('amzn1.ask.account.RECENT')))).toEqual({ rate: 120 });
      expect(await second.adapter.getAttributes(from('amzn1.ask.account.LONG-AGO'))).toEqual({});
    } finally {
      await second.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
