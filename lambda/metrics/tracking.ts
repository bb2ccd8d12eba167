// Finds the metrics of the request a handler or interceptor is working on. The runtime (lambda/skill.ts)
// registers each request's RequestMetrics under the envelope object it hands to the SDK, which the SDK passes
// on unchanged as `input.requestEnvelope`: so concurrent requests (the local server) never share a record,
// and code without metrics (tests, the local tools) simply finds none.
import type { HandlerInput } from 'ask-sdk-core';
import type { RequestMetrics, StoreOperation } from './request-metrics';

const byEnvelope = new WeakMap<object, RequestMetrics>();

export function trackRequest(envelope: object, metrics: RequestMetrics): void {
  byEnvelope.set(envelope, metrics);
}

export function metricsOf(input: HandlerInput): RequestMetrics | undefined {
  return byEnvelope.get(input.requestEnvelope);
}

/** For the preference interceptors: counts a store read or write that timed out or failed. */
export function countStoreProblem(input: HandlerInput, operation: StoreOperation, error: unknown): void {
  metricsOf(input)?.storeProblem(operation, error);
}
