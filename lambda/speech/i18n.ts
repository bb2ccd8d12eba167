// The speech strings for a request's locale. Every served locale is English and speaks the one resource
// (resources/en.ts); keys are flat and typed, so a missing string is a compile error, never "undefined" said
// aloud. Translating is a lookup and "{{name}}" filled in: i18next did the same for us at a third of the Lambda
// package and most of the first request's time on a cold start (docs/dependencies.md), so it went.
import { DEFAULT_LOCALE, isServedLocale } from '../locales';
import { en, type SpeechKey } from './resources/en';

export type Params = Record<string, string | number>;
export type Translate = (key: SpeechKey, params?: Params) => string;

/** "{{about}}", as written (whole) and its name. */
const PLACEHOLDER = /(\{\{\s*(\w+)\s*\}\})/;

/**
 * Each resource string with a placeholder, split once: its text, then for each placeholder the placeholder as written,
 * its name and the text after it. Filling the pieces makes only the result: a global replace with a callback made a
 * closure, a match and its strings for every placeholder of every reply (docs/performance.md, "Issue 16, fifteenth
 * pass"). Only the resource's own strings are split, so this stays as small as the resource.
 */
const pieces = new Map<string, string[]>();

/** "{{about}}" filled from `params`; a name with no value stays as written, so a test can see it. */
function interpolate(text: string, params: Params): string {
  let parts = pieces.get(text);
  if (!parts) {
    parts = text.split(PLACEHOLDER);
    pieces.set(text, parts);
  }
  let filled = parts[0] as string;
  for (let i = 1; i < parts.length; i += 3) {
    const value = params[parts[i + 1] as string];
    filled += (value === undefined ? parts[i] : String(value)) + (parts[i + 2] as string);
  }
  return filled;
}

const translators = new Map<string, Translate>();

/** A translator for a request's locale; unserved or missing locales fall back to the default English. */
export function translatorFor(locale: unknown): Translate {
  const lng = isServedLocale(locale) ? locale : DEFAULT_LOCALE;
  let translate = translators.get(lng);
  if (!translate) {
    // Every served locale speaks the one English resource.
    translate = (key, params) => {
      const text: string = en[key];
      return params === undefined || !text.includes('{{') ? text : interpolate(text, params);
    };
    translators.set(lng, translate);
  }
  return translate;
}

/**
 * "a, b and c" in the listener's locale, as Intl.ListFormat's long conjunction says it for the served locales:
 * American English with a comma before "and", the others without (test/list-format.test.ts compares the two for
 * every served locale). Not Intl.ListFormat itself: its first use loads ICU's locale data, about 6 MB of a warm
 * container's resident memory for the one reply that lists the topics (docs/performance.md, "Issue 16, sixth pass").
 */
export function spokenList(locale: unknown, items: readonly string[]): string {
  const lng = isServedLocale(locale) ? locale : DEFAULT_LOCALE;
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}${lng === 'en-US' ? ',' : ''} and ${items[items.length - 1]}`;
}
