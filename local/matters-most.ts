// Local understanding is the only language understanding the web app and the local server have. Its reading of
// an utterance as a command or a topic ("is this what finishes me" as stop, "bone cancer spread mean i die" as the
// overview) must not swallow a question that matters most (SKILL-DESIGN.md): such an utterance is sent as a
// question, and the question path answers it by what it asks. On a device Alexa decides; `npm run routing:real`
// measures how it does.
import { mattersMost } from '../lambda/question/find';
import type { InteractionModel, ResolvedSlot } from './nlu';
import { PHRASE_TYPE } from './nlu/resolver';

/** The skill's own intents for what matters most: they answer it already, whatever the question kinds say. */
const ANSWERS_WHAT_MATTERS = new Set(['CrisisIntent', 'UrgentHelpIntent', 'PersonalAdviceIntent']);

export interface Understood {
  intent: string;
  slots: Record<string, ResolvedSlot>;
}

/** Sends an utterance that matters most to the question intent when its reading would not ask it as a question. */
export function questionRouter(model: InteractionModel): (utterance: string, understood: Understood) => Promise<Understood> {
  const intents = model.interactionModel.languageModel.intents;
  const asksQuestions = new Set(intents.filter((i) => (i.slots ?? []).some((s) => s.type === PHRASE_TYPE)).map((i) => i.name));
  // The question intent with the most samples carries a question no other carrier's shape fits.
  const question = intents.filter((i) => asksQuestions.has(i.name)).sort((a, b) => (b.samples?.length ?? 0) - (a.samples?.length ?? 0))[0];
  const slot = question?.slots?.find((s) => s.type === PHRASE_TYPE)?.name;
  return async (utterance, understood) => {
    if (!question || !slot) return understood;
    if (asksQuestions.has(understood.intent) || ANSWERS_WHAT_MATTERS.has(understood.intent)) return understood;
    if (!(await mattersMost(utterance))) return understood;
    return { intent: question.name, slots: { [slot]: { name: slot, value: utterance } } };
  };
}
