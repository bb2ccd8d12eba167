// npm run routing:real's work, against a deployed development skill: upload the model, wait for the full
// build (the statistical model: the quick build that comes first is not it), then ask Alexa's own
// understanding about every utterance of the routing set (the Utterance Profiler for in-session ones,
// simulate-skill for one-shots) and score what it chose. Everything here but the Smapi calls is plain data
// handling, tested on recorded answers in the shapes Amazon's API spec gives.
import type { InteractionModel } from '../../local/nlu/model';
import { createResolver } from '../../local/nlu/resolver';
import type { FallbackSensitivity } from '../../model/rules';
import { FALLBACK_SENSITIVITY_LEVELS } from '../../model/rules';
import { requestText } from './carriers';
import { formatScore, NO_SKILL, type Routed, type RoutingScore, scoreRouting } from './score';
import type { RoutingItem, RoutingSet } from './set';
import type { ProfileNluResponse, SimulationResponse, SkillStatus, Smapi } from './smapi';

export interface Waiting {
  /** Waits between polls (injected: tests do not wait). */
  sleep(ms: number): Promise<void>;
  pollMs: number;
  /** Gives up after this many polls. */
  maxPolls: number;
}

export type BuildState = 'SUCCEEDED' | 'IN_PROGRESS' | 'FAILED';

/** Where a locale's language model build is: done only when its full build (the statistical model) succeeded. */
export function fullBuildState(status: SkillStatus, locale: string): { state: BuildState; errors: string[] } {
  const request = status.interactionModel?.[locale]?.lastUpdateRequest;
  const errors = [...(request?.errors ?? []), ...(request?.buildDetails?.steps ?? []).flatMap((step) => step.errors ?? [])].map(
    (error) => error.message ?? String(error.code ?? 'error'),
  );
  if (request?.status === 'FAILED') return { state: 'FAILED', errors };
  const full = request?.buildDetails?.steps?.find((step) => step.name === 'LANGUAGE_MODEL_FULL_BUILD');
  if (full?.status === 'FAILED') return { state: 'FAILED', errors };
  return { state: full?.status === 'SUCCEEDED' ? 'SUCCEEDED' : 'IN_PROGRESS', errors };
}

export async function uploadAndWaitForFullBuild(smapi: Smapi, locale: string, model: unknown, waiting: Waiting): Promise<void> {
  await smapi.setInteractionModel(locale, model);
  for (let poll = 0; poll < waiting.maxPolls; poll++) {
    await waiting.sleep(waiting.pollMs);
    const { state, errors } = fullBuildState(await smapi.getSkillStatus(), locale);
    if (state === 'SUCCEEDED') return;
    if (state === 'FAILED') throw new Error(`${locale}: the model build failed: ${errors.join('; ') || 'no reason given'}`);
  }
  throw new Error(`${locale}: the full build had not finished after ${waiting.maxPolls} polls`);
}

/** The model with another fallback sensitivity, for the sweep. */
export function withSensitivity(model: InteractionModel, level: FallbackSensitivity): InteractionModel {
  const languageModel = { ...model.interactionModel.languageModel, modelConfiguration: { fallbackIntentSensitivity: { level } } };
  return { ...model, interactionModel: { ...model.interactionModel, languageModel } };
}

interface Reading {
  intent: string;
  slotId?: string;
  runnerUp?: string;
}

/** The profiler's choice, the resolved id of its slot if any, and the first intent it considered next. */
export function readProfile(response: ProfileNluResponse): Reading {
  const selected = response.selectedIntent;
  const slotId = Object.values(selected?.slots ?? {})
    .flatMap((slot) => slot.resolutions?.resolutionsPerAuthority ?? [])
    .find((authority) => authority.status?.code === 'ER_SUCCESS_MATCH')?.values?.[0]?.id;
  const runnerUp = response.consideredIntents?.[0]?.name;
  return { intent: selected?.name ?? NO_SKILL, ...(slotId ? { slotId } : {}), ...(runnerUp ? { runnerUp } : {}) };
}

interface SkillRequestSlot {
  resolutions?: { resolutionsPerAuthority?: Array<{ status?: { code?: string }; values?: Array<{ value?: { id?: string } }> }> };
}

/** What the skill was sent in a simulation: the intent (or LaunchRequest), or NO_SKILL when it was not invoked. */
export function readSimulation(response: SimulationResponse): Reading {
  const request = response.result?.skillExecutionInfo?.invocationRequest?.body?.request as
    | { type?: string; intent?: { name?: string; slots?: Record<string, SkillRequestSlot> } }
    | undefined;
  if (!request?.type) return { intent: NO_SKILL };
  if (request.type !== 'IntentRequest' || !request.intent?.name) return { intent: request.type };
  const slotId = Object.values(request.intent.slots ?? {})
    .flatMap((slot) => slot.resolutions?.resolutionsPerAuthority ?? [])
    .find((authority) => authority.status?.code === 'ER_SUCCESS_MATCH')?.values?.[0]?.value?.id;
  return { intent: request.intent.name, ...(slotId ? { slotId } : {}) };
}

async function simulateOnce(smapi: Smapi, locale: string, said: string, waiting: Waiting): Promise<SimulationResponse> {
  let response = await smapi.simulate(locale, said);
  for (let poll = 0; response.status === 'IN_PROGRESS' && response.id && poll < waiting.maxPolls; poll++) {
    await waiting.sleep(waiting.pollMs);
    response = await smapi.getSimulation(response.id);
  }
  if (response.status !== 'SUCCESSFUL') throw new Error(`simulation of "${said}": ${response.status ?? 'no status'}`);
  return response;
}

/**
 * Every utterance through Alexa: in-session ones through the profiler, one-shots through the simulator (or
 * only in-session ones, for the sweep), each with our matcher's reading beside it.
 */
export async function routeThroughAlexa(
  smapi: Smapi,
  set: RoutingSet,
  model: InteractionModel,
  locale: string,
  waiting: Waiting,
  only?: (item: RoutingItem) => boolean,
): Promise<Routed[]> {
  const matcher = createResolver(model);
  const invocationName = model.interactionModel.languageModel.invocationName;
  const routed: Routed[] = [];
  for (const item of set.items.filter(only ?? (() => true))) {
    const reading =
      item.mode === 'in-session'
        ? readProfile(await smapi.profileNlu(locale, item.said))
        : readSimulation(await simulateOnce(smapi, locale, item.said, waiting));
    const local = matcher.resolve(requestText(item.said, invocationName));
    const localSlotId = Object.values(local.slots).find((slot) => slot.resolution?.id)?.resolution?.id;
    routed.push({ item, ...reading, local: { intent: local.intent, ...(localSlotId ? { slotId: localSlotId } : {}) } });
  }
  return routed;
}

export interface Baseline {
  /** The accuracy last measured and committed (0 to 1), or null before the first run. */
  accuracy: number | null;
  /** How far under it a run may fall (Alexa's model is retrained; runs vary a little). */
  margin: number;
}

/** Whether the run fails its committed baseline, and why. */
export function belowBaseline(score: RoutingScore, baseline: Baseline): string | undefined {
  if (baseline.accuracy === null || score.overall.total === 0) return undefined;
  const accuracy = score.overall.hits / score.overall.total;
  return accuracy < baseline.accuracy - baseline.margin
    ? `accuracy ${(100 * accuracy).toFixed(1)}% is under the baseline of ${(100 * baseline.accuracy).toFixed(1)}% less ${(100 * baseline.margin).toFixed(1)} points`
    : undefined;
}

export interface SweepRow {
  level: FallbackSensitivity;
  score: RoutingScore;
}

/** The fallback sensitivity trade-off: what each level costs in lost questions and gains in caught requests. */
export function formatSweep(rows: readonly SweepRow[]): string {
  const pct = (hits: number, total: number) => (total === 0 ? '-' : `${((100 * hits) / total).toFixed(1)}%`);
  return [
    'fallback sensitivity sweep (in-session utterances, Utterance Profiler):',
    'level  | accuracy | out-of-domain to Fallback | everything else to Fallback',
    ...rows.map(
      ({ level, score }) =>
        `${level.padEnd(6)} | ${pct(score.overall.hits, score.overall.total).padStart(8)} | ${pct(score.fallbackOnNegatives.hits, score.fallbackOnNegatives.total).padStart(25)} | ${pct(score.fallbackOnPositives.hits, score.fallbackOnPositives.total).padStart(27)}`,
    ),
  ].join('\n');
}

export interface RealRun {
  smapi: Smapi;
  set: RoutingSet;
  /** The model as committed (its own fallback sensitivity). */
  model: InteractionModel;
  locale: string;
  baseline: Baseline;
  sweep: boolean;
  waiting: Waiting;
  log(line: string): void;
}

export interface RealResult {
  score: RoutingScore;
  report: string;
  /** Why the run fails, if it does. */
  failure?: string;
  sweep: SweepRow[];
}

/**
 * Uploads the committed model, routes the whole set and scores it; with `sweep`, uploads it once at each
 * fallback sensitivity and profiles the in-session utterances, then puts the committed model back.
 */
export async function runRealRouting(run: RealRun): Promise<RealResult> {
  const { smapi, set, model, locale, waiting, log } = run;
  log(`${locale}: uploading the model and waiting for its full build…`);
  await uploadAndWaitForFullBuild(smapi, locale, model, waiting);
  log(`${locale}: routing ${set.items.length} utterances…`);
  const score = scoreRouting(await routeThroughAlexa(smapi, set, model, locale, waiting));
  const rows: SweepRow[] = [];
  if (run.sweep) {
    for (const level of FALLBACK_SENSITIVITY_LEVELS) {
      log(`${locale}: fallback sensitivity ${level}…`);
      await uploadAndWaitForFullBuild(smapi, locale, withSensitivity(model, level), waiting);
      const inSession = await routeThroughAlexa(smapi, set, model, locale, waiting, (item) => item.mode === 'in-session');
      rows.push({ level, score: scoreRouting(inSession) });
    }
    log(`${locale}: putting the committed model back…`);
    await uploadAndWaitForFullBuild(smapi, locale, model, waiting);
  }
  const level = model.interactionModel.languageModel.modelConfiguration?.fallbackIntentSensitivity?.level ?? 'unset';
  const report = [
    formatScore(score, `routing:real: ${locale}, fallback sensitivity ${level}`),
    ...(rows.length > 0 ? ['', formatSweep(rows)] : []),
  ].join('\n');
  const failure = belowBaseline(score, run.baseline);
  return { score, report, sweep: rows, ...(failure ? { failure } : {}) };
}
