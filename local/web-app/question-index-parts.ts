// The parts of the question index question.js carries (question-index.ts, CarriedParts), as a module of their own with
// nothing else in it: scripts/build-web-app.mjs (questionIndexCarried) puts them here, and question-script.ts imports
// it first, so that they open question.js (about 100 KB of text) and the engine's code follows them in one piece. With
// the parts between the code's modules (where lambda/question/search-index.json is imported), gzip's 32 KB window
// could not reach the code before them from the code after them: 1.1 KB of question.js gzipped (docs/performance.md,
// "Issue 17 kept, twelfth pass"). Written here, nothing: only the web app's build gives this module its parts.
import type { CarriedParts } from './question-index';

const parts: CarriedParts | undefined = undefined;
export default parts;
