// Where the page (page.js) and the question engine's own script (question.js) meet: the page lends the engine the
// modules both use (so that there is one copy of each, with one state), and the engine, once it has run, hands
// itself to the page. Both scripts are classic ones (ES modules do not load from file://), so they meet on the
// page's global object, under a key no other script uses. docs/web-app.md, "Two classic scripts".
import type * as Engine from '../../lambda/question/answer';

/** The question engine: lambda/question/answer.ts, as find.ts imports it. */
export type QuestionEngine = typeof Engine;

/** The engine's script, beside the page's. */
export const QUESTION_SCRIPT = 'question.js';

export const QUESTION_ENGINE = Symbol.for('bone-cancer-guide.question-engine');

export interface Meeting {
  /** Modules of page.js that question.js uses too, by their path in the repository (scripts/build-web-app.mjs). */
  readonly shared: Readonly<Record<string, unknown>>;
  arrived(engine: QuestionEngine): void;
}

export type MeetingPlace = { [QUESTION_ENGINE]?: Meeting };
