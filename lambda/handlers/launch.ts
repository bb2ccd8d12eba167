import type { RequestHandler } from 'ask-sdk-core';
import { launch } from '../conversation/replies';
import { turnOf } from '../conversation/turn';
import { respond } from '../respond';
import { requestType } from './match';

export const LaunchHandler: RequestHandler = {
  canHandle: (input) => requestType(input) === 'LaunchRequest',
  handle: (input) => respond(input, launch(turnOf(input))),
};
