// question.js: the question engine as a classic script of its own (question-engine.ts loads it), which hands itself
// to the page when it runs. The modules it shares with page.js are the page's (scripts/build-web-app.mjs).
// The question index's parts, packed (question-index-parts.ts; the build writes them at the end of the script).
import './question-index-parts';
import * as engine from '../../lambda/question/answer';
import indexFile from '../../lambda/question/search-index.json';
import { type MeetingPlace, QUESTION_ENGINE, QUESTION_SCRIPT } from './question-engine-key';

const meeting = (globalThis as MeetingPlace)[QUESTION_ENGINE];
if (!meeting) throw new Error(`${QUESTION_SCRIPT} is loaded by the app's page, not on its own`);
meeting.arrived(engine);

// The parts of the question index the page works out rather than carries (question-index.ts: the units' stems, the
// search table and the reading table, 25–40 ms of a cold main thread) are worked out when the page is next
// idle: when this script was loaded ahead, after the first answer (main.ts), that is before the first question. A
// question asked first works them out itself, and finds them here already done.
if ('requestIdleCallback' in globalThis)
  requestIdleCallback(
    () => {
      void indexFile.index;
      void indexFile.reading;
    },
    { timeout: 5000 },
  );
