import { launch } from '../conversation/replies';
import { turnOf } from '../conversation/turn';
import { respond } from '../respond';
import { type ChoosingHandler, requestType } from './match';

export const LaunchHandler: ChoosingHandler = {
  canHandle: (input) => requestType(input) === 'LaunchRequest',
  handle: (input) => respond(input, launch(turnOf(input))),
};
