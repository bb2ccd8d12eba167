// Finds the metrics of the request a handler or interceptor is working on. The runtime (lambda/skill.ts)
// registers each request's RequestMetrics under the envelope object it hands to the SDK, which the SDK passes
// on unchanged as `input.requestEnvelope`, and releases it when the request is done: so concurrent requests
// (the local server) never share a record, and code without metrics (tests, the local tools) finds none.
//
// A Map with an explicit release, not a WeakMap: a WeakMap's entries outlive their keys until a full garbage
// collection, which on a warm instance grew the heap by 12 MB (measured: docs/performance.md).
import type { HandlerInput } from 'ask-sdk-core';
import type { RequestMetrics, StoreOperation } from './request-metrics';

const byEnvelope = new Map<object, RequestMetrics>();

/** Registers the request's metrics; call the returned function when the request is done. */
export function trackRequest(envelope: object, metrics: RequestMetrics): () => void {
  byEnvelope.set(envelope, metrics);
  return () => byEnvelope.delete(envelope);
}

export function metricsOf(input: HandlerInput): RequestMetrics | undefined {
  return byEnvelope.get(input.requestEnvelope);
}

/** For the preference interceptors: counts a store read or write that timed out or failed. */
export function countStoreProblem(input: HandlerInput, operation: StoreOperation, error: unknown): void {
  metricsOf(input)?.storeProblem(operation, error);
}
