import { menu } from '../conversation/replies';
import { turnOf } from '../conversation/turn';
import { respond } from '../respond';
import { type ChoosingHandler, isIntent } from './match';

export const ListTopicsHandler: ChoosingHandler = {
  canHandle: (input) => isIntent(input, 'ListTopicsIntent'),
  handle: (input) => respond(input, menu(turnOf(input))),
};
