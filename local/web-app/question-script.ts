// question.js: the question engine as a classic script of its own (question-engine.ts loads it), which hands itself
// to the page when it runs. The modules it shares with page.js are the page's (scripts/build-web-app.mjs).
import * as engine from '../../lambda/question/answer';
import { type MeetingPlace, QUESTION_ENGINE, QUESTION_SCRIPT } from './question-engine-key';

const meeting = (globalThis as MeetingPlace)[QUESTION_ENGINE];
if (!meeting) throw new Error(`${QUESTION_SCRIPT} is loaded by the app's page, not on its own`);
meeting.arrived(engine);
