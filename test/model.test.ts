// The interaction models and the manifest: generated from one source, valid by Amazon's schema, and
// following the rules Alexa's model build enforces (there is no offline model linter, so they are here).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { topics } from '../content';
import { SERVED_LOCALES } from '../lambda/locales';
import { buildInteractionModel, generatedFiles, keepDeployedEndpoint, MANIFEST_FILE, MODEL_FOLDER } from '../model/build';
import modelSource from '../model/interaction-model.source.json';
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
