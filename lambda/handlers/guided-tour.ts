import { tour } from '../conversation/replies';
import { turnOf } from '../conversation/turn';
import { respond } from '../respond';
import { type ChoosingHandler, isIntent } from './match';

export const GuidedTourHandler: ChoosingHandler = {
  canHandle: (input) => isIntent(input, 'GuidedTourIntent'),
  handle: (input) => respond(input, tour(turnOf(input))),
};
