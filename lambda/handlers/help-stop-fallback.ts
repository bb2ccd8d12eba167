// Help knows where the listener is; stop and cancel say one line; fallback names what can be asked here.
import { adviceDeclined, crisisSupport, fallback, farewell, help, urgentHelp } from '../conversation/replies';
import { turnOf } from '../conversation/turn';
import { respond } from '../respond';
import { type ChoosingHandler, intentName, isIntent, requestType } from './match';

export const HelpHandler: ChoosingHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.HelpIntent'),
  handle: (input) => respond(input, help(turnOf(input))),
};

export const StopHandler: ChoosingHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.StopIntent', 'AMAZON.CancelIntent'),
  handle: (input) => respond(input, farewell(turnOf(input))),
};

/** "Call an ambulance", "he can't breathe": the emergency number, then the support line. */
export const UrgentHelpHandler: ChoosingHandler = {
  canHandle: (input) => isIntent(input, 'UrgentHelpIntent'),
  handle: (input) => respond(input, urgentHelp(turnOf(input))),
};

/** "I want to die", "I can't go on": acknowledged, then Lifeline, triple zero and the support line. */
export const CrisisHandler: ChoosingHandler = {
  canHandle: (input) => isIntent(input, 'CrisisIntent'),
  handle: (input) => respond(input, crisisSupport(turnOf(input))),
};

/** "What would you do?", "should I stop treatment?": the skill cannot advise on a person's own treatment. */
export const PersonalAdviceHandler: ChoosingHandler = {
  canHandle: (input) => isIntent(input, 'PersonalAdviceIntent'),
  handle: (input) => respond(input, adviceDeclined(turnOf(input))),
};

/** AMAZON.FallbackIntent, and any intent this skill does not declare: registered last. */
export const FallbackHandler: ChoosingHandler = {
  canHandle: (input) => requestType(input) === 'IntentRequest',
  handle: (input) => {
    const turn = turnOf(input);
    const name = intentName(input);
    // The name comes from the request: bounded, so a hostile one cannot flood the log.
    if (name !== 'AMAZON.FallbackIntent') turn.log.warn('unknown intent', { intent: (name ?? '(none)').slice(0, 64) });
    return respond(input, fallback(turn));
  },
};
