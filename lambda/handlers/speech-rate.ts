// "Speak slower", "faster", "normal speed": applies from this very reply on, reprompts included.
import { rateChanged } from '../conversation/replies';
import { turnOf } from '../conversation/turn';
import { respond } from '../respond';
import { changeRate, type RateChange } from '../speech/rate';
import type { SpeechKey } from '../speech/resources/en';
import { type ChoosingHandler, intentName } from './match';

const CHANGES = new Map<string, { change: RateChange; done: SpeechKey; limit: SpeechKey }>([
  ['SpeakSlowerIntent', { change: 'slower', done: 'rate.slower', limit: 'rate.slowest' }],
  ['SpeakFasterIntent', { change: 'faster', done: 'rate.faster', limit: 'rate.fastest' }],
  ['NormalSpeedIntent', { change: 'normal', done: 'rate.normal', limit: 'rate.alreadyNormal' }],
]);

export const SpeechRateHandler: ChoosingHandler = {
  canHandle: (input) => CHANGES.has(intentName(input) ?? ''),
  handle: (input) => {
    const turn = turnOf(input);
    const wanted = CHANGES.get(intentName(input) ?? '');
    if (!wanted) throw new Error('speech rate handler chosen for another intent');
    const rate = changeRate(turn.state.rate, wanted.change);
    if (rate !== undefined) turn.state.rate = rate;
    turn.log.info('speech rate', { rate: turn.state.rate });
    return respond(input, rateChanged(turn, rate === undefined ? wanted.limit : wanted.done), { remember: false });
  },
};
