// A person's own question, in their own words ("can it make my legs go numb"): Alexa passes the words in the
// AMAZON.SearchQuery slot of a question intent, and the sheet's answer is found here (lambda/question). A
// carrier that means something ("how long …") has an intent of its own, which says what it asks in the model
// source, because the slot only holds the words after it.
import modelSource from '../../model/interaction-model.source.json';
import { answer, prompt } from '../conversation/replies';
import { turnOf } from '../conversation/turn';
import { findAnswer } from '../question/find';
import { respond } from '../respond';
import { readSlot } from '../slots';
import { type ChoosingHandler, intentName } from './match';

/** Question intent → the words its carriers ask ('' for carriers that only frame the question). */
const questionIntents = new Map<string, string>([['QuestionIntent', '']]);
for (const intent of modelSource.intents as Array<{ name: string; asks?: string }>) {
  if (intent.asks) questionIntents.set(intent.name, intent.asks);
}

export const QuestionHandler: ChoosingHandler = {
  canHandle: (input) => questionIntents.has(intentName(input) ?? ''),
  handle: async (input) => {
    const turn = turnOf(input);
    const slot = readSlot(input, 'query');
    turn.state.tour = false;
    if (slot.kind === 'empty') return respond(input, prompt(turn, 'question.missing'));
    const asks = questionIntents.get(intentName(input) ?? '') ?? '';
    // Words that end in "and" were said before the carrier ("what is a pet scan and how long does it take"): the
    // carrier asks a second question after them.
    const said = / and$/.test(slot.value) ? `${slot.value} ${asks}` : `${asks} ${slot.value}`;
    return respond(input, answer(turn, await findAnswer(said.trim())));
  },
};
