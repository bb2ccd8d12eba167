// The question engine (the search library and its index) is loaded with the first question a container is
// asked, not at its cold start: most requests (launch, navigation, topics) never need it. In the Lambda
// package it is a file of its own, question.js (scripts/build.mjs), so it is not even compiled before then.
import type { CompiledKind } from '../../content/language/kinds';
import type { Answer } from './answer';
import { corpusUnits } from './corpus';

let engine: Promise<(question: string) => Answer> | undefined;

export async function findAnswer(question: string): Promise<Answer> {
  engine ??= import('./answer').then((module) => module.createAnswerer(corpusUnits()));
  return (await engine)(question);
}

/**
 * Whether a question is one of those that matter most (SKILL-DESIGN.md): one answered by crisis support, an
 * emergency, an escalation or a decline, or gently from the sheet (time left, dying, cure, feelings).
 */
export async function mattersMost(question: string): Promise<boolean> {
  const kind = await kindOf(question);
  return kind !== undefined && (kind.reply !== 'sheet' || kind.gentle === true);
}

/**
 * Whether what was said is answered before any passage (crisis support, an emergency, an escalation or a decline),
 * whatever intent it reached: "sometimes i want to hurt myself" may be heard as a topic's name.
 */
export async function answeredBeforeAnyPassage(said: string): Promise<boolean> {
  const kind = await kindOf(said);
  return kind !== undefined && kind.reply !== 'sheet';
}

/** Whether a question asks for a kind of answer at all (how long, how many, a comparison…): content/question-kinds.json. */
export async function asksAKind(question: string): Promise<boolean> {
  return (await kindOf(question)) !== undefined;
}

/** The kind a question asks (content/question-kinds.json), the engine loaded when first needed. */
async function kindOf(question: string): Promise<CompiledKind | undefined> {
  return (await import('./answer')).kindAsked(question);
}

/** Whether words a reading left unexplained say more than a question's framing (answer.ts). */
export async function saysMore(words: readonly string[]): Promise<boolean> {
  return words.length > 0 && (await import('./answer')).saysMoreThanFraming(words);
}
