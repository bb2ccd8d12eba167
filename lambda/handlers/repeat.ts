// Says exactly the last answer again, at the listener's current speed.
import { notice } from '../conversation/replies';
import { turnOf } from '../conversation/turn';
import { respond } from '../respond';
import { type ChoosingHandler, isIntent } from './match';

export const RepeatHandler: ChoosingHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.RepeatIntent'),
  handle: (input) => {
    const turn = turnOf(input);
    const last = turn.state.last;
    return last ? respond(input, last, { remember: false }) : respond(input, notice(turn, 'repeat.nothing'));
  },
};
