// The English locales the skill serves. The interaction-model generator and the request handling both read
// this list, so adding a locale here is the only step needed.
export const SERVED_LOCALES = ['en-AU', 'en-GB', 'en-US', 'en-CA', 'en-IN'] as const;
export type ServedLocale = (typeof SERVED_LOCALES)[number];

/** The locale assumed when a request carries none (Alexa always sends one; hand-made requests may not). */
export const DEFAULT_LOCALE: ServedLocale = 'en-AU';

export function isServedLocale(locale: unknown): locale is ServedLocale {
  return typeof locale === 'string' && (SERVED_LOCALES as readonly string[]).includes(locale);
}
