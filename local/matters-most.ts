// Local understanding is the only language understanding the web app and the local server have, and it sends a
// person's words to the question path whenever another reading would answer something else:
// - a question that matters most (SKILL-DESIGN.md) read as a command or a topic ("is this what finishes me" as
//   stop, "bone cancer spread mean i die" as the overview): the question path answers it by what it asks;
// - a topic read from some of the words while others go unexplained ("give me a recipe for a high calcium
//   smoothie" as the topic on high calcium), or while they ask a kind of answer a topic's passage is not ("is
//   secondary bone cancer the same as normal bone cancer" as the overview): the question path answers by what is
//   asked, or says what the sheet covers of it, and what not.
// On a device Alexa decides; `npm run routing:real` measures how it does.

import { FUNCTION_WORDS, tokenize } from '../content/language/normalize';
import { asksAKind, mattersMost, saysMore } from '../lambda/question/find';
import modelSource from '../model/interaction-model.source.json';
import type { InteractionModel, ResolvedSlot } from './nlu';
import { PHRASE_TYPE } from './nlu/resolver';

/** The skill's own intents for what matters most: they answer it already, whatever the question kinds say. */
const ANSWERS_WHAT_MATTERS = new Set(['CrisisIntent', 'UrgentHelpIntent', 'PersonalAdviceIntent']);

export interface Understood {
  intent: string;
  slots: Record<string, ResolvedSlot>;
  /** Content words the reading does not account for (local/nlu/resolver.ts). */
  unexplained?: string[];
  /** How closely the words fit the intent's samples, when less than wholly. */
  confidence?: number;
}

/**
 * A question said as a carrier alone ("is it common", read as "is it common to …" with nothing after) is still a
 * question: its words go to the phrase slot whole, unless they only frame one ("i have a question about"), when the
 * skill asks what the question is.
 */
async function withWholeQuestion(utterance: string, understood: Understood): Promise<Understood> {
  const empty = Object.values(understood.slots).find((slot) => slot.value === '');
  if (!empty || Object.keys(understood.slots).length !== 1) return understood;
  const words = tokenize(utterance)
    .filter((token) => !FUNCTION_WORDS.has(token.word))
    .map((token) => token.word);
  if (!(await saysMore(words))) return understood;
  return { ...understood, slots: { [empty.name]: { name: empty.name, value: utterance.trim() } } };
}

/** Sends an utterance to the question intent when its reading would not ask it as the question it is. */
export function questionRouter(model: InteractionModel): (utterance: string, understood: Understood) => Promise<Understood> {
  const intents = model.interactionModel.languageModel.intents;
  const asksQuestions = new Set(intents.filter((i) => (i.slots ?? []).some((s) => s.type === PHRASE_TYPE)).map((i) => i.name));
  // Intents that read a passage: a topic's, or one named by a slot of the content's names ("tell me about chemo").
  const readsPassage = new Set([
    ...(modelSource.intents as Array<{ name: string; topic?: string }>).filter((i) => i.topic).map((i) => i.name),
    ...intents.filter((i) => (i.slots ?? []).some((s) => !s.type.startsWith('AMAZON.'))).map((i) => i.name),
  ]);
  // The question intent with the most samples carries a question no other carrier's shape fits.
  const question = intents.filter((i) => asksQuestions.has(i.name)).sort((a, b) => (b.samples?.length ?? 0) - (a.samples?.length ?? 0))[0];
  const slot = question?.slots?.find((s) => s.type === PHRASE_TYPE)?.name;
  return async (utterance, understood) => {
    if (!question || !slot) return understood;
    if (asksQuestions.has(understood.intent)) return withWholeQuestion(utterance, understood);
    if (ANSWERS_WHAT_MATTERS.has(understood.intent)) return understood;
    // Words that only frame a question ("tell", "kindly": content/lay-words.json) ask nothing more. A built-in intent
    // read from words that only sound like it ("can i catch it" as "i didn't catch that") asks a question if they do.
    // So too any command read from part of the words ("from start to finish how long is a bone scan" as the tour).
    const partlyFits = (understood.confidence ?? 1) < 1;
    const asksMore =
      (readsPassage.has(understood.intent) && ((await saysMore(understood.unexplained ?? [])) || (await asksAKind(utterance)))) ||
      (partlyFits && (await asksAKind(utterance)));
    if (!asksMore && !(await mattersMost(utterance))) return understood;
    return { intent: question.name, slots: { [slot]: { name: slot, value: utterance } } };
  };
}
