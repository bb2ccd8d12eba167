// In page.js, what lambda/question/find.ts gets from `import('./answer')` (scripts/build-web-app.mjs puts this module
// in the engine's place): a module whose `then` loads question.js and resolves with the engine itself. An awaited
// import() takes a module with a `then` as a promise of what it resolves to (in ES modules as in esbuild's bundles),
// so find.ts, the same file as on Lambda, gets the engine it imports there, only from the second script.
import { loadQuestionEngine } from './question-engine';
import type { QuestionEngine } from './question-engine-key';

export function then<T = QuestionEngine, U = never>(
  onLoaded?: ((engine: QuestionEngine) => T | PromiseLike<T>) | null,
  onFailed?: ((error: unknown) => U | PromiseLike<U>) | null,
): Promise<T | U> {
  return loadQuestionEngine().then(onLoaded, onFailed);
}
