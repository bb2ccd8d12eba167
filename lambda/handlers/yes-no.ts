// Yes takes the offer in the question last spoken; No declines it. "No" to an open question ends the visit.
import { crisisDeclined, farewell, menu, notice, passage } from '../conversation/replies';
import { turnOf } from '../conversation/turn';
import { respond } from '../respond';
import { type ChoosingHandler, isIntent } from './match';

export const YesHandler: ChoosingHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.YesIntent'),
  handle: (input) => {
    const turn = turnOf(input);
    const offer = turn.state.offer;
    if (offer && 'go' in offer) return respond(input, passage(turn, offer.go, [], true, offer.heard));
    if (offer && turn.state.last) return respond(input, turn.state.last, { remember: false });
    return respond(input, menu(turn, [turn.t('yes.nothing')]));
  },
};

export const NoHandler: ChoosingHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.NoIntent'),
  handle: (input) => {
    const turn = turnOf(input);
    const { offer, tour } = turn.state;
    turn.state.tour = false;
    // After crisis support, "no" to its numbers again is met gently, never with a bright "what else".
    if (offer && 'repeat' in offer && turn.state.last?.outcome?.kind === 'crisis') return respond(input, crisisDeclined(turn));
    if (offer && 'go' in offer && offer.declined === 'menu') return respond(input, menu(turn, [turn.t('no.okay')]));
    if (tour) return respond(input, notice(turn, 'tour.stopped'));
    // "No" to "What else would you like to know?" means nothing else.
    if (!offer) return respond(input, farewell(turn));
    return respond(input, notice(turn, 'no.okay'));
  },
};
