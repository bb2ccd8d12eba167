import type { RequestHandler } from 'ask-sdk-core';
import { tour } from '../conversation/replies';
import { turnOf } from '../conversation/turn';
import { respond } from '../respond';
import { isIntent } from './match';

export const GuidedTourHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'GuidedTourIntent'),
  handle: (input) => respond(input, tour(turnOf(input))),
};
