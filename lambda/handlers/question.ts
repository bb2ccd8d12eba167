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
/** Question intents with a sample whose words come before its carrier ("{query} how long does it take"). */
const wordsFirst = new Set<string>();
for (const intent of modelSource.intents as Array<{ name: string; asks?: string; samples?: string[] }>) {
  if (!intent.asks) continue;
  questionIntents.set(intent.name, intent.asks);
  if (intent.samples?.some((sample) => sample.startsWith('{query} '))) wordsFirst.add(intent.name);
}

/** Words that open a question of their own, so cannot have followed a carrier. */
const ASKS_FIRST = /^(?:how|what|whats|why|which|who|where|when)\b/;

export const QuestionHandler: ChoosingHandler = {
  canHandle: (input) => questionIntents.has(intentName(input) ?? ''),
  handle: async (input) => {
    const turn = turnOf(input);
    const slot = readSlot(input, 'query');
    turn.state.tour = false;
    if (slot.kind === 'empty') return respond(input, prompt(turn, 'question.missing'));
    const intent = intentName(input) ?? '';
    const asks = questionIntents.get(intent) ?? '';
    // Words that end in "and", in an intent that has a sample with its words first, were said before the carrier
    // ("what is a pet scan and how long does it take"): the carrier asks a second question after them. Elsewhere they
    // only trail off ("i can't walk and"), and the carrier stays first, where the question kinds read it. Words that
    // open with a question word of their own ("how many sessions … and over how long") also came first.
    const first = wordsFirst.has(intent) && (/ and$/.test(slot.value) || ASKS_FIRST.test(slot.value));
    const said = first ? `${slot.value} ${asks}` : `${asks} ${slot.value}`;
    return respond(input, answer(turn, await findAnswer(said.trim())));
  },
};
