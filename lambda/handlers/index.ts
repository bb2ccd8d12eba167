// The request handlers in the order they are tried: the first whose canHandle is true answers.
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { DefineTermHandler } from './define-term';
import { GuidedTourHandler } from './guided-tour';
import { CrisisHandler, FallbackHandler, HelpHandler, PersonalAdviceHandler, StopHandler, UrgentHelpHandler } from './help-stop-fallback';
import { LaunchHandler } from './launch';
import { AcknowledgeHandler, SessionEndedHandler, SystemExceptionHandler } from './lifecycle';
import { ListTopicsHandler } from './list-topics';
import type { ChoosingHandler } from './match';
import { NextHandler, PreviousHandler, StartOverHandler } from './navigate';
import { ForgetMeHandler, ResumeHandler } from './preferences';
import { QuestionHandler } from './question';
import { RepeatHandler } from './repeat';
import { SpeechRateHandler } from './speech-rate';
import { TellMeAboutHandler } from './tell-me-about';
import { TopicHandler } from './topic';
import { UnsupportedLocaleHandler } from './unsupported-locale';
import { NoHandler, YesHandler } from './yes-no';

const requestHandlers: readonly ChoosingHandler[] = [
  UnsupportedLocaleHandler,
  LaunchHandler,
  CrisisHandler,
  PersonalAdviceHandler,
  UrgentHelpHandler,
  TopicHandler,
  TellMeAboutHandler,
  DefineTermHandler,
  QuestionHandler,
  ListTopicsHandler,
  GuidedTourHandler,
  SpeechRateHandler,
  ResumeHandler,
  ForgetMeHandler,
  YesHandler,
  NoHandler,
  NextHandler,
  PreviousHandler,
  RepeatHandler,
  StartOverHandler,
  HelpHandler,
  StopHandler,
  FallbackHandler,
  SessionEndedHandler,
  SystemExceptionHandler,
  AcknowledgeHandler,
];

function firstAnswering(input: HandlerInput): ChoosingHandler | undefined {
  for (let i = 0; i < requestHandlers.length; i += 1) if (requestHandlers[i]?.canHandle(input)) return requestHandlers[i];
  return undefined;
}

/**
 * The skill's handlers as one, for the SDK: it chooses exactly as the SDK would, the first in order that can
 * handle the request, but without the SDK's `await` of each canHandle: a promise and a microtask for every
 * handler tried, 26 for a request the last one answers, 9% of everything a warm container allocates, enough to
 * push its young generation over V8's growth threshold in the benchmark (docs/performance.md, "Issue 16,
 * eighth pass").
 */
export const requestHandler: RequestHandler = {
  canHandle: (input) => firstAnswering(input) !== undefined,
  handle: (input) => {
    const chosen = firstAnswering(input);
    if (!chosen) throw new Error('no request handler answers this request');
    return chosen.handle(input);
  },
};
