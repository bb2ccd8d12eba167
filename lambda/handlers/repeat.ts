// Says exactly the last answer again, at the listener's current speed.
import type { RequestHandler } from 'ask-sdk-core';
import { notice } from '../conversation/replies';
import { turnOf } from '../conversation/turn';
import { respond } from '../respond';
import { isIntent } from './match';

export const RepeatHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.RepeatIntent'),
  handle: (input) => {
    const turn = turnOf(input);
    const last = turn.state.last;
    return last ? respond(input, last, { remember: false }) : respond(input, notice(turn, 'repeat.nothing'));
  },
};
