// The page's stand-ins for Node's and the Lambda's modules (local/web-app/shims). node:crypto's hashes exactly as Node
// does: the preference store's key is a SHA-256 of the Alexa ids, and a different hash would lose everyone's preferences.
import { createHash as nodeHash } from 'node:crypto';
import * as lambdaKnown from '../lambda/known-names';
import { SERVED_LOCALES } from '../lambda/locales';
import { echoShow, intentRequest, launchRequest, newSession, sessionEndedRequest, userEventRequest } from '../local/envelope';
import * as pageKnown from '../local/web-app/shims/known-names';
import { createHash, randomUUID } from '../local/web-app/shims/node-crypto';
import modelSource from '../model/interaction-model.source.json';

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

// The page's stand-in for lambda/known-names.ts (local/web-app/shims/known-names.ts): the Lambda's lists narrowed to
// what the page meets. Each name it keeps, the Lambda keeps; and it keeps every request type the page makes.
describe('the page’s closed lists for log lines', () => {
  test('keep what the Lambda keeps of what the page can meet, and nothing else', () => {
    for (const type of pageKnown.PAGE_REQUEST_TYPES) expect(lambdaKnown.knownRequestType(type)).toBe(type);
    for (const type of ['AudioPlayer.PlaybackFailed', 'CanFulfillIntentRequest', 'Margaret', 7, undefined])
      expect(pageKnown.knownRequestType(type)).toBe(pageKnown.OTHER);
    const intents = (modelSource.intents as Array<{ name: string }>).map((intent) => intent.name);
    for (const value of [...intents, ...SERVED_LOCALES, 'INVALID_RESPONSE', 'ENDPOINT_TIMEOUT', 'MargaretsTuesdayIntent', 'fr-FR', 3]) {
      expect(pageKnown.knownIntent(value)).toBe(lambdaKnown.knownIntent(value));
      expect(pageKnown.knownLocale(value)).toBe(lambdaKnown.knownLocale(value));
      expect(pageKnown.knownErrorType(value)).toBe(lambdaKnown.knownErrorType(value));
    }
    expect(pageKnown.OTHER).toBe(lambdaKnown.OTHER);
  });

  test('keep every request type the page makes', () => {
    const device = echoShow('en-AU');
    const session = newSession();
    const made = [
      launchRequest(device, session),
      intentRequest(device, session, 'AMAZON.HelpIntent', {}),
      userEventRequest(device, session, ['choice', 'AMAZON.YesIntent'], 'token'),
      sessionEndedRequest(device, session, 'USER_INITIATED'),
    ].map((envelope) => envelope.request.type);
    expect(new Set(made)).toEqual(new Set(pageKnown.PAGE_REQUEST_TYPES));
  });
});
