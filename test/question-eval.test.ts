// The question-answering evaluation, as `npm run eval` runs it, held to a floor: questions written from the
// fact sheet by people who never saw the interaction model, asked one-shot through the whole skill.
// dev.json is the set answers were worked on with; eval.json was only ever measured.

import { normalizeText } from '../local/nlu/normalize';
import modelSource from '../model/interaction-model.source.json';
import { evaluateQuestions, judge, QUESTION_SETS, readQuestionSet } from './support/question-eval';

const FLOORS: Record<string, number> = {
  'test/fixtures/questions/dev.json': 93,
  'test/fixtures/questions/eval.json': 86,
};

describe('answering a person’s own question', () => {
  test.each(QUESTION_SETS)('%s: the first reply holds the answering fact, or says the sheet does not cover it', async (file) => {
    const items = readQuestionSet(file);
    expect(items.filter((item) => !item.notCovered).length).toBeGreaterThanOrEqual(100);
    expect(items.filter((item) => item.notCovered).length).toBeGreaterThanOrEqual(25);
    const result = await evaluateQuestions(items);
    const misses = result.misses.map((miss) => `${miss.question} → ${miss.heard.slice(0, 120)}`).join('\n');
    if (result.percent < (FLOORS[file] ?? 100))
      throw new Error(`${result.percent.toFixed(1)}% is under the floor of ${FLOORS[file]}%:\n${misses}`);
  });

  test('the sets are test sets: no question is a sample of the model, and no sample is a question', () => {
    const samples = new Set(
      (modelSource.intents as Array<{ samples: string[] }>).flatMap((intent) => intent.samples).map((sample) => normalizeText(sample)),
    );
    for (const file of QUESTION_SETS)
      for (const item of readQuestionSet(file))
        expect([item.question, samples.has(normalizeText(item.question))]).toEqual([item.question, false]);
  });

  test('the judge can fail: a reply without the fact, and a confident answer to an uncovered question', () => {
    expect(judge({ question: 'q', expect: [['numb']], fact: '' }, 'The most common symptom is pain.')).toBe(false);
    expect(judge({ question: 'q', notCovered: true, fact: '' }, 'Chemotherapy uses drugs to kill cancer cells.')).toBe(false);
    expect(judge({ question: 'q', notCovered: true, fact: '' }, "The fact sheet doesn't cover that.")).toBe(true);
  });
});
