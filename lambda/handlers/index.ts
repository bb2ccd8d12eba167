// The request handlers in the order the SDK tries them: the first whose canHandle is true answers.
import type { RequestHandler } from 'ask-sdk-core';
import { DefineTermHandler } from './define-term';
import { GuidedTourHandler } from './guided-tour';
import { CrisisHandler, FallbackHandler, HelpHandler, PersonalAdviceHandler, StopHandler, UrgentHelpHandler } from './help-stop-fallback';
import { LaunchHandler } from './launch';
import { AcknowledgeHandler, SessionEndedHandler, SystemExceptionHandler } from './lifecycle';
import { ListTopicsHandler } from './list-topics';
import { NextHandler, PreviousHandler, StartOverHandler } from './navigate';
import { ForgetMeHandler, ResumeHandler } from './preferences';
import { QuestionHandler } from './question';
import { RepeatHandler } from './repeat';
import { SpeechRateHandler } from './speech-rate';
import { TellMeAboutHandler } from './tell-me-about';
import { TopicHandler } from './topic';
import { UnsupportedLocaleHandler } from './unsupported-locale';
import { NoHandler, YesHandler } from './yes-no';

export const requestHandlers: RequestHandler[] = [
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
