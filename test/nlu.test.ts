// The local language-understanding simulator: utterance text → the intent and slots Alexa would send,
// learned from the interaction model alone. Cases read as "user says X / resolves to Y".

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseInvocation } from '../local/nlu/invocation';
import { FALLBACK_INTENT, type InteractionModel } from '../local/nlu/model';
import { normalizeText, stem, stems } from '../local/nlu/normalize';
import { createResolver, PHRASE_TYPE, type Resolution } from '../local/nlu/resolver';
import modelSource from '../model/interaction-model.source.json';

const root = join(__dirname, '..');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const fixture = readJson<InteractionModel>(join(__dirname, 'fixtures/nlu/model.json'));
const resolver = createResolver(fixture);
const says = (utterance: string): Resolution => resolver.resolve(utterance);

/** The slot's resolved id, or its status when there is no id. */
function slotId(r: Resolution, name: string): string | undefined {
  const slot = r.slots[name];
  return slot?.resolution?.id ?? slot?.resolution?.status;
}

describe('normalize', () => {
  test.each([
    ["What's the prognosis?", 'what is the prognosis'],
    ['whats the prognosis', 'what is the prognosis'],
    ["I'm gonna ask", 'i am going to ask'],
    ["doesn't it hurt", 'does not it hurt'],
    ["can't", 'can not'],
    ["my mum's bones", 'my mum bones'],
    ['M. R. I. scan', 'mri scan'],
    ['m r i', 'mri'],
    ["the m r i i'm scared of", 'the mri i am scared of'],
    ['an m r i do i lie still', 'an mri do i lie still'],
    ['a c t scan', 'a ct scan'],
    ['4 scans', 'four scans'],
    ['café & tea', 'cafe and tea'],
  ])('%j → %j', (text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });

  test('x-rays, x rays and xrays compare equal', () => {
    expect(stems('x-rays')).toEqual(stems('x rays'));
    expect(stems('xrays')).toEqual(stems('X-Ray'));
  });

  test('inflections share a stem', () => {
    const treat = stem('treat');
    for (const w of ['treated', 'treating', 'treats', 'treatment', 'treatments']) expect(stem(w)).toBe(treat);
    expect(stem('therapies')).toBe(stem('therapy'));
    expect(stem('metastases')).toBe(stem('metastasis'));
    expect(stem('diagnosed')).toBe(stem('diagnosis'));
    expect(stem('causes')).toBe(stem('caused'));
    expect(stem('getting')).toBe(stem('get'));
  });

  test('short words are left alone', () => {
    expect(stem('is')).toBe('is');
    expect(stem('bus')).toBe('bus');
    expect(stem('this')).toBe('this');
  });
});

describe('parseInvocation', () => {
  const name = 'bone cancer guide';
  test.each([
    'open bone cancer guide',
    'alexa, launch bone cancer guide',
    'Start Bone Cancer Guide.',
    'talk to bone cancer guide',
    'ask bone cancer guide',
  ])('%j launches', (utterance) => {
    expect(parseInvocation(utterance, name)).toEqual({ kind: 'launch' });
  });

  test.each([
    ['ask bone cancer guide how is it treated', 'how is it treated'],
    ['alexa tell bone cancer guide to list topics', 'list topics'],
    ['ask bone cancer guide about chemo', 'about chemo'],
    ['ask bone cancer guide for the symptoms', 'the symptoms'],
    ["open bone cancer guide and tell me what's osteolytic", "tell me what's osteolytic"],
    ['what are the symptoms using bone cancer guide', 'what are the symptoms'],
  ])('%j is a one-shot request for %j', (utterance, text) => {
    expect(parseInvocation(utterance, name)).toEqual({ kind: 'intent', text });
  });

  test('in-session speech passes through whole', () => {
    expect(parseInvocation('what are the symptoms', name)).toEqual({ kind: 'intent', text: 'what are the symptoms' });
    expect(parseInvocation('alexa, what are the symptoms', name)).toEqual({ kind: 'intent', text: 'what are the symptoms' });
  });

  test('a one-shot request resolves like in-session speech', () => {
    const parsed = parseInvocation('ask bone cancer guide about chemo', name);
    if (parsed.kind !== 'intent') throw new Error('expected a one-shot request');
    const r = says(parsed.text);
    expect(r.intent).toBe('TellMeAboutIntent');
    expect(slotId(r, 'subject')).toBe('treatment.chemotherapy');
  });
});

describe('resolver: intents without slots', () => {
  test.each([
    // the model's own samples
    ['what are the symptoms', 'SymptomsIntent'],
    ['how is it treated', 'TreatmentIntent'],
    ['how is it diagnosed', 'DiagnosisIntent'],
    ['list topics', 'ListTopicsIntent'],
    // phrasings the samples do not have
    ['how do doctors treat it', 'TreatmentIntent'],
    ['what treatment is there', 'TreatmentIntent'],
    ['what tests do i need', 'DiagnosisIntent'],
    ['will it hurt', 'SymptomsIntent'],
    ['can you tell me about the symptoms', 'SymptomsIntent'],
    ['tell me about how it is treated', 'TreatmentIntent'],
    // typos, contractions, filler
    ['what are the symtoms', 'SymptomsIntent'],
    ['whats the symptoms', 'SymptomsIntent'],
    ['um so how is it treeted please', 'TreatmentIntent'],
    ['how r they diagnosing it', 'DiagnosisIntent'],
  ])('%j → %s', (utterance, intent) => {
    expect(says(utterance).intent).toBe(intent);
  });
});

// Built-in intents are reached through the samples the model gives them, like any other intent: the
// resolver has no phrases of its own for them.
describe('resolver: built-in intents', () => {
  test.each([
    ['yes please', 'AMAZON.YesIntent'],
    ['yeah', 'AMAZON.YesIntent'],
    ['sure', 'AMAZON.YesIntent'],
    ['okay', 'AMAZON.YesIntent'],
    ['no thanks', 'AMAZON.NoIntent'],
    ['nope not now', 'AMAZON.NoIntent'],
    ['help', 'AMAZON.HelpIntent'],
    ['help me please', 'AMAZON.HelpIntent'],
    ['stop', 'AMAZON.StopIntent'],
    ['ok stop', 'AMAZON.StopIntent'],
    ['quit', 'AMAZON.StopIntent'],
  ])('%j → %s', (utterance, intent) => {
    expect(says(utterance).intent).toBe(intent);
  });

  test('a built-in with no samples is never chosen', () => {
    // AMAZON.CancelIntent is declared with no samples; "cancel" is not read as a slip for "cancer" either.
    expect(says('cancel').intent).toBe('AMAZON.FallbackIntent');
    expect(says('cancel that').intent).toBe('AMAZON.FallbackIntent');
  });

  test('built-ins the model does not declare are never chosen', () => {
    expect(says('start over').intent).toBe('AMAZON.FallbackIntent');
    expect(says('go back').intent).toBe('AMAZON.FallbackIntent');
  });

  test('phrases of built-ins are only what the model gives them', () => {
    // The same model with StopIntent's samples removed: nothing else knows "stop".
    const lm = fixture.interactionModel.languageModel;
    const bare = createResolver({
      interactionModel: {
        languageModel: { ...lm, intents: lm.intents.map((i) => (i.name === 'AMAZON.StopIntent' ? { ...i, samples: [] } : i)) },
      },
    });
    expect(bare.resolve('stop').intent).toBe('AMAZON.FallbackIntent');
    expect(bare.resolve('yes please').intent).toBe('AMAZON.YesIntent');
  });
});

describe('resolver: slots', () => {
  test.each([
    ['tell me about chemo', 'chemo', 'treatment.chemotherapy'],
    ['tell me about chemotherapy', 'chemotherapy', 'treatment.chemotherapy'],
    ['Tell me about Chemo?', 'Chemo', 'treatment.chemotherapy'],
    ['tell me about chemotherpy', 'chemotherpy', 'treatment.chemotherapy'],
    ['what about radiation', 'radiation', 'treatment.radiotherapy'],
    ['tell me about radio therapy', 'radio therapy', 'treatment.radiotherapy'],
    ['i want to hear about bone scans', 'bone scans', 'test.bone_scan'],
    ['tell me about x rays', 'x rays', 'test.xray'],
    ['tell me about x-rays', 'x-rays', 'test.xray'],
    ['what about the xray', 'xray', 'test.xray'],
    ['more on m. r. i.', 'm. r. i.', 'test.mri'],
    ['tell me about an operation', 'an operation', 'treatment.surgery'],
    ['could you tell me about palliative care please', 'palliative care', 'care.palliative'],
  ])('%j → TellMeAboutIntent, subject %j (%s)', (utterance, value, id) => {
    const r = says(utterance);
    expect(r.intent).toBe('TellMeAboutIntent');
    expect(r.slots.subject?.value).toBe(value);
    expect(slotId(r, 'subject')).toBe(id);
  });

  test('a match reports the canonical name as well as the id', () => {
    expect(says('chemo please').slots.subject).toEqual({
      name: 'subject',
      value: 'chemo',
      resolution: { status: 'ER_SUCCESS_MATCH', id: 'treatment.chemotherapy', name: 'chemotherapy' },
    });
  });

  test.each([
    ['chemo', 'treatment.chemotherapy'],
    ['bone scan', 'test.bone_scan'],
    ['magnetic resonance imaging', 'test.mri'],
  ])('a bare value %j goes to the intent with the bare {subject} sample', (utterance, id) => {
    const r = says(utterance);
    expect(r.intent).toBe('TellMeAboutIntent');
    expect(slotId(r, 'subject')).toBe(id);
  });

  test.each([
    ['what does metastasis mean', 'metastasis', 'term.metastasis'],
    ['what do mets mean', 'mets', 'term.metastasis'],
    ['define hypercalcemia', 'hypercalcemia', 'term.hypercalcaemia'],
    ['what is high calcium', 'high calcium', 'term.hypercalcaemia'],
    ["what's osteolytic", 'osteolytic', 'term.osteolytic'],
    ['explain the word vertebroplasty', 'vertebroplasty', 'term.vertebroplasty'],
  ])('%j → DefineTermIntent, term %j (%s)', (utterance, value, id) => {
    const r = says(utterance);
    expect(r.intent).toBe('DefineTermIntent');
    expect(r.slots.term?.value).toBe(value);
    expect(slotId(r, 'term')).toBe(id);
  });

  test('a topic intent\'s own sample beats the glossary\'s "what is {term}"', () => {
    expect(says('what is the prognosis').intent).toBe('PrognosisIntent');
    expect(says("what's the prognosis").intent).toBe('PrognosisIntent');
    expect(says('define prognosis')).toMatchObject({ intent: 'DefineTermIntent', slots: { term: { value: 'prognosis' } } });
    expect(slotId(says('define prognosis'), 'term')).toBe('term.prognosis');
  });

  test('an unknown word in a clear carrier phrase is captured with ER_SUCCESS_NO_MATCH', () => {
    expect(says('what does flibbertigibbet mean')).toMatchObject({
      intent: 'DefineTermIntent',
      slots: { term: { name: 'term', value: 'flibbertigibbet', resolution: { status: 'ER_SUCCESS_NO_MATCH' } } },
    });
    expect(says('what does flibbertigibbet mean').slots.term?.resolution?.id).toBeUndefined();
    expect(says('tell me about zoledronate').slots.subject).toEqual({
      name: 'subject',
      value: 'zoledronate',
      resolution: { status: 'ER_SUCCESS_NO_MATCH' },
    });
  });

  test("someone's own word before a value is part of the slot, as Alexa fills it: then no value matches", () => {
    expect(says('define my prognosis')).toMatchObject({
      intent: 'DefineTermIntent',
      slots: { term: { value: 'my prognosis', resolution: { status: 'ER_SUCCESS_NO_MATCH' } } },
    });
    expect(slotId(says('what does his prognosis mean'), 'term')).toBe('ER_SUCCESS_NO_MATCH');
    // Without the word of one's own, the value still matches.
    expect(slotId(says('what does prognosis mean'), 'term')).toBe('term.prognosis');
  });

  test('an unfilled slot is present with an empty value and no resolution', () => {
    expect(says('tell me about it')).toMatchObject({ intent: 'TellMeAboutIntent', slots: { subject: { name: 'subject', value: '' } } });
    expect(says('tell me about it').slots.subject?.resolution).toBeUndefined();
  });

  test('intents without slots have an empty slot map', () => {
    expect(says('what are the symptoms').slots).toEqual({});
  });
});

describe('resolver: Fallback', () => {
  test.each([
    "what's the weather",
    'play music',
    'order a pizza',
    'set a timer for ten minutes',
    'turn on the lights',
    'flibbertigibbet',
    'what is the capital of france',
  ])('%j → AMAZON.FallbackIntent', (utterance) => {
    const r = says(utterance);
    expect(r.intent).toBe('AMAZON.FallbackIntent');
    expect(r.slots).toEqual({});
  });

  test.each(['', '   ', '?!', '\n\t'])('empty input %j → AMAZON.FallbackIntent', (utterance) => {
    expect(says(utterance)).toEqual({ intent: 'AMAZON.FallbackIntent', slots: {}, confidence: 1 });
  });

  test('very long input is read up to a bound and still resolves', () => {
    const long = `${'please tell me everything about the weather and chemo '.repeat(2000)}`;
    const r = says(long);
    expect(typeof r.intent).toBe('string');
    expect(r.confidence).toBeGreaterThanOrEqual(0);
  });
});

describe('resolver: behaviour', () => {
  test('deterministic: the same input always gives the same output, also from a fresh resolver', () => {
    const inputs = ['how do doctors treat it', 'tell me about chemotherpy', 'what does flibbertigibbet mean', 'order a pizza'];
    const first = inputs.map(says);
    const again = createResolver(fixture);
    for (let round = 0; round < 3; round++) {
      expect(inputs.map(says)).toEqual(first);
      expect(inputs.map((u) => again.resolve(u))).toEqual(first);
    }
  });

  test('confidence is between 0 and 1 and an exact sample is fully confident', () => {
    expect(says('how is it treated').confidence).toBe(1);
    for (const u of ['how do doctors treat it', 'order a pizza', 'tell me about x rays']) {
      const { confidence } = says(u);
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  });

  test('every sample of the fixture resolves to its own intent', () => {
    for (const intent of fixture.interactionModel.languageModel.intents) {
      for (const sample of intent.samples ?? []) {
        const text = sample.replace(/\{subject\}/g, 'chemo').replace(/\{term\}/g, 'biopsy');
        expect([text, says(text).intent]).toEqual([text, intent.name]);
      }
    }
  });

  test('explain lists the best readings, best first', () => {
    const ranked = resolver.explain('how do doctors treat it', 3);
    expect(ranked[0]?.intent).toBe('TreatmentIntent');
    expect(ranked.map((r) => r.score)).toEqual([...ranked.map((r) => r.score)].sort((a, b) => b - a));
  });
});

// The real interaction model and a held-out set of realistic utterances written without looking at it.
const MODEL_FILE = join(root, 'skill-package/interactionModels/custom/en-AU.json');
const HELD_OUT_FILE = join(root, 'test/fixtures/held-out-utterances.json');

// The model is generated and checked in: if it is missing, these fail rather than skip.
describe('resolver on the real model', () => {
  interface HeldOut {
    utterance: string;
    intent: string;
    slots?: Record<string, string>;
  }

  test('the model and the held-out set are present', () => {
    expect([MODEL_FILE, existsSync(MODEL_FILE)]).toEqual([MODEL_FILE, true]);
    expect([HELD_OUT_FILE, existsSync(HELD_OUT_FILE)]).toEqual([HELD_OUT_FILE, true]);
  });

  test('a built-in that leaves a named thing unsaid yields to a close reading whose slot names it', () => {
    const real = createResolver(readJson<InteractionModel>(MODEL_FILE));
    // "sorry what" is a repeat; "sorry what's a biopsy" asks what a biopsy is.
    expect(real.resolve('sorry what').intent).toBe('AMAZON.RepeatIntent');
    expect(real.resolve("sorry what's a biopsy").intent).toBe('DefineTermIntent');
    expect(real.resolve("sorry what's a biopsy again").intent).not.toBe('AMAZON.RepeatIntent');
  });

  test('a reading that drops a second thing named beside its value does not explain the question', () => {
    const real = createResolver(readJson<InteractionModel>(MODEL_FILE));
    // "bone marrow" is a term, but "what's a bone marrow biopsy" asks of a biopsy of it, which the question path weighs.
    expect(real.resolve("what's a bone marrow biopsy").intent).toBe('WhatQuestionIntent');
    expect(real.resolve("what's bone marrow").intent).toBe('DefineTermIntent');
  });

  test('a topic sample beats "what is {term}", and a subject resolves to its id', () => {
    const real = createResolver(readJson<InteractionModel>(MODEL_FILE));
    expect(real.resolve('what is the prognosis').intent).toBe('PrognosisIntent');
    const chemo = real.resolve('tell me about chemo');
    expect(chemo.intent).toBe('TellMeAboutIntent');
    expect(slotId(chemo, 'subject')).toBe('treatment.chemotherapy');
  });

  test('every built-in the model declares, except Fallback, has samples of its own', () => {
    const lm = readJson<InteractionModel>(MODEL_FILE).interactionModel.languageModel;
    const bare = lm.intents.filter(
      (i) => i.name.startsWith('AMAZON.') && i.name !== 'AMAZON.FallbackIntent' && (i.samples?.length ?? 0) === 0,
    );
    expect(bare.map((i) => i.name)).toEqual([]);
  });

  test('at least 90% of held-out utterances resolve to the expected intent', () => {
    const model = readJson<InteractionModel>(MODEL_FILE);
    const real = createResolver(model);
    const heldOut = readJson<HeldOut[]>(HELD_OUT_FILE);
    // Off-topic requests written for Fallback ("what's the weather") now also reach the question intents, as
    // they would on Alexa with a phrase slot; the skill then says the sheet does not cover them (conversation tests).
    const phraseIntents = new Set(
      model.interactionModel.languageModel.intents.filter((i) => i.slots?.some((s) => s.type === PHRASE_TYPE)).map((i) => i.name),
    );
    // A question about a topic may reach the question path too (docs/question-answering.md says which kinds do):
    // it is answered from the same sheet, and the question sets judge those answers (test/question-eval.test.ts).
    // Navigation, help and speed requests must reach their own intents.
    const contentIntents = new Set(
      (modelSource.intents as Array<{ name: string; topic?: string; subject?: string; slots?: unknown[] }>)
        .filter((i) => i.topic !== undefined || i.subject !== undefined || i.name === 'TellMeAboutIntent' || i.name === 'DefineTermIntent')
        .map((i) => i.name),
    );
    const fits = (h: HeldOut & { got: string }) =>
      h.got === h.intent || ((h.intent === FALLBACK_INTENT || contentIntents.has(h.intent)) && phraseIntents.has(h.got));
    const misses = heldOut
      .map((h) => ({ ...h, got: real.resolve(h.utterance).intent }))
      .filter((h) => !fits(h))
      .map((h) => `${h.utterance} → ${h.got} (expected ${h.intent})`);
    const accuracy = 1 - misses.length / heldOut.length;
    if (accuracy < 0.9) throw new Error(`held-out accuracy ${(accuracy * 100).toFixed(1)}%:\n${misses.join('\n')}`);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  test('every sample of the model resolves to its own intent', () => {
    const model = readJson<InteractionModel>(MODEL_FILE);
    const real = createResolver(model);
    const lm = model.interactionModel.languageModel;
    const firstValue = (intentName: string, slotName: string): string => {
      const type = lm.intents.find((i) => i.name === intentName)?.slots?.find((s) => s.name === slotName)?.type;
      // A phrase slot takes whatever is asked: a question's own words, none of them another question intent's
      // carrier ("feeling", "is that normal"), which would make the sample say two carriers.
      if (type === PHRASE_TYPE) return 'dizzy spells after the scan';
      return lm.types?.find((t) => t.name === type)?.values?.[0]?.name.value ?? slotName;
    };
    const wrong: string[] = [];
    for (const intent of lm.intents) {
      for (const sample of intent.samples ?? []) {
        const text = sample.replace(/\{(\w+)\}/g, (_, slot: string) => firstValue(intent.name, slot));
        const got = real.resolve(text).intent;
        if (got !== intent.name) wrong.push(`${text} → ${got} (expected ${intent.name})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
