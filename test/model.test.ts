// The interaction models and the manifest: generated from one source, valid by Amazon's schema, and
// following the rules Alexa's model build enforces (there is no offline model linter, so they are here).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { topics } from '../content';
import { SERVED_LOCALES } from '../lambda/locales';
import { buildInteractionModel, generatedFiles, keepDeployedEndpoint, MANIFEST_FILE, MODEL_FOLDER } from '../model/build';
import modelSource from '../model/interaction-model.source.json';
import {
  MAX_SKILL_LAUNCH_PHRASES,
  NAME_FREE_IN_DEPLOYED_MODEL,
  type NameFreeInteraction,
  nameFreeInteraction,
  nameFreeProblems,
} from '../model/name-free';
import { amazonValidator, errorsOf } from './support/amazon-schema';

const ROOT = join(__dirname, '..');
const model = buildInteractionModel().interactionModel.languageModel;

const REQUIRED_BUILT_INS = [
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.FallbackIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.RepeatIntent',
  'AMAZON.YesIntent',
  'AMAZON.NoIntent',
  'AMAZON.NextIntent',
  'AMAZON.PreviousIntent',
  'AMAZON.MoreIntent',
  'AMAZON.StartOverIntent',
];
const CONTENT_INTENTS = [
  ...(modelSource.intents as Array<{ name: string; topic?: string }>).filter((i) => i.topic).map((i) => i.name),
  'TellMeAboutIntent',
  'DefineTermIntent',
  'ListTopicsIntent',
  'GuidedTourIntent',
];
const RATE_INTENTS = ['SpeakSlowerIntent', 'SpeakFasterIntent', 'NormalSpeedIntent'];

function normalise(sample: string): string {
  return sample.toLowerCase().replace(/\s+/g, ' ').trim();
}

describe('generated files', () => {
  test.each([...generatedFiles().entries()])('%s is checked in and matches its sources (npm run generate)', (path, text) => {
    const file = join(ROOT, path);
    expect(existsSync(file)).toBe(true);
    const current = readFileSync(file, 'utf8');
    expect(current).toBe(keepDeployedEndpoint(path, text, current));
  });

  test('the endpoint `ask deploy` writes into skill.json is kept on regeneration, and nothing else is', () => {
    const generated = generatedFiles().get(MANIFEST_FILE) ?? '';
    const deployed = JSON.parse(generated);
    deployed.manifest.apis.custom.endpoint = { uri: 'arn:aws:lambda:us-west-2:123456789012:function:guide' };
    deployed.manifest.publishingInformation.category = 'GAMES';
    const kept = JSON.parse(keepDeployedEndpoint(MANIFEST_FILE, generated, JSON.stringify(deployed)));
    expect(kept.manifest.apis.custom.endpoint).toEqual({ uri: 'arn:aws:lambda:us-west-2:123456789012:function:guide' });
    expect(kept.manifest.publishingInformation.category).toBe('HEALTH_AND_FITNESS');
  });

  test('every served locale has a model', () => {
    for (const locale of SERVED_LOCALES) expect(existsSync(join(ROOT, MODEL_FOLDER, `${locale}.json`))).toBe(true);
  });
});

describe("Amazon's schema", () => {
  test('each interaction model is valid InteractionModelData', () => {
    const validate = amazonValidator('v1.skill.interactionModel.InteractionModelData');
    for (const locale of SERVED_LOCALES) {
      const data = JSON.parse(readFileSync(join(ROOT, MODEL_FOLDER, `${locale}.json`), 'utf8'));
      expect(validate(data) ? [] : errorsOf(validate)).toEqual([]);
    }
  });

  test('skill.json is a valid SkillManifestEnvelope, listing every served locale', () => {
    const validate = amazonValidator('v1.skill.Manifest.SkillManifestEnvelope');
    const manifest = JSON.parse(readFileSync(join(ROOT, 'skill-package/skill.json'), 'utf8'));
    expect(validate(manifest) ? [] : errorsOf(validate)).toEqual([]);
    expect(Object.keys(manifest.manifest.publishingInformation.locales).sort()).toEqual([...SERVED_LOCALES].sort());
    for (const listing of Object.values(manifest.manifest.publishingInformation.locales) as Array<Record<string, unknown>>) {
      // Amazon requires health skills to say they are not medical advice.
      expect(String(listing.description)).toMatch(/general information only, not medical advice/);
      for (const phrase of listing.examplePhrases as string[]) expect(phrase).toMatch(/^Alexa, (open|ask) bone cancer guide/);
    }
  });
});

describe("Alexa's model rules", () => {
  test('the invocation name is two or more lower-case words, with no launch words or "alexa"', () => {
    expect(model.invocationName).toMatch(/^[a-z]+( [a-z]+)+$/);
    expect(model.invocationName).not.toMatch(/\b(alexa|echo|skill|app|launch|ask|tell|open)\b/);
  });

  test('samples use only letters, spaces, apostrophes and periods in spelled abbreviations, and declared slots', () => {
    for (const intent of model.intents) {
      const declared = new Set((intent.slots ?? []).map((slot) => slot.name));
      for (const sample of intent.samples) {
        expect(sample).toMatch(/^[a-z' .{}]+$/);
        expect(sample.length).toBeLessThanOrEqual(200);
        for (const [, slot] of sample.matchAll(/\{(\w+)\}/g)) expect(declared).toContain(slot);
      }
      for (const slot of declared) expect(intent.samples.some((s) => s.includes(`{${slot}}`))).toBe(true);
    }
  });

  test('no sample belongs to two intents, or twice to one', () => {
    const owner = new Map<string, string>();
    for (const intent of model.intents) {
      for (const sample of intent.samples) {
        const key = normalise(sample);
        expect([key, owner.get(key)]).toEqual([key, undefined]);
        owner.set(key, intent.name);
      }
    }
  });

  test('every content intent has at least 20 samples, speech-rate intents at least 12', () => {
    const byName = new Map(model.intents.map((intent) => [intent.name, intent]));
    for (const name of CONTENT_INTENTS) expect([name, (byName.get(name)?.samples.length ?? 0) >= 20]).toEqual([name, true]);
    for (const name of RATE_INTENTS) expect([name, (byName.get(name)?.samples.length ?? 0) >= 12]).toEqual([name, true]);
  });

  test('the built-in intents the design needs are all declared, and Fallback has no samples', () => {
    const names = model.intents.map((intent) => intent.name);
    for (const builtIn of REQUIRED_BUILT_INS) expect(names).toContain(builtIn);
    expect(model.intents.find((intent) => intent.name === 'AMAZON.FallbackIntent')?.samples).toEqual([]);
  });

  test('every topic has its own intent', () => {
    const mapped = (modelSource.intents as Array<{ topic?: string }>).map((intent) => intent.topic).filter(Boolean);
    expect(mapped.sort()).toEqual(topics.map((topic) => topic.id).sort());
  });

  test('slot types are declared, with unique ids and no spoken value under two ids', () => {
    const types = new Map(model.types.map((type) => [type.name, type]));
    const builtIn = (type: string) => type.startsWith('AMAZON.');
    for (const intent of model.intents)
      for (const slot of intent.slots ?? []) expect([slot.type, types.has(slot.type) || builtIn(slot.type)]).toEqual([slot.type, true]);
    for (const type of model.types) {
      const ids = type.values.map((value) => value.id);
      expect(new Set(ids).size).toBe(ids.length);
      const spoken = type.values.flatMap((value) => [value.name.value, ...(value.name.synonyms ?? [])]);
      const seen = new Set<string>();
      for (const value of spoken) {
        expect([type.name, value, seen.has(value)]).toEqual([type.name, value, false]);
        seen.add(value);
        expect(value).toMatch(/^[a-z' .-]+$/);
      }
    }
  });

  test('a phrase slot (AMAZON.SearchQuery) is alone in its intent and every sample has a carrier phrase', () => {
    const phraseIntents = model.intents.filter((intent) => intent.slots?.some((slot) => slot.type === 'AMAZON.SearchQuery'));
    expect(phraseIntents.map((intent) => intent.name)).toEqual(expect.arrayContaining(['QuestionIntent', 'HowLongQuestionIntent']));
    for (const intent of phraseIntents) {
      expect(intent.slots).toHaveLength(1);
      const name = intent.slots?.[0]?.name ?? '';
      for (const sample of intent.samples) {
        // Alexa rejects a phrase-slot sample with no carrier (MissingCarrierPhraseWithPhraseSlot) or a second slot.
        expect([sample, (sample.match(/\{[^}]+\}/g) ?? []).length]).toEqual([sample, 1]);
        expect(sample).toContain(`{${name}}`);
        expect([sample, sample.replace(`{${name}}`, '').trim().length > 0]).toEqual([sample, true]);
      }
    }
  });

  test('lay words people use reach the content', () => {
    const subject = model.types.find((type) => type.name === 'SUBJECT');
    const spoken = new Set(subject?.values.flatMap((value) => [value.name.value, ...(value.name.synonyms ?? [])]));
    for (const word of ['bone mets', 'chemo', 'radiotherapy', 'bone scan', 'biopsy', 'c. t. scan', 'm. r. i.'])
      expect(spoken).toContain(word);
    // The lay-word table feeds the synonyms: everyday words and mishearings of a name resolve to its value.
    for (const word of ['pins and needles', 'pally ative care', 'by opsy']) expect(spoken).toContain(word);
  });
});

describe('name-free asking (model/name-free.ts)', () => {
  const withNameFree = buildInteractionModel({ nameFree: true }).interactionModel;
  const container = withNameFree._nameFreeInteraction as NameFreeInteraction;
  const phrasesOf = (name: string) =>
    container.ingressPoints.find((point) => point.type === 'INTENT' && point.name === name)?.sampleUtterances.map((u) => u.value) ?? [];

  test('stays out of the deployed model while the switch is off: not in any checked-in model, nor in what the generator builds', () => {
    expect(NAME_FREE_IN_DEPLOYED_MODEL).toBe(false);
    expect(buildInteractionModel().interactionModel).not.toHaveProperty('_nameFreeInteraction');
    for (const locale of SERVED_LOCALES) {
      const deployed = JSON.parse(readFileSync(join(ROOT, MODEL_FOLDER, `${locale}.json`), 'utf8'));
      expect(deployed.interactionModel).not.toHaveProperty('_nameFreeInteraction');
    }
  });

  test('switched on: the container sits beside the language model, which is unchanged, and the model is still valid by Amazon’s schema', () => {
    expect(withNameFree.languageModel).toEqual(model);
    expect(withNameFree._nameFreeInteraction).toEqual(nameFreeInteraction());
    const validate = amazonValidator('v1.skill.interactionModel.InteractionModelData');
    expect(validate({ interactionModel: withNameFree }) ? [] : errorsOf(validate)).toEqual([]);
  });

  test('follows Amazon’s rules: complete phrases, no slots, at most five skill launch phrases, existing custom intents, no repeats', () => {
    expect(nameFreeProblems(container, model)).toEqual([]);
    const launch = container.ingressPoints.filter((point) => point.type === 'LAUNCH');
    expect(launch).toHaveLength(1);
    expect(launch[0]?.sampleUtterances.length).toBeGreaterThan(0);
    expect(launch[0]?.sampleUtterances.length).toBeLessThanOrEqual(MAX_SKILL_LAUNCH_PHRASES);
    expect(launch[0]?.sampleUtterances.map((u) => u.value)).toEqual(modelSource.nameFree.skillLaunchPhrases);
  });

  test('the main topic intents each have launch phrases, taken from their own samples, that name the subject', () => {
    for (const name of ['OverviewIntent', 'SymptomsIntent', 'CausesIntent', 'DiagnosisIntent', 'TreatmentIntent', 'PrognosisIntent']) {
      const phrases = phrasesOf(name);
      expect([name, phrases.length > 0]).toEqual([name, true]);
      const samples = model.intents.find((intent) => intent.name === name)?.samples ?? [];
      for (const phrase of phrases) {
        expect(samples).toContain(phrase);
        expect(modelSource.nameFree.subjectTerms.some((term) => phrase.includes(term))).toBe(true);
      }
    }
    // Ways in are answers: never navigation, speed, or where the information comes from.
    const ways = container.ingressPoints.flatMap((point) => (point.type === 'INTENT' ? [point.name] : []));
    expect(ways).not.toContain('SourceIntent');
    for (const way of ways) expect(modelSource.intents.find((intent) => intent.name === way)).toHaveProperty('topic');
    // A question about one person is no general way in.
    expect(ways.flatMap(phrasesOf).filter((phrase) => /\b(my|i)\b/.test(phrase))).toEqual([]);
  });

  test('the check finds phrases that break the rules', () => {
    const raw = (value: string) => ({ format: 'RAW_TEXT' as const, value });
    const broken: NameFreeInteraction = {
      ingressPoints: [
        { type: 'LAUNCH', sampleUtterances: ['one', 'two', 'three', 'four', 'five', 'six'].map((x) => raw(`what is bone mets ${x}`)) },
        { type: 'INTENT', name: 'SymptomsIntent', sampleUtterances: [raw('what are the symptoms of {subject}'), raw('symptoms of the')] },
        { type: 'INTENT', name: 'NoSuchIntent', sampleUtterances: [raw('what is bone mets one')] },
        { type: 'INTENT', name: 'AMAZON.HelpIntent', sampleUtterances: [raw('open bone cancer guide for me')] },
      ],
    };
    expect(nameFreeProblems(broken, model)).toEqual([
      'LAUNCH: 6 phrases (1 to 5)',
      'SymptomsIntent: "what are the symptoms of {subject}": has a slot',
      'SymptomsIntent: "what are the symptoms of {subject}": not plain lower-case words',
      'SymptomsIntent: "symptoms of the": not a complete phrase',
      'NoSuchIntent: no such intent in the model',
      'NoSuchIntent: "what is bone mets one": also under LAUNCH',
      'AMAZON.HelpIntent: only custom intents can be ways in',
      'AMAZON.HelpIntent: "open bone cancer guide for me": not a complete phrase',
      'AMAZON.HelpIntent: "open bone cancer guide for me": names the skill or launches it by name',
    ]);
  });
});
