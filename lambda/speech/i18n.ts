// One i18next instance, initialised synchronously at load; each request takes a fixed translator for its
// locale. (Initialising per request, as the official samples do, costs ~0.7 ms and causes p99 spikes.)
import i18next, { type TFunction } from 'i18next';
import { DEFAULT_LOCALE, isServedLocale } from '../locales';
import { en, type SpeechKey } from './resources/en';

const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  resources: { en: { translation: en } },
  lng: 'en',
  fallbackLng: 'en',
  keySeparator: false,
  nsSeparator: false,
  // SSML escaping happens once, when speech is rendered; escaping here would double it.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export type Params = Record<string, string | number>;
export type Translate = (key: SpeechKey, params?: Params) => string;

const translators = new Map<string, Translate>();

/** A translator for a request's locale; unserved or missing locales fall back to the default English. */
export function translatorFor(locale: unknown): Translate {
  const lng = isServedLocale(locale) ? locale : DEFAULT_LOCALE;
  let translate = translators.get(lng);
  if (!translate) {
    const fixed: TFunction = instance.getFixedT(lng);
    translate = (key, params) => fixed(key, params) as string;
    translators.set(lng, translate);
  }
  return translate;
}

/** "a, b and c" in the listener's locale. */
export function spokenList(locale: unknown, items: readonly string[]): string {
  const lng = isServedLocale(locale) ? locale : DEFAULT_LOCALE;
  return new Intl.ListFormat(lng, { style: 'long', type: 'conjunction' }).format(items);
}
