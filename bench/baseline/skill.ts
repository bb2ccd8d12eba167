// The benchmark's baseline: the smallest reasonable ask-sdk-core skill, written the recommended way (one
// i18next instance initialised at load, a fixed translator per request, an async Lambda handler). It answers
// LaunchRequest and any IntentRequest with one short sentence. bench/bench.mjs bundles it exactly as
// scripts/build.mjs bundles the real skill and measures both in the same run.
import { getRequestType, type RequestHandler, SkillBuilders } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import i18next from 'i18next';

const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  lng: 'en',
  fallbackLng: 'en',
  resources: {
    en: {
      translation: {
        welcome: 'Welcome, you can say hello or help. Which would you like to try?',
        hello: 'Hello world! What else would you like?',
        reprompt: 'What would you like?',
      },
    },
  },
});

function translatorFor(envelope: RequestEnvelope) {
  return i18n.getFixedT(envelope.request.locale ?? 'en');
}

const LaunchHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  handle: (input) => {
    const t = translatorFor(input.requestEnvelope);
    return input.responseBuilder.speak(t('welcome')).reprompt(t('reprompt')).getResponse();
  },
};

const IntentHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'IntentRequest',
  handle: (input) => {
    const t = translatorFor(input.requestEnvelope);
    return input.responseBuilder.speak(t('hello')).reprompt(t('reprompt')).getResponse();
  },
};

const SessionEndedHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  handle: (input) => input.responseBuilder.getResponse(),
};

const skill = SkillBuilders.custom().addRequestHandlers(LaunchHandler, IntentHandler, SessionEndedHandler).create();

export const handler = async (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> => skill.invoke(event, context);
