// Stands in, in the web app's page only, for lambda/known-names.ts: the closed lists a log line's names are kept from,
// narrowed to those the page can meet. The page makes every request it answers itself (local/envelope.ts: a launch,
// an intent, a screen press, a session's end), in a served locale, for an intent of its own model; the Lambda's list
// of every request type Alexa defines (60 names) was 0.5 KB of page.js gzipped, at its size budget (docs/performance.md,
// "Issue 17, eighth pass"). A name off these lists is "other", as on Lambda: the page logs no more than the Lambda would
// of the same request. test/web-app-shims.test.ts holds each list to the Lambda's, and the request types to the page's.

import { SERVED_LOCALES } from '../../../lambda/locales';
import modelSource from '../../../model/interaction-model.source.json';

export const OTHER = 'other';

/** The request types the page makes (local/envelope.ts). */
export const PAGE_REQUEST_TYPES: ReadonlySet<string> = new Set([
  'LaunchRequest',
  'IntentRequest',
  'SessionEndedRequest',
  'Alexa.Presentation.APL.UserEvent',
]);
const ERROR_TYPES = new Set(['INVALID_RESPONSE', 'DEVICE_COMMUNICATION_ERROR', 'INTERNAL_SERVICE_ERROR', 'ENDPOINT_TIMEOUT']);
const INTENT_NAMES = new Set((modelSource.intents as Array<{ name: string }>).map((intent) => intent.name));
const LOCALES = new Set<string>(SERVED_LOCALES);

const known =
  (names: ReadonlySet<string>) =>
  (value: unknown): string =>
    typeof value === 'string' && names.has(value) ? value : OTHER;

export const knownRequestType = known(PAGE_REQUEST_TYPES);
export const knownErrorType = known(ERROR_TYPES);
export const knownIntent = known(INTENT_NAMES);
export const knownLocale = known(LOCALES);
