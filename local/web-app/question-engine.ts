/// <reference lib="dom" />
// The question engine (lambda/question/answer.ts: the search over the sheet, its index and the question kinds) is
// not in page.js but in a second classic script, question.js, loaded when the page first needs it: when the person
// says something other than the skill's name, or when the page is idle after its first answer, whichever comes first
// (main.ts). So the script that must arrive before the app can answer is a third smaller, and the launch never waits
// for the engine (docs/performance.md, "Issue 17, fifth pass"). As on Lambda, where question.js is a file of its own.
import {
  FUNCTION_WORDS,
  HESITATIONS,
  isNumberStem,
  normalizeText,
  remembering,
  rememberingStem,
  stem,
  stems,
  tokenize,
} from '../../content/language/normalize';
import { corpusUnits } from '../../lambda/question/corpus';
import { layTerms } from './lay-terms';
import { type MeetingPlace, QUESTION_ENGINE, QUESTION_SCRIPT, type QuestionEngine } from './question-engine-key';

/**
 * What page.js lends question.js: every module the two would otherwise both carry (the build checks that there is
 * no other, and question.js checks that it was lent these), each as the exports question.js reads of it, by name.
 * In question.js each is a module with exactly these exports (scripts/build-web-app.mjs reads them from here): one
 * it imports that is not lent here fails its build. (Not the modules' namespaces: they kept every export alive in
 * page.js, the build's own functions too, and named each in both scripts.)
 */
export const SHARED = {
  'content/language/normalize.ts': {
    FUNCTION_WORDS,
    HESITATIONS,
    isNumberStem,
    normalizeText,
    remembering,
    rememberingStem,
    stem,
    stems,
    tokenize,
  },
  // The units the question index's stems and search table are worked out from (question-index.ts).
  'lambda/question/corpus.ts': { corpusUnits },
  // The lay-word terms its reading table is compiled from (lay-terms.ts).
  'local/web-app/lay-terms.ts': { layTerms },
} as const satisfies Readonly<Record<string, Readonly<Record<string, unknown>>>>;

let loading: Promise<QuestionEngine> | undefined;

/** The question engine, its script loaded (once) if it is not yet. A failed load is tried again next time. */
export function loadQuestionEngine(): Promise<QuestionEngine> {
  loading ??= new Promise<QuestionEngine>((resolve, reject) => {
    let arrived = false;
    (globalThis as MeetingPlace)[QUESTION_ENGINE] = {
      shared: SHARED,
      arrived(engine) {
        arrived = true;
        resolve(engine);
      },
    };
    const script = document.createElement('script');
    script.src = QUESTION_SCRIPT;
    // Run once it has arrived and the page is not busy: an inserted script is async (and parsed off the main thread).
    script.addEventListener('load', () => {
      if (!arrived) reject(new Error(`${QUESTION_SCRIPT} ran but did not start the question engine`));
    });
    script.addEventListener('error', () => reject(new Error(`${QUESTION_SCRIPT} could not be loaded`)));
    document.head.append(script);
  }).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Starts loading the engine, for later: a failure here is met again, and reported, when it is needed. */
export function loadQuestionEngineAhead(): void {
  loadQuestionEngine().catch(() => undefined);
}
