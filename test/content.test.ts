// The content against its schema, and against the fact sheet it comes from.
import { glossary, pronunciation, source, topics } from '../content';
import { contentFiles, validateContent } from '../content/validate';
import { en } from '../lambda/speech/resources/en';
import { ALLOWED_ADDITIONS, CRISIS_LINE, FORBIDDEN, numbersNotInSheet, sheetText } from './support/fact-sheet';

/** Everything the skill can say: content and translated strings. */
const spokenTexts: string[] = [
  ...topics.flatMap((topic) => [
    topic.title,
    topic.about,
    topic.menuName,
    topic.summary,
    ...topic.items.flatMap((item) => ('ref' in item ? [] : [item.title, item.about, item.text])),
  ]),
  ...glossary.flatMap((entry) => [entry.term, entry.definition]),
  ...Object.values(en),
];

describe('the content data', () => {
  test('passes its schemas and its own cross-references', () => {
    expect(validateContent()).toEqual([]);
  });

  test('the validator catches broken content', () => {
    const broken = structuredClone(contentFiles) as { topics: Array<Record<string, unknown>> };
    broken.topics[0] = { ...broken.topics[0], followUp: 'nowhere', summary: 'word '.repeat(80) };
    const problems = validateContent(broken as typeof contentFiles);
    expect(problems.join('\n')).toMatch(/follow-up nowhere is not a topic/);
    expect(problems.join('\n')).toMatch(/summary has 80 words/);
    expect(validateContent({ ...contentFiles, glossary: [{ id: 'x' }] }).join('\n')).toMatch(/glossary\.json/);
  });

  test('the design’s topics are all there, in tour order', () => {
    expect(topics.map((topic) => topic.id)).toEqual([
      'overview',
      'types',
      'primaries',
      'symptoms',
      'causes',
      'diagnosis',
      'treatment',
      'team',
      'after',
      'screening',
      'prevention',
      'prognosis',
      'about',
    ]);
  });

  test('the glossary defines every term the design names', () => {
    const terms = glossary.map((entry) => entry.term.toLowerCase());
    for (const term of [
      'metastasised',
      'osteolytic',
      'osteoblastic',
      'hypercalcaemia',
      'bone marrow',
      'biopsy',
      'bone scan',
      'pet scan',
      'ct',
      'mri',
      'vertebroplasty',
      'palliative care',
      'checkpoint inhibitors',
      'external beam radiation therapy',
      'local and general anaesthetic',
      'myeloma',
      'lymph nodes',
      'prognosis',
      'primary cancer',
    ]) {
      expect(terms).toContain(term);
    }
  });
});

describe('fidelity to the fact sheet', () => {
  test('every section heading is in the sheet, or is one the scrape lost (restored), or the allowed addition', () => {
    for (const section of source.sections) {
      if (section.addition) {
        expect(section.id).toBe('support-numbers');
      } else if (section.restored) {
        expect(['X-rays', 'Chemotherapy', 'Immunotherapy', 'Surgery', 'Vertebroplasty']).toContain(section.heading);
      } else {
        expect(sheetText).toContain(section.heading.replace(', Cancer Council Australia © 2020', ''));
      }
    }
  });

  test('the review date and title are the sheet’s own', () => {
    expect(sheetText).toContain(`Last medical review of this fact sheet: ${source.lastMedicalReviewSpoken}`);
    expect(sheetText).toContain(`${source.title}, ${source.publisher} © ${source.copyrightYear}`);
  });

  test('every number spoken is in the fact sheet, apart from the support numbers the design allows', () => {
    for (const text of spokenTexts) expect([text, numbersNotInSheet(text)]).toEqual([text, []]);
  });

  test('Lifeline is named only in crisis support, and the content never names it', () => {
    const naming = Object.entries(en).filter(([, text]) => text.includes(CRISIS_LINE));
    expect(naming.map(([key]) => key).sort()).toEqual(['crisis.no', 'crisis.support']);
    expect(JSON.stringify(topics).includes(CRISIS_LINE)).toBe(false);
  });

  test('only the support-numbers item carries the additions', () => {
    const carriers = topics.flatMap((topic) =>
      topic.items.filter((item) => !('ref' in item) && ALLOWED_ADDITIONS.some((a) => item.text.includes(a))),
    );
    expect(carriers.map((item) => ('ref' in item ? item.ref : item.section))).toEqual(['support-numbers']);
  });

  test('names no drug, statistic or survival figure that the sheet does not', () => {
    for (const text of spokenTexts) expect([text, FORBIDDEN.test(text)]).toEqual([text, false]);
  });

  test('the scrape’s merged list is restored', () => {
    const primaries = topics.find((topic) => topic.id === 'primaries');
    expect(primaries?.summary).toMatch(/prostate cancer, breast cancer, lung cancer, thyroid cancer, and myeloma/);
    for (const text of spokenTexts) expect(text).not.toMatch(/prostatebreast|Set your location|Clear Selection|Help fund cancer research/);
  });
});

describe('the pronunciation table', () => {
  test('every entry is a term the skill actually says', () => {
    const all = spokenTexts.join(' ');
    for (const rule of pronunciation) {
      const flags = rule.caseSensitive ? '' : 'i';
      expect([rule.written, new RegExp(`(?<![\\w-])${rule.written}(?![\\w-])`, flags).test(all)]).toEqual([rule.written, true]);
    }
  });

  test('every medical term of the sheet that a listener could stumble on has an entry', () => {
    const written = new Set(pronunciation.map((rule) => rule.written.toLowerCase()));
    for (const term of [
      'metastasised',
      'osteolytic',
      'osteoblastic',
      'hypercalcaemia',
      'vertebroplasty',
      'myeloma',
      'palliative',
      'anaesthetic',
      'oncologist',
      'radiologist',
      'endocrine',
      'tomography',
      'biopsy',
      'ct',
      'mri',
      'gp',
    ]) {
      expect(written).toContain(term);
    }
  });
});
