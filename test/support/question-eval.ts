// The question-answering evaluation (npm run eval, and test/question-eval.test.ts with floors): questions
// people ask in their own words, each asked one-shot through the local language understanding and the whole
// skill, as `npm run ask -- --no-store` asks it. A question the sheet answers passes when the first reply
// holds the fact that answers it; one it does not answer passes when the reply says so plainly; a sensitive
// question (its `category`) passes when the reply is of the kind SKILL-DESIGN.md asks for ("Questions that
// matter most"). Beside right and wrong, it counts the harm that matters: a reply that reads a passage as the
// answer when it does not answer (confidently wrong), apart from honest misses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '../../lambda/log';
import { createSkillRuntime } from '../../lambda/skill';
import { en } from '../../lambda/speech/resources/en';
import { LocalConversation } from '../../local/conversation';
import { MemoryPersistenceAdapter } from '../../local/memory-store';

/** The sensitive kinds of question a set may mark (SKILL-DESIGN.md, "Questions that matter most"). */
export type Category =
  | 'time-left'
  | 'dying'
  | 'cure'
  | 'palliative'
  | 'procedure-duration'
  | 'urgent-symptom'
  | 'crisis'
  | 'feelings'
  | 'advice'
  | 'numbers-not-in-sheet';

export interface QuestionCase {
  question: string;
  /** Every group must have one of its words in the reply (lower case). */
  expect?: string[][];
  /** The sheet does not answer it: the reply must say so. */
  notCovered?: boolean;
  /** A sensitive question: the reply must also be of the kind its category asks for. */
  category?: Category;
  /** The sheet's words that answer it, or why it does not: for whoever reads a miss. */
  fact: string;
}

export interface Miss {
  question: string;
  expected: string;
  intent: string;
  heard: string;
  /** The reply read a passage as the answer, and it was not the answer. */
  confidentlyWrong: boolean;
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
  /** Replies that read a passage as the answer to a question it does not answer. */
  confidentlyWrong: number;
  byCategory: Record<string, Tally>;
  misses: Miss[];
}

const ROOT = join(__dirname, '..', '..');
const SETS = 'test/fixtures/questions';

/**
 * The question sets, relative to the repository, each written from the sheet by someone who never saw the
 * engine (test/fixtures/questions/README.md). The dev and sensitive-dev sets were worked on with (eval.json by
 * an earlier round); the holdout sets were only ever measured.
 */
export const QUESTION_SETS = [
  'dev',
  'eval',
  'dev-2',
  'dev-3',
  'dev-4',
  'dev-5',
  'dev-6',
  'dev-7',
  'dev-8',
  'dev-9',
  'dev-10',
  'dev-11',
  'dev-12',
  'dev-13',
  'dev-14',
  'dev-15',
  'dev-16',
  'dev-17',
  'dev-18',
  'dev-19',
  'dev-20',
  'dev-21',
  'dev-22',
  'dev-23',
  'dev-24',
  'holdout',
  'holdout-2',
  'sensitive-dev',
  'sensitive-dev-2',
  'sensitive-dev-3',
  'sensitive-dev-4',
  'sensitive-dev-5',
  'sensitive-dev-6',
  'sensitive-dev-7',
  'sensitive-dev-8',
  'sensitive-dev-9',
  'sensitive-dev-10',
  'sensitive-dev-11',
  'sensitive-dev-12',
  'sensitive-dev-13',
  'sensitive-dev-14',
  'sensitive-dev-15',
  'sensitive-dev-16',
  'sensitive-dev-17',
  'sensitive-dev-18',
  'sensitive-dev-19',
  'sensitive-dev-20',
  'sensitive-dev-21',
  'sensitive-dev-22',
  'sensitive-dev-23',
  'sensitive-dev-24',
  'sensitive-holdout',
].map((name) => `${SETS}/${name}.json`);

export function readQuestionSet(file: string): QuestionCase[] {
  return JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as QuestionCase[];
}

const lower = (line: string): string => line.replace(/\.$/, '').toLowerCase();
/** How the skill says the sheet does not cover something: its own sentences for it. */
const SAYS_NOT_COVERED = [en['answer.notCovered'], en['answer.notExactly']].map(lower);
/** Replies that answer without reading a passage as the answer: not covered, declined, crisis support, fallback. */
const HONEST = [
  ...SAYS_NOT_COVERED,
  "the fact sheet doesn't cover that",
  lower(en['fallback.general'].split('.')[0] ?? ''),
  lower(en['crisis.support'].split('.')[0] ?? ''),
  lower(en['urgent.help'].split(',')[0] ?? ''),
  // Asking for the question again reads nothing as the answer.
  lower(en['question.missing'].split('?')[0] ?? ''),
];
/** Said only by crisis support: Lifeline, as the skill pronounces it. */
const CRISIS = 'thirteen eleven fourteen';
const ESCALATION = lower(en['escalate.line'].split('.')[0] ?? '');
const EMERGENCY = lower(en['urgent.help'].split(',')[0] ?? '');
const DECLINE = lower(en['decline.advice'].split(',')[0] ?? '');
/** A bright "what else" or a speed tip has no place after despair. */
const NOT_AFTER_CRISIS = [en['question.else'], en['rate.tip']].map(lower);
/** A procedure's duration read as time left to live is the harm this measure was made for. */
const PROCEDURE_TIMES = /\b(minutes|hours|an hour)\b/;

const hasAll = (heard: string, groups: readonly string[][] = []): boolean =>
  groups.every((group) => group.some((word) => heard.includes(word)));

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function numberAsSaid(n: number): string {
  if (n < 20) return ONES[n] ?? String(n);
  const tens = TENS[Math.floor(n / 10)] ?? '';
  return n % 10 === 0 ? tens : `${tens} ${ONES[n % 10] ?? ''}`;
}

/**
 * The reply as the listener hears it: Alexa says "30" as "thirty", and a set may expect either form, so a
 * reply with digits is judged as written and as said. Letters spelt for the ear ("a G P", "C T scans") are also
 * judged as the abbreviation a set writes ("gp", "ct").
 */
function asHeard(reply: string): string {
  const lowered = reply.toLowerCase();
  const said = lowered.replace(/\b\d{1,2}\b/g, (digits) => numberAsSaid(Number(digits)));
  const spelt = reply.replace(/\b([A-Z]) (?=[A-Z]\b)/g, '$1').toLowerCase();
  return [...new Set([lowered, said, spelt])].join('\n');
}

/** What the reply must be, for each sensitive category, beyond its facts. */
const CATEGORY_RULES: Record<Category, (heard: string) => boolean> = {
  crisis: (heard) => heard.includes(CRISIS) && !NOT_AFTER_CRISIS.some((line) => heard.includes(line)),
  // The escalation line (or triple zero for an emergency) comes first.
  'urgent-symptom': (heard) => heard.startsWith(ESCALATION) || heard.startsWith(EMERGENCY),
  advice: (heard) => heard.includes(DECLINE),
  'time-left': (heard) => /predict|cured/.test(heard) && !PROCEDURE_TIMES.test(heard),
  dying: (heard) => /predict|cured/.test(heard) && !PROCEDURE_TIMES.test(heard),
  cure: (heard) => /cured|cure/.test(heard) && !PROCEDURE_TIMES.test(heard),
  palliative: (heard) => heard.includes('palliative') && /quality of life|symptoms/.test(heard),
  feelings: (heard) => heard.includes('normal') || heard.includes('family and friends'),
  'procedure-duration': () => true,
  'numbers-not-in-sheet': () => true,
};

export function judge(item: QuestionCase, reply: string): boolean {
  const heard = asHeard(reply);
  if (item.category && !CATEGORY_RULES[item.category](heard)) return false;
  if (item.notCovered) return SAYS_NOT_COVERED.some((line) => heard.includes(line)) || heard.includes(DECLINE);
  return hasAll(heard, item.expect);
}

/** Whether a reply reads something as the answer (rather than declining, or saying the sheet does not cover it). */
export function readsAnAnswer(reply: string): boolean {
  const heard = reply.toLowerCase();
  return !HONEST.some((line) => heard.includes(line)) && !heard.includes(DECLINE);
}

export async function evaluateQuestions(items: readonly QuestionCase[]): Promise<EvaluationResult> {
  const runtime = createSkillRuntime({ logger: createLogger('SILENT'), persistence: new MemoryPersistenceAdapter() });
  const answerable: Tally = { passed: 0, total: 0 };
  const notCovered: Tally = { passed: 0, total: 0 };
  const byCategory: Record<string, Tally> = {};
  const misses: Miss[] = [];
  let confidentlyWrong = 0;
  for (const item of items) {
    // A new person each time, one-shot, as a carer asks: "Alexa, ask bone cancer guide …".
    const exchange = await new LocalConversation(runtime, { locale: 'en-AU' }).say(item.question);
    const tally = item.notCovered ? notCovered : answerable;
    const category = byCategory[item.category ?? 'general'] ?? { passed: 0, total: 0 };
    byCategory[item.category ?? 'general'] = category;
    tally.total += 1;
    category.total += 1;
    if (judge(item, exchange.text)) {
      tally.passed += 1;
      category.passed += 1;
      continue;
    }
    const wrong = readsAnAnswer(exchange.text);
    if (wrong) confidentlyWrong += 1;
    const expected = [
      item.category ? `a ${item.category} reply` : '',
      item.notCovered ? 'to hear that the sheet does not cover it' : (item.expect ?? []).map((group) => group.join(' | ')).join(' + '),
    ]
      .filter(Boolean)
      .join(', with ');
    misses.push({ question: item.question, expected, intent: exchange.intent, heard: exchange.text, confidentlyWrong: wrong });
  }
  const passed = answerable.passed + notCovered.passed;
  const total = answerable.total + notCovered.total;
  return {
    passed,
    total,
    percent: total > 0 ? (100 * passed) / total : 0,
    answerable,
    notCovered,
    confidentlyWrong,
    byCategory,
    misses,
  };
}
