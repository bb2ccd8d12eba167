// One i18next instance, initialised synchronously at load; each request takes a translator for its locale.
// (Initialising per request, as the official samples do, costs ~0.7 ms and causes p99 spikes.)
// Performance (docs/performance.md): a response makes 10–20 lookups, and i18next's full t() pipeline (key
// parsing, plurals, nesting, post-processing; getFixedT also copies the options object on each call) was most
// of the first request's time on a cold start. Our keys are flat and plain, so the translator asks i18next for
// the resource along the locale's fallback chain (en-AU → en), remembers it, and has i18next's own
// interpolator fill in {{params}}. A key with no resource goes through t(), so i18next's missing-key handling
// is kept.
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
  const hierarchy: string[] = instance.services.languageUtils.toResolveHierarchy(lng);
  const resources = new Map<SpeechKey, string | null>();
  const resource = (key: SpeechKey): string | null => {
    let text = resources.get(key);
    if (text === undefined) {
      text = null;
      for (const code of hierarchy) {
        const found: unknown = instance.getResource(code, 'translation', key);
        if (typeof found === 'string') {
          text = found;
          break;
        }
      }
      resources.set(key, text);
    }
    return text;
  };
  return (key, params) => {
    const text = resource(key);
    if (text === null) return instance.t(key, { ...params, lng }) as string;
    return params === undefined || !text.includes('{{') ? text : instance.services.interpolator.interpolate(text, params, lng, {});
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
