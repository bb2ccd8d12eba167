// Wires the skill together and guards its entrance. Every way in (Lambda, the local runtime, the HTTPS
// endpoint) calls SkillRuntime.invoke, so all of them get the same checks and the same answers.
import type { HandlerInput, PersistenceAdapter, Skill } from 'ask-sdk-core';
// The builder from its own module, not the package's index: the index loads every helper ask-sdk-core has (viewport,
// request envelope and SSML utilities, the API client, content helpers), ~16 KB the skill never runs
// (docs/performance.md, "Issue 16, fifth pass").
import { SkillBuilders } from 'ask-sdk-core/dist/skill/SkillBuilders';
import type { RequestEnvelope, Response, ResponseEnvelope } from 'ask-sdk-model';
import { apologySpeech, errorHandler } from './errors/error-handler';
import { requestHandler } from './handlers';
import { logRequestInterceptor } from './interceptors/log-request';
import { loadPreferencesInterceptor, savePreferencesInterceptor } from './interceptors/preferences';
import { saveStateInterceptor, turnContextInterceptor } from './interceptors/turn-context';
import { createLogger, type Logger } from './log';
import { answerMetricsInterceptor, countingErrors } from './metrics/interceptors';
import { intentDimension, type MetricsOptions, RequestMetrics, requestTypeDimension } from './metrics/request-metrics';
import { trackRequest } from './metrics/tracking';
import { pressAsIntent } from './screens/user-event';
import { DEFAULT_STORE_TIMEOUTS, type StoreTimeouts } from './store/timeout';
import { isRecord } from './util/records';

export interface SkillOptions {
  /** When set, requests for any other skill id are rejected (Amazon requires this of every endpoint). */
  skillId?: string;
  logger?: Logger;
  /** Where preferences are remembered across sessions; without it, each session keeps its own. */
  persistence?: PersistenceAdapter;
  storeTimeouts?: Partial<StoreTimeouts>;
  /** Where each request's metrics line goes (CloudWatch Embedded Metric Format); none without it. */
  metrics?: MetricsOptions;
}

export { DEFAULT_STORE_TIMEOUTS, STORE_CALL_TIMEOUT_MS } from './store/timeout';

/** A request that must not be answered at all: it is not addressed to this skill. */
export class RequestRejectedError extends Error {
  override name = 'RequestRejectedError';
}

export interface SkillRuntime {
  invoke(envelope: unknown, context?: unknown): Promise<ResponseEnvelope>;
}

function applicationIdOf(envelope: Record<string, unknown>): unknown {
  const context = envelope.context;
  const system = isRecord(context) ? context.System : undefined;
  const application = isRecord(system) ? system.application : undefined;
  if (isRecord(application) && application.applicationId !== undefined) return application.applicationId;
  const session = envelope.session;
  const sessionApplication = isRecord(session) ? session.application : undefined;
  return isRecord(sessionApplication) ? sessionApplication.applicationId : undefined;
}

/** Throws RequestRejectedError unless the envelope is addressed to skillId (no check when none is set). */
export function assertAddressedTo(envelope: unknown, skillId: string | undefined): void {
  const expected = skillId?.trim();
  if (expected && (!isRecord(envelope) || applicationIdOf(envelope) !== expected))
    throw new RequestRejectedError('This request is not addressed to this skill.');
}

/**
 * The SDK echoes session.attributes back as the response's sessionAttributes, which Alexa requires to be an
 * object: a session or attributes of any other shape are dropped here (found by fuzzing: `"attributes": []`).
 */
function withObjectSession(envelope: Record<string, unknown>): Record<string, unknown> {
  const { session } = envelope;
  if (session === undefined || (isRecord(session) && (session.attributes === undefined || isRecord(session.attributes)))) return envelope;
  if (!isRecord(session)) return { ...envelope, session: undefined };
  return { ...envelope, session: { ...session, attributes: {} } };
}

/** A complete, spoken response envelope that needs nothing from the SDK: for when the SDK cannot run. */
function spokenApology(): ResponseEnvelope {
  const speech = apologySpeech(undefined, false);
  return { version: '1.0', response: { outputSpeech: { type: 'SSML', ssml: speech.ssml }, shouldEndSession: true } };
}

/** What a request or response interceptor is given: the input, and for a response interceptor the response. */
interface Step {
  process(input: HandlerInput, response?: Response): Promise<void> | void;
}

/**
 * Interceptors as one, for the SDK: each runs after the one before it has finished, as the SDK runs them, but the
 * SDK's `await` (a promise and a microtask) comes once per request instead of once per interceptor, and one that
 * has nothing to wait for returns nothing to wait for. A warm container allocates less per request, so its young
 * generation is collected less often (docs/performance.md, "Issue 16, eleventh pass").
 */
function inOrder(...steps: Step[]): Step {
  const from = (start: number, input: HandlerInput, response?: Response): Promise<void> | void => {
    for (let i = start; i < steps.length; i += 1) {
      const pending = steps[i]?.process(input, response);
      if (pending !== undefined) return pending.then(() => from(i + 1, input, response));
    }
  };
  return { process: (input, response) => from(0, input, response) };
}

export function buildSkill(log: Logger, persistence?: PersistenceAdapter, timeouts: StoreTimeouts = DEFAULT_STORE_TIMEOUTS): Skill {
  const builder = SkillBuilders.custom()
    .addRequestHandlers(requestHandler)
    .addRequestInterceptors(
      inOrder(logRequestInterceptor(log), turnContextInterceptor(log, persistence !== undefined), loadPreferencesInterceptor(timeouts)),
    )
    // Preferences first: what the session read of each speaker's record travels in the session attributes.
    .addResponseInterceptors(inOrder(savePreferencesInterceptor(timeouts), saveStateInterceptor, answerMetricsInterceptor))
    .addErrorHandlers(countingErrors(errorHandler(log)));
  if (persistence) builder.withPersistenceAdapter(persistence);
  return builder.create();
}

function requestMetricsFor(options: MetricsOptions, envelope: Record<string, unknown>): RequestMetrics {
  const request = envelope.request as { type?: unknown; intent?: { name?: unknown } };
  return new RequestMetrics(options, requestTypeDimension(request.type), intentDimension(request.type, request.intent?.name));
}

/**
 * Elapsed time for the response-time metric. process.hrtime rather than performance.now(): the first use of
 * the performance global loads Node's perf_hooks, 1.5 to 5 ms of every cold start (measured).
 */
function millisecondsSince(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export function createSkillRuntime(options: SkillOptions = {}): SkillRuntime {
  const log = options.logger ?? createLogger();
  const skill = buildSkill(log, options.persistence, { ...DEFAULT_STORE_TIMEOUTS, ...options.storeTimeouts });
  const skillId = options.skillId?.trim() || undefined;

  return {
    async invoke(envelope, context) {
      const started = process.hrtime.bigint();
      // With a skill id configured, anything not addressed to it (a malformed body included) is refused first.
      try {
        assertAddressedTo(envelope, skillId);
      } catch (rejection) {
        log.warn('request rejected: skill id does not match');
        throw rejection;
      }
      if (!isRecord(envelope) || !isRecord(envelope.request)) {
        log.warn('malformed request envelope', { hasRequest: isRecord(envelope) && 'request' in envelope });
        if (options.metrics) new RequestMetrics(options.metrics, 'Malformed', 'none').finish(millisecondsSince(started));
        return spokenApology();
      }
      let metrics: RequestMetrics | undefined;
      let release: (() => void) | undefined;
      try {
        // The SDK reads context.System for some requests; a missing context must not take it down. A fresh object
        // each time, so the metrics registered under it belong to this request alone.
        const safe = { ...pressAsIntent(withObjectSession(isRecord(envelope.context) ? envelope : { ...envelope, context: {} })) };
        if (options.metrics) {
          metrics = requestMetricsFor(options.metrics, safe);
          release = trackRequest(safe, metrics);
        }
        return await skill.invoke(safe as unknown as RequestEnvelope, context);
      } catch (error) {
        metrics?.handlerError();
        log.error('skill invocation failed', {}, error);
        return spokenApology();
      } finally {
        metrics?.finish(millisecondsSince(started));
        release?.();
      }
    },
  };
}
