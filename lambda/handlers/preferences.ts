// "Forget me" deletes the person's saved record; "carry on where I left off" resumes from it.
import type { RequestHandler } from 'ask-sdk-core';
import { notice, resume } from '../conversation/replies';
import { turnOf } from '../conversation/turn';
import { errorFields } from '../log';
import { respond } from '../respond';
import { NORMAL_RATE } from '../speech/rate';
import { withTimeout } from '../store/timeout';
import { isIntent } from './match';

/** How long "forget me" waits for the delete before saying it could not be done. */
const DELETE_TIMEOUT_MS = 2000;

export const ForgetMeHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'ForgetMeIntent'),
  handle: async (input) => {
    const turn = turnOf(input);
    const remove = input.attributesManager.deletePersistentAttributes?.bind(input.attributesManager);
    if (!turn.persistent || !remove) {
      const message = turn.t('forget.nothingKept');
      return respond(input, { title: turn.t('title.guide'), body: [message], end: true });
    }
    try {
      await withTimeout(remove(), DELETE_TIMEOUT_MS, 'deleting preferences');
    } catch (error) {
      turn.log.warn('forget me: delete failed', errorFields(error));
      return respond(input, notice(turn, 'forget.failed'));
    }
    turn.log.info('forget me: preferences deleted');
    // Nothing more is written this session, and this session forgets too.
    Object.assign(turn.state, { stored: null, rate: NORMAL_RATE, resume: undefined, returning: false });
    const message = turn.t('forget.done');
    return respond(input, { title: turn.t('title.guide'), body: [message], end: true });
  },
};

export const ResumeHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, 'ResumeIntent'),
  handle: (input) => respond(input, resume(turnOf(input))),
};
