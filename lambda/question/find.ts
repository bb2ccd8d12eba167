// The question engine (the search library and its index) is loaded with the first question a container is
// asked, not at its cold start: most requests (launch, navigation, topics) never need it.
import type { Answer } from './answer';

let engine: Promise<typeof import('./answer')> | undefined;

export async function findAnswer(question: string): Promise<Answer> {
  engine ??= import('./answer');
  return (await engine).answerQuestion(question);
}
