// Yes takes the offer that ended the last answer; No declines it and asks what else.
import type { RequestHandler } from 'ask-sdk-core';
import { menu, notice, passage } from '../conversation/replies';
import { turnOf } from '../conversation/turn';
import { respond } from '../respond';
import { isIntent } from './match';

export const YesHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.YesIntent'),
  handle: (input) => {
    const turn = turnOf(input);
    const offer = turn.state.offer;
    if (offer && 'go' in offer) return respond(input, passage(turn, offer.go));
    if (offer && turn.state.last) return respond(input, turn.state.last, { remember: false });
    return respond(input, menu(turn, [turn.t('yes.nothing')]));
  },
};

export const NoHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.NoIntent'),
  handle: (input) => {
    const turn = turnOf(input);
    const wasTouring = turn.state.tour;
    turn.state.offer = undefined;
    turn.state.tour = false;
    return respond(input, notice(turn, wasTouring ? 'tour.stopped' : 'no.okay'));
  },
};
