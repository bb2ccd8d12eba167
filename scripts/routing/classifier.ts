// A second opinion on routing: a statistical intent classifier (NLP.js, a small neural network over word
// stems) trained on our own interaction model, as Alexa's statistical model is. It is no stand-in for
// Alexa, and neither is our template matcher (local/nlu); where the two read an utterance differently, or
// the classifier's top two are close, the model leaves room for a device to misroute it.
//
// How the model becomes training data:
// - a sample is one training document, in the one normalisation our matcher uses (contractions, spelled
//   letters);
// - a custom slot type (SUBJECT, TERM) is an NLP.js enum entity with one option per value id (its name and
//   synonyms), and `{slot}` in a sample is that entity in the document, so a filled slot reads as the slot;
//   the option found is the slot's resolved id;
// - a phrase slot (AMAZON.SearchQuery) is a wildcard NLP.js has no way to say: its samples train on their
//   carrier words alone, which is all the evidence a phrase-slot sample gives;
// - below NLP.js's confidence threshold the answer is None, read as AMAZON.FallbackIntent.
import { containerBootstrap } from '@nlpjs/core';
import { LangEn } from '@nlpjs/lang-en-min';
import { Nlp } from '@nlpjs/nlp';
import type { InteractionModel } from '../../local/nlu/model';
import { normalizeText } from '../../local/nlu/normalize';
import { FALLBACK } from './set';

const PHRASE_TYPE = 'AMAZON.SearchQuery';
const LOCALE = 'en';
/** NLP.js's own default: a best score under it is None. */
const THRESHOLD = 0.5;

export interface Classification {
  intent: string;
  /** The slot the intent's entity filled, with its resolved value id. */
  slot?: { name: string; id: string };
  /** Every intent the classifier scored, best first (None, Fallback's stand-in, included). */
  ranked: Array<{ intent: string; score: number }>;
}

export interface IntentClassifier {
  classify(text: string): Promise<Classification>;
}

const entityName = (slotType: string): string => slotType.toLowerCase();

export async function trainClassifier(model: InteractionModel): Promise<IntentClassifier> {
  const languageModel = model.interactionModel.languageModel;
  const container = await containerBootstrap();
  (container as { use(plugin: unknown): void }).use(LangEn);
  const nlp = new Nlp({
    container,
    languages: [LOCALE],
    autoSave: false,
    autoLoad: false,
    forceNER: true,
    threshold: THRESHOLD,
    nlu: { log: false },
  });

  // Exact value names, as a slot resolves them, found by a dictionary lookup instead of a fuzzy scan of every
  // name (which takes 30 ms an utterance).
  (nlp as unknown as { ner: { settings: { threshold: number } } }).ner.settings.threshold = 1;
  for (const type of languageModel.types ?? [])
    for (const value of type.values ?? [])
      nlp.addNerRuleOptionTexts(LOCALE, entityName(type.name), value.id ?? value.name.value, [
        ...new Set([value.name.value, ...(value.name.synonyms ?? [])].map(normalizeText)),
      ]);

  const namesOf = new Map(
    (languageModel.types ?? []).map((type) => [type.name, (type.values ?? []).map((v) => [v.name.value, ...(v.name.synonyms ?? [])])]),
  );
  for (const intent of languageModel.intents) {
    const types = new Map((intent.slots ?? []).map((slot) => [slot.name, slot.type]));
    (intent.samples ?? []).forEach((sample, index) => {
      for (const text of documentsOf(sample, index, types, namesOf)) nlp.addDocument(LOCALE, text, intent.name);
    });
  }
  await nlp.train();

  return {
    async classify(text: string): Promise<Classification> {
      const result = await nlp.process(LOCALE, normalizeText(text));
      const intent = result.intent === 'None' ? FALLBACK : result.intent;
      const ranked = [...result.classifications].sort((a, b) => b.score - a.score);
      const slots = languageModel.intents.find((i) => i.name === intent)?.slots ?? [];
      const filled = slots
        .map((slot) => ({ slot, entity: result.entities.find((e) => e.entity === entityName(slot.type)) }))
        .find(({ entity }) => entity?.option !== undefined);
      return { intent, ranked, ...(filled?.entity?.option ? { slot: { name: filled.slot.name, id: filled.entity.option } } : {}) };
    },
  };
}

/**
 * A sample's training documents: a slot of a custom type once as the entity marker and once with each of
 * its values, by its name and by one of its synonyms in turn from sample to sample (so the words people say
 * are learnt in the samples' context, as Alexa learns them); a phrase slot as nothing, leaving the carrier
 * words.
 */
function documentsOf(
  sample: string,
  index: number,
  types: ReadonlyMap<string, string>,
  namesOf: ReadonlyMap<string, ReadonlyArray<readonly string[]>>,
): string[] {
  const slot = /\{(\w+)\}/.exec(sample)?.[1];
  const type = slot ? types.get(slot) : undefined;
  if (!slot || !type || type === PHRASE_TYPE) return [normalizeText(sample.replace(/\{\w+\}/g, ' '))].filter(Boolean);
  const [before = '', after = ''] = sample.split(`{${slot}}`);
  const marker = `%${entityName(type)}%`;
  const around = (middle: string, keep: boolean) =>
    [normalizeText(before), keep ? middle : normalizeText(middle), normalizeText(after)].filter(Boolean).join(' ');
  const values = namesOf.get(type) ?? [];
  const said = values.flatMap(([name = '', ...synonyms]) => [
    name,
    ...(synonyms.length > 0 ? [synonyms[index % synonyms.length] as string] : []),
  ]);
  return [around(marker, true), ...new Set(said.map((name) => around(name, false)))];
}
