import type { RequestHandler } from 'ask-sdk-core';
import { menu } from '../conversation/replies';
import { turnOf } from '../conversation/turn';
import { respond } from '../respond';
import { isIntent } from './match';

export const ListTopicsHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'ListTopicsIntent'),
  handle: (input) => respond(input, menu(turnOf(input))),
};
