// "Forget me" deletes the person's saved record; "carry on where I left off" resumes from it.
import type { HandlerInput } from 'ask-sdk-core';
import { farewell, notice, resume } from '../conversation/replies';
import { hasTurn, turnOf } from '../conversation/turn';
import { errorFields } from '../log';
import { respond } from '../respond';
import { NORMAL_RATE } from '../speech/rate';
import { STORE_CALL_TIMEOUT_MS, withTimeout } from '../store/timeout';
import { type ChoosingHandler, isIntent } from './match';

export const ForgetMeHandler: ChoosingHandler = {
  canHandle: (input) => isIntent(input, 'ForgetMeIntent'),
  handle: async (input) => {
    const turn = turnOf(input);
    const remove = input.attributesManager.deletePersistentAttributes?.bind(input.attributesManager);
    if (!turn.persistent || !remove) return respond(input, farewell(turn, 'forget.nothingKept'));
    try {
      await withTimeout(remove(), STORE_CALL_TIMEOUT_MS, 'deleting preferences');
    } catch (error) {
      turn.log.warn('forget me: delete failed', errorFields(error));
      return respond(input, notice(turn, 'forget.failed'));
    }
    turn.log.info('forget me: preferences deleted');
    // Nothing more is written this session, and this session forgets too.
    Object.assign(turn.state, { stored: null, rate: NORMAL_RATE, resume: undefined, returning: false });
    return respond(input, farewell(turn, 'forget.done'));
  },
};

/** Yes to the returning welcome's "Would you like to carry on where you left off?" (the offer "no" leaves for the menu). */
function acceptsCarryOn(input: HandlerInput): boolean {
  if (!isIntent(input, 'AMAZON.YesIntent') || !hasTurn(input)) return false;
  const { offer } = turnOf(input).state;
  return offer !== undefined && 'go' in offer && offer.declined === 'menu';
}

/** Registered before the Yes handler, which would go on without saying where from. */
export const ResumeHandler: ChoosingHandler = {
  canHandle: (input) => isIntent(input, 'ResumeIntent') || acceptsCarryOn(input),
  handle: (input) => respond(input, resume(turnOf(input))),
};
