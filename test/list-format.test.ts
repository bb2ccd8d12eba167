// The spoken list ("a, b and c") is written out rather than asked of Intl.ListFormat, whose first use loads ICU's
// locale data (docs/performance.md, "Issue 16, sixth pass"): it must say exactly what Intl.ListFormat says.
import { SERVED_LOCALES } from '../lambda/locales';
import { spokenList } from '../lambda/speech/i18n';

const ITEMS = ['what it is', 'the types', 'symptoms', 'diagnosis', 'treatment', 'support', 'the source'];

describe('a spoken list', () => {
  test.each([...SERVED_LOCALES])('%s: as Intl.ListFormat says it, for every length', (locale) => {
    const format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    for (let n = 0; n <= ITEMS.length; n += 1) {
      const items = ITEMS.slice(0, n);
      expect(spokenList(locale, items)).toBe(format.format(items));
    }
  });

  test('a locale that is not served is listed as the default (en-AU) lists it', () => {
    const format = new Intl.ListFormat('en-AU', { style: 'long', type: 'conjunction' });
    expect(spokenList('fr-FR', ITEMS)).toBe(format.format(ITEMS));
    expect(spokenList(undefined, ITEMS.slice(0, 3))).toBe('what it is, the types and symptoms');
  });
});
