/// <reference lib="dom" />
// The store rules (store-rules.ts) in a page, against the browser's own IndexedDB through the web app's adapter:
// test/store-rules.test.ts builds this into one script, opens it in Chromium from a loopback host and calls
// `storeRules.run(name)` for each rule. A failed check throws, with what was expected and what was found.
import { IndexedDbPersistenceAdapter } from '../../local/web-app/indexeddb-store';
import { type Check, START, STORE_RULES } from './store-rules';

/** jest's toEqual for the plain data the rules compare: an undefined property is no property. */
function same(actual: unknown, expected: unknown): boolean {
  if (Object.is(actual, expected)) return true;
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null) return false;
  if (Array.isArray(actual) !== Array.isArray(expected)) return false;
  const keys = (value: object) => Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined);
  const own = keys(actual);
  const their = keys(expected);
  return (
    own.length === their.length &&
    own.every((key) => same((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key]))
  );
}

const check: Check = {
  equal(actual, expected) {
    if (!same(actual, expected)) throw new Error(`expected ${JSON.stringify(expected)}, found ${JSON.stringify(actual)}`);
  },
  async rejects(promise, error) {
    let thrown: unknown;
    try {
      await promise;
    } catch (caught) {
      thrown = caught;
    }
    if (!(thrown instanceof error))
      throw new Error(`expected a ${error.name}, found ${thrown === undefined ? 'no error' : String(thrown)}`);
  },
};

let runs = 0;
(window as unknown as { storeRules: unknown }).storeRules = {
  names: STORE_RULES.map((rule) => rule.name),
  async run(name: string): Promise<void> {
    const rule = STORE_RULES.find((candidate) => candidate.name === name);
    if (!rule) throw new Error(`no store rule named ${name}`);
    runs += 1;
    const clock = { now: START };
    // A database of its own per rule, as the jest run has.
    const adapter = new IndexedDbPersistenceAdapter({ name: `store-rules-${runs}`, now: () => clock.now });
    try {
      await rule.run({ adapter, clock, close: () => adapter.close() }, `amzn1.ask.account.RULES-Chromium-${runs}`, check);
    } finally {
      await adapter.close();
    }
  },
};
