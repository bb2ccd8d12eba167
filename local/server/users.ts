// One simulated Alexa user per browser. The page keeps a random opaque key in its localStorage (per tab when
// storage is unavailable) and sends it with each request; the server checks its exact shape and turns it
// into the user id of that browser's requests, so preferences (speed, where to resume) and "forget me"
// belong to one browser, not to everyone using the simulator. The key is never logged or sent back.
import { randomBytes } from 'node:crypto';

/** 128 random bits, as the page writes them: 32 lower-case hex digits, nothing else. */
const USER_KEY = /^[0-9a-f]{32}$/;

export function isUserKey(value: unknown): value is string {
  return typeof value === 'string' && USER_KEY.test(value);
}

/** The Alexa user id of a browser's requests. */
export function userIdOf(key: string): string {
  if (!isUserKey(key)) throw new Error('not a simulator user key');
  return `amzn1.ask.account.LOCAL-${key.toUpperCase()}`;
}

/** A key for a client that sent none (curl, a test): a user of its own, never shared. */
export function newUserKey(): string {
  return randomBytes(16).toString('hex');
}
