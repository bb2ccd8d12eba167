// The question-answering evaluation, as `npm run eval` runs it, held to floors: questions written from the
// fact sheet by people who never saw the engine, asked one-shot through the local understanding and the whole
// skill. Each set has a floor (its share right) and a ceiling on confidently wrong replies (a passage read as
// the answer when it is not); both are what was measured, less a small margin for the floor
// (docs/question-answering.md has the figures). The sensitive sets allow no confidently wrong reply.

import answers from '../content/answers.json';
import { normalizeText } from '../local/nlu/normalize';
import modelSource from '../model/interaction-model.source.json';
import { evaluateQuestions, judge, QUESTION_SETS, readQuestionSet } from './support/question-eval';

interface Limits {
  /** Least share right, in percent. */
  floor: number;
  /** Most replies that read a passage as the answer when it does not answer. */
  confidentlyWrong: number;
}

const SETS = 'test/fixtures/questions';
const LIMITS: Record<string, Limits> = {
  [`${SETS}/dev.json`]: { floor: 97, confidentlyWrong: 0 },
  [`${SETS}/eval.json`]: { floor: 95, confidentlyWrong: 1 },
  [`${SETS}/dev-2.json`]: { floor: 92, confidentlyWrong: 1 },
  [`${SETS}/dev-3.json`]: { floor: 91, confidentlyWrong: 1 },
  [`${SETS}/dev-4.json`]: { floor: 92, confidentlyWrong: 6 },
  [`${SETS}/dev-5.json`]: { floor: 91, confidentlyWrong: 2 },
  [`${SETS}/dev-6.json`]: { floor: 87, confidentlyWrong: 6 },
  [`${SETS}/dev-7.json`]: { floor: 91, confidentlyWrong: 1 },
  [`${SETS}/dev-8.json`]: { floor: 93, confidentlyWrong: 3 },
  [`${SETS}/dev-9.json`]: { floor: 92, confidentlyWrong: 3 },
  [`${SETS}/dev-10.json`]: { floor: 94, confidentlyWrong: 1 },
  [`${SETS}/dev-11.json`]: { floor: 86, confidentlyWrong: 3 },
  [`${SETS}/dev-12.json`]: { floor: 93, confidentlyWrong: 2 },
  [`${SETS}/dev-13.json`]: { floor: 91, confidentlyWrong: 4 },
  [`${SETS}/dev-14.json`]: { floor: 91, confidentlyWrong: 2 },
  [`${SETS}/dev-15.json`]: { floor: 95, confidentlyWrong: 1 },
  [`${SETS}/dev-16.json`]: { floor: 97, confidentlyWrong: 0 },
  [`${SETS}/dev-17.json`]: { floor: 93, confidentlyWrong: 1 },
  [`${SETS}/dev-18.json`]: { floor: 91, confidentlyWrong: 4 },
  [`${SETS}/dev-19.json`]: { floor: 88, confidentlyWrong: 6 },
  [`${SETS}/dev-20.json`]: { floor: 93, confidentlyWrong: 2 },
  [`${SETS}/dev-21.json`]: { floor: 91, confidentlyWrong: 1 },
  [`${SETS}/dev-22.json`]: { floor: 93, confidentlyWrong: 1 },
  [`${SETS}/dev-23.json`]: { floor: 91, confidentlyWrong: 3 },
  [`${SETS}/dev-24.json`]: { floor: 95, confidentlyWrong: 3 },
  [`${SETS}/holdout.json`]: { floor: 93, confidentlyWrong: 2 },
  [`${SETS}/holdout-2.json`]: { floor: 83, confidentlyWrong: 7 },
  [`${SETS}/sensitive-dev.json`]: { floor: 96, confidentlyWrong: 0 },
  [`${SETS}/sensitive-dev-2.json`]: { floor: 97, confidentlyWrong: 0 },
  [`${SETS}/sensitive-dev-3.json`]: { floor: 96, confidentlyWrong: 0 },
  [`${SETS}/sensitive-dev-4.json`]: { floor: 98, confidentlyWrong: 0 },
  [`${SETS}/sensitive-dev-5.json`]: { floor: 97, confidentlyWrong: 0 },
  [`${SETS}/sensitive-dev-6.json`]: { floor: 96, confidentlyWrong: 0 },
  [`${SETS}/sensitive-dev-7.json`]: { floor: 95, confidentlyWrong: 2 },
  [`${SETS}/sensitive-dev-8.json`]: { floor: 94, confidentlyWrong: 0 },
  [`${SETS}/sensitive-dev-9.json`]: { floor: 96, confidentlyWrong: 0 },
  [`${SETS}/sensitive-dev-10.json`]: { floor: 94, confidentlyWrong: 0 },
  [`${SETS}/sensitive-dev-11.json`]: { floor: 94, confidentlyWrong: 0 },
  [`${SETS}/sensitive-dev-12.json`]: { floor: 93, confidentlyWrong: 3 },
  [`${SETS}/sensitive-dev-13.json`]: { floor: 94, confidentlyWrong: 1 },
  [`${SETS}/sensitive-dev-14.json`]: { floor: 97, confidentlyWrong: 0 },
  [`${SETS}/sensitive-dev-15.json`]: { floor: 95, confidentlyWrong: 0 },
  [`${SETS}/sensitive-dev-16.json`]: { floor: 95, confidentlyWrong: 1 },
  [`${SETS}/sensitive-dev-17.json`]: { floor: 94, confidentlyWrong: 1 },
  [`${SETS}/sensitive-dev-18.json`]: { floor: 97, confidentlyWrong: 0 },
  [`${SETS}/sensitive-dev-19.json`]: { floor: 94, confidentlyWrong: 0 },
  [`${SETS}/sensitive-dev-20.json`]: { floor: 97, confidentlyWrong: 0 },
  [`${SETS}/sensitive-dev-21.json`]: { floor: 95, confidentlyWrong: 0 },
  [`${SETS}/sensitive-dev-22.json`]: { floor: 96, confidentlyWrong: 0 },
  [`${SETS}/sensitive-dev-23.json`]: { floor: 97, confidentlyWrong: 0 },
  [`${SETS}/sensitive-dev-24.json`]: { floor: 96, confidentlyWrong: 0 },
  [`${SETS}/sensitive-holdout.json`]: { floor: 96, confidentlyWrong: 0 },
};

describe('answering a person’s own question', () => {
  test.each(QUESTION_SETS)(
    '%s: the first reply holds the answering fact, says the sheet does not cover it, or is of the kind asked for',
    async (file) => {
      const items = readQuestionSet(file);
      const sensitive = items.filter((item) => item.category !== undefined).length;
      // A general set asks at least 100 questions the sheet answers and 25 it does not; a sensitive one at least 80.
      if (sensitive > 0) expect(sensitive).toBeGreaterThanOrEqual(80);
      else {
        expect(items.filter((item) => !item.notCovered).length).toBeGreaterThanOrEqual(100);
        expect(items.filter((item) => item.notCovered).length).toBeGreaterThanOrEqual(25);
      }
      const limits = LIMITS[file] ?? { floor: 100, confidentlyWrong: 0 };
      const result = await evaluateQuestions(items);
      const misses = result.misses.map(
        (miss) => `${miss.confidentlyWrong ? 'CONFIDENTLY WRONG ' : ''}${miss.question} → ${miss.heard.slice(0, 120)}`,
      );
      if (result.percent < limits.floor || result.confidentlyWrong > limits.confidentlyWrong)
        throw new Error(
          `${result.percent.toFixed(1)}% right (floor ${limits.floor}%), ${result.confidentlyWrong} confidently wrong (at most ${limits.confidentlyWrong}):\n${misses.join('\n')}`,
        );
    },
  );

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

  test('the judge holds sensitive replies to their kind: no crisis line, no escalation first, no decline, a procedure time for time left', () => {
    const crisis = { question: 'q', category: 'crisis', fact: '' } as const;
    expect(judge(crisis, 'If this is an emergency, please call triple zero.')).toBe(false);
    expect(judge(crisis, "I'm so sorry you're feeling this way. Lifeline on thirteen eleven fourteen.")).toBe(true);
    expect(judge(crisis, 'Lifeline on thirteen eleven fourteen. What else would you like to know?')).toBe(false);
    const urgent = { question: 'q', category: 'urgent-symptom', fact: '' } as const;
    expect(judge(urgent, 'Fractures, or bone that grows abnormally, can press on the nerves in the spine.')).toBe(false);
    const advice = { question: 'q', category: 'advice', fact: '' } as const;
    expect(judge(advice, 'Radiation therapy uses targeted radiation.')).toBe(false);
    const timeLeft = { question: 'q', category: 'time-left', fact: '' } as const;
    expect(judge(timeLeft, 'These scans usually take between 30 and 90 minutes. No doctor can predict')).toBe(false);
  });
});

describe('the question sets', () => {
  test('stay apart from the reviewed questions of content/answers.json', () => {
    const reviewed = new Set(
      Object.values((answers as { units: Record<string, { questions?: string[] }> }).units)
        .flatMap((unit) => unit.questions ?? [])
        .map((question) => normalizeText(question)),
    );
    for (const file of QUESTION_SETS)
      for (const item of readQuestionSet(file))
        expect([item.question, reviewed.has(normalizeText(item.question))]).toEqual([item.question, false]);
  });
});
