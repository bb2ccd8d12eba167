// One i18next instance, initialised synchronously at load; each request takes a translator for its locale.
// (Initialising per request, as the official samples do, costs ~0.7 ms and causes p99 spikes.)
// Performance (docs/performance.md): i18next's getFixedT wrapper copies the instance's whole options object on
// every call (~3 µs, and garbage), and a response makes 10–20 calls. So the translator calls instance.t with
// the locale directly, and remembers the strings that take no parameters: the resources never change after
// load, so i18next would give the same string every time.
import i18next from 'i18next';
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

function createTranslator(lng: string): Translate {
  const plain = new Map<SpeechKey, string>();
  return (key, params) => {
    if (params !== undefined) return instance.t(key, { ...params, lng }) as string;
    let text = plain.get(key);
    if (text === undefined) {
      text = instance.t(key, { lng }) as string;
      plain.set(key, text);
    }
    return text;
  };
}

/** A translator for a request's locale; unserved or missing locales fall back to the default English. */
export function translatorFor(locale: unknown): Translate {
  const lng = isServedLocale(locale) ? locale : DEFAULT_LOCALE;
  let translate = translators.get(lng);
  if (!translate) {
    translate = createTranslator(lng);
    translators.set(lng, translate);
  }
  return translate;
}

// Constructing an Intl.ListFormat costs tens of microseconds: one per locale, made on first use.
const listFormats = new Map<string, Intl.ListFormat>();

/** "a, b and c" in the listener's locale. */
export function spokenList(locale: unknown, items: readonly string[]): string {
  const lng = isServedLocale(locale) ? locale : DEFAULT_LOCALE;
  let format = listFormats.get(lng);
  if (!format) {
    format = new Intl.ListFormat(lng, { style: 'long', type: 'conjunction' });
    listFormats.set(lng, format);
  }
  return format.format(items);
}
