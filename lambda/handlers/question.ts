// A person's own question, in their own words ("can it make my legs go numb"): Alexa passes the words in
// QuestionIntent's AMAZON.SearchQuery slot, and the sheet's answer is found here (lambda/question).
import type { RequestHandler } from 'ask-sdk-core';
import { answer, prompt } from '../conversation/replies';
import { turnOf } from '../conversation/turn';
import { respond } from '../respond';
import { readSlot } from '../slots';
import { isIntent } from './match';

export const QuestionHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'QuestionIntent'),
  handle: (input) => {
    const turn = turnOf(input);
    const slot = readSlot(input, 'query');
    turn.state.tour = false;
    if (slot.kind === 'empty') return respond(input, prompt(turn, 'question.missing'));
    return respond(input, answer(turn, slot.value));
  },
};
