// The question-answering evaluation (npm run eval, and test/question-eval.test.ts with a floor): questions
// people ask in their own words, each asked one-shot through the local language understanding and the whole
// skill, as `npm run ask -- --no-store` asks it. A question the sheet answers passes when the first reply
// holds the fact that answers it; one it does not answer passes when the reply says so plainly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '../../lambda/log';
import { createSkillRuntime } from '../../lambda/skill';
import { en } from '../../lambda/speech/resources/en';
import { LocalConversation } from '../../local/conversation';
import { MemoryPersistenceAdapter } from '../../local/memory-store';

export interface QuestionCase {
  question: string;
  /** Every group must have one of its words in the reply (lower case). */
  expect?: string[][];
  /** The sheet does not answer it: the reply must say so. */
  notCovered?: boolean;
  /** The sheet's words that answer it, or why it does not: for whoever reads a miss. */
  fact: string;
}

export interface Miss {
  question: string;
  expected: string;
  intent: string;
  heard: string;
}

interface Tally {
  passed: number;
  total: number;
}

export interface EvaluationResult {
  passed: number;
  total: number;
  percent: number;
  answerable: Tally;
  notCovered: Tally;
  misses: Miss[];
}

const ROOT = join(__dirname, '..', '..');

/** The question sets, relative to the repository: dev.json is for working on answers, eval.json only measures. */
export const QUESTION_SETS = ['test/fixtures/questions/dev.json', 'test/fixtures/questions/eval.json'];

export function readQuestionSet(file: string): QuestionCase[] {
  return JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as QuestionCase[];
}

/** How the skill says the sheet does not cover something: its own two sentences for it. */
const SAYS_NOT_COVERED = [en['answer.notCovered'], en['answer.notExactly']].map((line) => line.replace(/\.$/, '').toLowerCase());

export function judge(item: QuestionCase, reply: string): boolean {
  const heard = reply.toLowerCase();
  if (item.notCovered) return SAYS_NOT_COVERED.some((line) => heard.includes(line));
  return (item.expect ?? []).every((group) => group.some((word) => heard.includes(word)));
}

export async function evaluateQuestions(items: readonly QuestionCase[]): Promise<EvaluationResult> {
  const runtime = createSkillRuntime({ logger: createLogger('SILENT'), persistence: new MemoryPersistenceAdapter() });
  const answerable: Tally = { passed: 0, total: 0 };
  const notCovered: Tally = { passed: 0, total: 0 };
  const misses: Miss[] = [];
  for (const item of items) {
    // A new person each time, one-shot, as a carer asks: "Alexa, ask bone cancer guide …".
    const exchange = await new LocalConversation(runtime, { locale: 'en-AU' }).say(item.question);
    const tally = item.notCovered ? notCovered : answerable;
    tally.total += 1;
    if (judge(item, exchange.text)) tally.passed += 1;
    else {
      const expected = item.notCovered
        ? 'to hear that the sheet does not cover it'
        : (item.expect ?? []).map((group) => group.join(' | ')).join(' + ');
      misses.push({ question: item.question, expected, intent: exchange.intent, heard: exchange.text });
    }
  }
  const passed = answerable.passed + notCovered.passed;
  const total = answerable.total + notCovered.total;
  return { passed, total, percent: total > 0 ? (100 * passed) / total : 0, answerable, notCovered, misses };
}
