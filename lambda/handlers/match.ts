// Safe request matchers: requests may be malformed, so these read fields without assuming their shape
// (the SDK's getIntentName throws on an IntentRequest with no intent).
import type { HandlerInput, RequestHandler } from 'ask-sdk-core';

/** A request handler that decides at once whether it answers, as every one of the skill's does (handlers/index.ts). */
export interface ChoosingHandler extends RequestHandler {
  canHandle(input: HandlerInput): boolean;
}

export function requestType(input: HandlerInput): string | undefined {
  const request = input.requestEnvelope.request as { type?: unknown } | undefined;
  return typeof request?.type === 'string' ? request.type : undefined;
}

export function intentName(input: HandlerInput): string | undefined {
  if (requestType(input) !== 'IntentRequest') return undefined;
  const intent = (input.requestEnvelope.request as { intent?: { name?: unknown } }).intent;
  return typeof intent?.name === 'string' ? intent.name : undefined;
}

export function isIntent(input: HandlerInput, ...names: string[]): boolean {
  const name = intentName(input);
  return name !== undefined && names.includes(name);
}

/** The request's locale as sent: anything, or nothing, until checked against the served locales. */
export function requestLocale(input: HandlerInput): unknown {
  return (input.requestEnvelope.request as { locale?: unknown } | undefined)?.locale;
}
