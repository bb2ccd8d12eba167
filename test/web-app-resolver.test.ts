// The web app's resolver is compiled from tables made at build time (local/nlu/tables.ts), not from the model's
// text: it must understand every utterance exactly as the resolver compiled from the model does (Node's, the
// routing set's). Compared here on every sample of the model, the held-out utterances, the routing set, the
// question sets and some mangled forms of them, through the tables as the build writes them (JSON and back).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InteractionModel } from '../local/nlu/model';
import { createResolver } from '../local/nlu/resolver';
import { buildResolverTables, modelFromTables, RESOLVER_TABLES } from '../local/nlu/tables';
import { QUESTION_SETS, readQuestionSet } from './support/question-eval';

const ROOT = join(__dirname, '..');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as T;

const model = readJson<InteractionModel>('skill-package/interactionModels/custom/en-AU.json');
const asBuilt = JSON.stringify(buildResolverTables(model));
const fromModel = createResolver(model);
// As the build gives it to the page: the model's names and slots only, with the tables attached.
const stub = {
  interactionModel: {
    languageModel: {
      invocationName: model.interactionModel.languageModel.invocationName,
      intents: model.interactionModel.languageModel.intents.map(({ name, slots }) => ({ name, slots })),
    },
  },
  [RESOLVER_TABLES]: () => JSON.parse(asBuilt),
};
const fromTables = createResolver(stub as unknown as InteractionModel);

function utterances(): string[] {
  const samples = model.interactionModel.languageModel.intents.flatMap((intent) =>
    (intent.samples ?? []).map((sample) => sample.replace(/\{[^}]*\}/g, 'chemo')),
  );
  const heldOut = readJson<{ utterance: string }[]>('test/fixtures/held-out-utterances.json').map((item) => item.utterance);
  const routing = readJson<{ items: { said: string }[] }>('eval/routing/en-AU.json').items.map((item) => item.said);
  const questions = QUESTION_SETS.flatMap((file) => readQuestionSet(file).map((item) => item.question));
  const all = [...samples, ...heldOut, ...routing, ...questions];
  // Typos, run-together and split words, contractions: the repairs that read the model's vocabulary.
  const mangled = all.slice(0, 400).map((text, i) => {
    const words = text.split(' ');
    const k = i % words.length;
    const word = words[k] ?? '';
    words[k] =
      i % 3 === 0
        ? `${word.slice(0, 2)}${word.slice(3, 4)}${word.slice(2, 3)}${word.slice(4)}`
        : i % 3 === 1
          ? `${word}${words[k + 1] ?? ''}`
          : `${word}s`;
    if (i % 3 === 1) words.splice(k + 1, 1);
    return words.join(' ');
  });
  return [...new Set([...all, ...mangled, 'what does flibbertigibbet mean', 'order a pizza', '', 'um'])];
}

test('the tables are data: JSON, smaller than the model they stand for', () => {
  expect(asBuilt.length).toBeLessThan(JSON.stringify(model).length);
  expect(modelFromTables(JSON.parse(asBuilt)).model.interactionModel.languageModel.intents).toHaveLength(
    model.interactionModel.languageModel.intents.length,
  );
});

test('the resolver compiled from the tables understands every utterance as the one compiled from the model', () => {
  const texts = utterances();
  expect(texts.length).toBeGreaterThan(2000);
  const differ = texts.filter((text) => JSON.stringify(fromTables.resolve(text)) !== JSON.stringify(fromModel.resolve(text)));
  expect(differ).toEqual([]);
  // The scores behind each choice too, not only the choice.
  const ranked = (r: typeof fromModel, text: string) => r.explain(text, 8).map(({ intent, score }) => `${intent} ${score}`);
  expect(texts.filter((text) => ranked(fromTables, text).join() !== ranked(fromModel, text).join())).toEqual([]);
});
