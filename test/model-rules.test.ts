// The interaction model's routing rules (model/rules.ts): what Alexa's build accepts but routes badly.
// Overlaps looked at and kept on purpose are in model/rules-reviewed.json, each with its reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildInteractionModel, FALLBACK_INTENT_SENSITIVITY } from '../model/build';
import modelSource from '../model/interaction-model.source.json';
import {
  carriersOpeningSamples,
  duplicateSampleProblems,
  FALLBACK_SENSITIVITY_LEVELS,
  fallbackSensitivityProblems,
  type LanguageModelForRules,
  phoneticKey,
  phraseSlotProblems,
  slotSampleOverlaps,
  soundAlikeValues,
} from '../model/rules';
import reviewed from '../model/rules-reviewed.json';

const model = buildInteractionModel().interactionModel.languageModel as LanguageModelForRules;
const sourceIntents = modelSource.intents as Array<{ name: string; topic?: string; subject?: string }>;
/** A subject value that is an intent's own topic or subject reads the same passage as that intent. */
const sameSubject = (intent: string, valueId: string): boolean => {
  const source = sourceIntents.find((i) => i.name === intent);
  return source?.topic === valueId || source?.subject === valueId;
};

/** A small model that breaks every rule once. */
const broken: LanguageModelForRules = {
  intents: [
    {
      name: 'QuestionIntent',
      slots: [{ name: 'query', type: 'AMAZON.SearchQuery' }],
      samples: ['{query}', 'can it {query} {query}', 'what is the {query}'],
    },
    {
      name: 'TwoSlots',
      slots: [
        { name: 'query', type: 'AMAZON.SearchQuery' },
        { name: 'subject', type: 'SUBJECT' },
      ],
      samples: ['why {query}'],
    },
    { name: 'TellMeAboutIntent', slots: [{ name: 'subject', type: 'SUBJECT' }], samples: ['tell me about {subject}', 'what is {subject}'] },
    { name: 'OtherTellIntent', slots: [{ name: 'topic', type: 'SUBJECT' }], samples: ['tell me about {topic}'] },
    { name: 'PrognosisIntent', samples: ['what is the prognosis', 'what is chemo'] },
  ],
  types: [
    {
      name: 'SUBJECT',
      values: [
        { id: 'chemo', name: { value: 'chemo', synonyms: ['chemotherapy'] } },
        { id: 'scan', name: { value: 'scan', synonyms: ['skan'] } },
      ],
    },
  ],
};

describe('phrase slots (AMAZON.SearchQuery)', () => {
  test('no bare {query} sample; one phrase slot and nothing else in its intent and its samples', () => {
    expect(phraseSlotProblems(model)).toEqual([]);
  });

  test('the check finds a bare slot, a second slot in a sample, and a second slot in the intent', () => {
    expect(phraseSlotProblems(broken)).toEqual([
      'QuestionIntent: "{query}" is a bare phrase slot, with no carrier',
      'QuestionIntent: "can it {query} {query}" has 2 slots',
      'TwoSlots: a phrase slot shares its intent with other slots',
    ]);
  });
});

describe('samples in two intents', () => {
  test('no sample is in two intents, whatever its slot is called', () => {
    expect(duplicateSampleProblems(model)).toEqual([]);
    expect(duplicateSampleProblems(broken)).toEqual(['"tell me about {topic}": in TellMeAboutIntent and OtherTellIntent']);
  });

  test('a slot sample filled with a value says another intent’s sample only where both read the same passage, or reviewed', () => {
    const kept = reviewed.slotSampleOverlaps.map((o) => o.said);
    expect(slotSampleOverlaps(model, sameSubject).filter((said) => !kept.includes(said))).toEqual([]);
    // Every reviewed overlap still exists: the list holds no stale entries.
    expect(kept.filter((said) => !slotSampleOverlaps(model, sameSubject).includes(said))).toEqual([]);
    expect(slotSampleOverlaps(broken, () => false)).toEqual(['what is chemo']);
    expect(slotSampleOverlaps(broken, (intent, id) => intent === 'PrognosisIntent' && id === 'chemo')).toEqual([]);
  });
});

describe('carrier phrases', () => {
  test('a carrier that also opens a topic sample is reviewed (model/rules-reviewed.json), and every reviewed one still does', () => {
    const shared = [...carriersOpeningSamples(model).keys()];
    const kept = reviewed.sharedCarriers.flatMap((group) => group.carriers);
    expect(shared.filter((carrier) => !kept.includes(carrier))).toEqual([]);
    expect(kept.filter((carrier) => !shared.includes(carrier))).toEqual([]);
  });

  test('the check finds a carrier opening another intent’s sample', () => {
    expect([...carriersOpeningSamples(broken).entries()]).toEqual([['what is the', ['PrognosisIntent: what is the prognosis']]]);
  });
});

describe('slot values that sound alike', () => {
  test('the phonetic key hears spelling differences as the same', () => {
    expect(phoneticKey('scan')).toBe(phoneticKey('skan'));
    expect(phoneticKey('chemo')).not.toBe(phoneticKey('scan'));
  });

  test('values of different ids that share a phonetic key are flagged, unless reviewed', () => {
    const kept = reviewed.soundAlikes.map((s) => s.names.join(' ~ '));
    const found = soundAlikeValues(model).map((pair) => pair.join(' ~ '));
    expect(found.filter((pair) => !kept.includes(pair))).toEqual([]);
    expect(kept.filter((pair) => !found.includes(pair))).toEqual([]);
  });

  test('the check flags a sound-alike across ids, and not synonyms of one id', () => {
    const soundAlike: LanguageModelForRules = {
      ...broken,
      types: [
        {
          name: 'SUBJECT',
          values: [
            { id: 'scan', name: { value: 'scan' } },
            { id: 'other', name: { value: 'skan', synonyms: ['scan'] } },
          ],
        },
      ],
    };
    expect(soundAlikeValues(soundAlike)).toEqual([
      ['scan', 'skan'],
      ['scan', 'scan'],
    ]);
    expect(soundAlikeValues(broken)).toEqual([]);
  });
});

describe('fallback sensitivity', () => {
  test('is set explicitly in every model, with the reason in docs/question-answering.md', () => {
    expect(FALLBACK_SENSITIVITY_LEVELS).toContain(FALLBACK_INTENT_SENSITIVITY);
    expect(fallbackSensitivityProblems(model)).toEqual([]);
    expect(fallbackSensitivityProblems(broken)).toEqual(['fallbackIntentSensitivity is not set']);
    const docs = readFileSync(join(__dirname, '../docs/question-answering.md'), 'utf8');
    expect(docs).toMatch(new RegExp(`fallback sensitivity is ${FALLBACK_INTENT_SENSITIVITY}`, 'i'));
  });
});
