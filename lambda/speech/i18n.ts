// The speech strings for a request's locale. Every served locale is English and speaks the one resource
// (resources/en.ts); keys are flat and typed, so a missing string is a compile error, never "undefined" said
// aloud. Translating is a lookup and "{{name}}" filled in: i18next did the same for us at a third of the Lambda
// package and most of the first request's time on a cold start (docs/dependencies.md), so it went.
import { DEFAULT_LOCALE, isServedLocale } from '../locales';
import { en, type SpeechKey } from './resources/en';

export type Params = Record<string, string | number>;
export type Translate = (key: SpeechKey, params?: Params) => string;

/** "{{about}}" filled from `params`; a name with no value stays as written, so a test can see it. */
function interpolate(text: string, params: Params): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
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
