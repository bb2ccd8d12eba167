// Envelope fuzzing with fast-check: real and locally built request envelopes, mutated (fields removed, wrong
// types, huge and unicode strings, unknown intents and slot values, broken session attributes, other skills'
// ids), sent through SkillRuntime.invoke. The property, for every envelope:
//   - without SKILL_ID: invoke never throws, and the response is in Alexa's format with valid SSML;
//   - with SKILL_ID: invoke answers (validly) requests addressed to this skill and rejects the others with
//     RequestRejectedError, never any other exception;
//   - nothing is spoken in reply to a request type that allows no speech;
//   - no error is logged (an error log line means a handler crashed and the apology was said instead), and no
//     warning carries a TypeError or the like (a bug swallowed by a fallback, such as a broken stored record).
// The open runtime also has a preference store, which answers each case with a generated (often broken) record.
// Used by test/fuzz.test.ts (a fixed-seed slice in `npm test`) and scripts/fuzz.ts (`npm run fuzz`, 100,000+).
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { ResponseEnvelope } from 'ask-sdk-model';
import fc from 'fast-check';
import type { LogFields, Logger } from '../../lambda/log';
import { createSkillRuntime, RequestRejectedError, type SkillRuntime } from '../../lambda/skill';
import { CLOSED, crawl, movesOf } from '../../local/crawl';
import { intentRequest, LOCAL_SKILL_ID, launchRequest, newSession, sessionEndedRequest } from '../../local/envelope';
import { corpusEnvelopes } from './corpus';
import { responseProblems } from './responses';

/** The id the guarded runtime is configured with (SKILL_ID). */
export const GUARDED_SKILL_ID = 'amzn1.ask.skill.fuzz-0000-0000-0000-000000000000';

const SPOKEN = new Set(['LaunchRequest', 'IntentRequest', 'Alexa.Presentation.APL.UserEvent']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

export interface FuzzWorld {
  /** Envelopes to start from: the shared corpus and every move from states a real conversation reaches. */
  bases: Json[];
  /** Without SKILL_ID, with a preference store that returns `stored`. */
  open: SkillRuntime;
  /** With SKILL_ID = GUARDED_SKILL_ID, no preference store. */
  guarded: SkillRuntime;
  /** What the open runtime's preference store holds for the current case. */
  stored: Json;
  /** Error lines logged by the runtimes during the current case. */
  errors: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A programming error, as opposed to a store that is down or slow: a warning carrying one is a failure too. */
const BUG = new Set(['TypeError', 'RangeError', 'ReferenceError', 'SyntaxError']);

/** Error lines are failures, except the one that reports Alexa's own error report; so are warnings about a bug. */
function collectingLogger(errors: string[]): Logger {
  const quiet = () => {};
  return {
    debug: quiet,
    info: quiet,
    warn: (message: string, fields?: LogFields) => {
      if (BUG.has(String(fields?.errorName))) errors.push(`${message} ${JSON.stringify(fields)}`);
    },
    error: (message: string, fields?: LogFields, error?: unknown) => {
      if (message === 'Alexa reported an error with a response') return;
      errors.push(`${message} ${JSON.stringify(fields ?? {})} ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    },
  };
}

/** Builds the runtimes and the base envelopes once (a one-turn crawl gives the states to start from). */
export async function createFuzzWorld(): Promise<FuzzWorld> {
  const errors: string[] = [];
  const logger = collectingLogger(errors);
  const world = { stored: {} as Json };
  const persistence: PersistenceAdapter = {
    getAttributes: async () => structuredClone(world.stored) as Record<string, unknown>,
    saveAttributes: async () => {},
    deleteAttributes: async () => {},
  };
  const open = createSkillRuntime({ logger, persistence });
  const guarded = createSkillRuntime({ logger, skillId: GUARDED_SKILL_ID });
  const device = { locale: 'en-AU', supportedInterfaces: { 'Alexa.Presentation.APL': {} } };
  const states = (await crawl(open, { maxDepth: 1 })).exchanges
    .filter((e) => e.to !== undefined && e.from === CLOSED)
    .map((e) => (e.response.sessionAttributes ?? {}) as Record<string, unknown>);
  const bases: Json[] = corpusEnvelopes().map((c) => c.envelope as Json);
  // Each move from no state, and from a seventh of the states (a different seventh for each move).
  for (const [index, move] of movesOf().entries()) {
    for (const attributes of [{}, ...states.filter((_, i) => i % 7 === index % 7)]) {
      const session = { ...newSession(), isNew: false, attributes };
      const envelope =
        move.kind === 'launch' ? launchRequest(device, session) : intentRequest(device, session, move.intent, move.slots, move.slotTypes);
      bases.push(JSON.parse(JSON.stringify(envelope)) as Json);
    }
  }
  bases.push(JSON.parse(JSON.stringify(sessionEndedRequest(device, newSession(), 'ERROR'))) as Json);
  errors.length = 0;
  return Object.assign(world, { bases, open, guarded, errors });
}

// ---------------------------------------------------------------------------------------------------------
// Values: what a broken or hostile envelope can hold (JSON only: Lambda and the endpoint receive JSON).

const TRICKY_STRINGS = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'undefined',
  'null',
  'NaN',
  '<speak>',
  '</speak><audio src="x"/>',
  '& < > " \'',
  '{{about}}',
  '{{title}}',
  '$&',
  '\u0000',
  '\u202e',
  '\ud83e\udec0',
  'e\u0301',
  'ＣＴ',
  'İ',
  'overview',
  'treatment.surgery',
  'overview.0',
  'en-AU',
  'de-DE',
  'IntentRequest',
  'LaunchRequest',
  'SessionEndedRequest',
  'AMAZON.YesIntent',
  'TellMeAboutIntent',
  'ER_SUCCESS_MATCH',
  'ER_SUCCESS_NO_MATCH',
  LOCAL_SKILL_ID,
  GUARDED_SKILL_ID,
];

const hugeString = fc
  .tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }), fc.integer({ min: 500, max: 30_000 }))
  .map(([piece, times]) => piece.repeat(times).slice(0, 120_000));

const scalar: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: hugeString },
  { weight: 2, arbitrary: fc.integer({ min: -3, max: 200 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom<Json>(true, false, null, 0, -1, 1, 100, 50, 140, 20, 1e308, -0) },
);

const anyJson: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 4 }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.oneof(fc.constantFrom(...TRICKY_STRINGS), fc.string({ maxLength: 8 })), scalar, { maxKeys: 4 }),
  },
);

/** Any text, from tricky and unicode to far beyond Alexa's limits. */
const text: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...TRICKY_STRINGS),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  hugeString,
);

/** A position, valid or not, as the conversation state stores them. */
const topicId = fc.constantFrom('overview', 'symptoms', 'diagnosis', 'treatment', 'about', 'nowhere', '__proto__', 'constructor');
const position: fc.Arbitrary<Json> = fc.oneof(
  fc.record({ topic: topicId, item: fc.integer({ min: -3, max: 12 }) }),
  fc.record({
    topic: topicId,
    item: fc.oneof(fc.constantFrom<Json>('length', 'constructor', 'at', '0', '-1', 1.5, -0, null, true), anyJson),
  }),
  fc.record({ topic: anyJson, item: anyJson }),
  anyJson,
);

/** Conversation attributes with every field valid, broken, or missing. */
const conversation: fc.Arbitrary<Json> = fc.record(
  {
    at: position,
    offer: fc.oneof(fc.record({ go: position }), fc.constant({ repeat: true }), anyJson),
    tour: fc.oneof(fc.boolean(), anyJson),
    history: fc.oneof(fc.array(position, { maxLength: 14 }), anyJson),
    last: fc.oneof(
      // Well-formed, with any text: "repeat" says it again, so its length and characters reach the SSML.
      fc.record(
        {
          title: text,
          body: fc.array(text, { maxLength: 4 }),
          question: text,
          reprompt: text,
          choices: fc.array(fc.constantFrom('choice.yes', 'choice.next', 'choice.help', 'choice.nope', 'title.guide', '__proto__'), {
            maxLength: 5,
          }),
          card: fc.boolean(),
        },
        { requiredKeys: ['title', 'body'] },
      ),
      fc.record(
        {
          title: anyJson,
          body: fc.oneof(fc.array(anyJson, { maxLength: 3 }), anyJson),
          question: anyJson,
          reprompt: anyJson,
          choices: anyJson,
          card: anyJson,
        },
        { requiredKeys: [] },
      ),
      anyJson,
    ),
    rate: fc.oneof(fc.constantFrom(50, 65, 80, 100, 120, 140), anyJson),
    disclaimerHeard: fc.oneof(fc.boolean(), anyJson),
    resume: position,
    returning: fc.oneof(fc.boolean(), anyJson),
    stored: anyJson,
  },
  { requiredKeys: [] },
);

const slot: fc.Arbitrary<Json> = fc.oneof(
  fc.record(
    {
      name: anyJson,
      value: anyJson,
      confirmationStatus: anyJson,
      resolutions: fc.oneof(
        fc.record({
          resolutionsPerAuthority: fc.array(
            fc.record(
              {
                authority: anyJson,
                status: fc.oneof(
                  fc.record({ code: fc.constantFrom('ER_SUCCESS_MATCH', 'ER_SUCCESS_NO_MATCH', 'ER_ERROR_TIMEOUT') }),
                  anyJson,
                ),
                values: fc.oneof(
                  fc.array(fc.record({ value: fc.oneof(fc.record({ name: anyJson, id: anyJson }), anyJson) }), { maxLength: 3 }),
                  anyJson,
                ),
              },
              { requiredKeys: [] },
            ),
            { maxLength: 3 },
          ),
        }),
        anyJson,
      ),
    },
    { requiredKeys: [] },
  ),
  anyJson,
);

// ---------------------------------------------------------------------------------------------------------
// Mutations.

type Mutation =
  | { kind: 'delete'; where: number }
  | { kind: 'set'; where: number; value: Json }
  | { kind: 'add'; where: number; key: string; value: Json }
  | { kind: 'at'; path: Path; value: Json }
  | { kind: 'own id'; context: boolean; session: boolean };

function pathsOf(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([...prefix, i]);
      pathsOf(v, [...prefix, i], out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      out.push([...prefix, key]);
      pathsOf(v, [...prefix, key], out);
    }
  }
  return out;
}

function containerAt(root: Json, path: Path, create: boolean): Record<string | number, Json> | undefined {
  let current: Json = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    const record = current as Record<string | number, Json>;
    if (create && (record[key] === null || typeof record[key] !== 'object')) record[key] = {};
    current = record[key] as Json;
  }
  return current !== null && typeof current === 'object' ? (current as Record<string | number, Json>) : undefined;
}

function apply(root: Json, original: Mutation): Json {
  // fast-check may hand the same value to several mutations: copies, so no envelope ever contains itself.
  const mutation = structuredClone(original);
  if (mutation.kind === 'own id') {
    if (mutation.context) {
      const app = containerAt(root, ['context', 'System', 'application'], true);
      if (app) app.applicationId = GUARDED_SKILL_ID;
    }
    if (mutation.session) {
      const app = containerAt(root, ['session', 'application'], true);
      if (app) app.applicationId = GUARDED_SKILL_ID;
    }
    return root;
  }
  if (mutation.kind === 'at') {
    if (mutation.path.length === 0) return mutation.value;
    const parent = containerAt(root, mutation.path.slice(0, -1), true);
    if (parent) parent[mutation.path.at(-1) as string] = mutation.value;
    return root;
  }
  const paths = pathsOf(root);
  if (paths.length === 0) return root;
  const path = paths[mutation.where % paths.length] as Path;
  const parent = containerAt(root, path.slice(0, -1), false);
  const key = path.at(-1) as string | number;
  if (!parent) return root;
  if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (mutation.kind === 'set') {
    parent[key] = mutation.value;
  } else {
    const target = parent[key];
    if (target !== null && typeof target === 'object' && !Array.isArray(target))
      (target as Record<string, Json>)[mutation.key] = mutation.value;
  }
  return root;
}

const targeted: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('at' as const),
    path: fc.constant<Path>(['request', 'type']),
    value: fc.oneof(fc.constantFrom(...TRICKY_STRINGS), anyJson),
  }),
  fc.record({
    kind: fc.constant('at' as const),
    path: fc.constant<Path>(['request', 'intent', 'name']),
    value: fc.oneof(fc.constantFrom(...TRICKY_STRINGS), anyJson),
  }),
  fc.record({
    kind: fc.constant('at' as const),
    path: fc.constantFrom<Path>(['request', 'intent', 'slots', 'subject'], ['request', 'intent', 'slots', 'term']),
    value: slot,
  }),
  fc.record({ kind: fc.constant('at' as const), path: fc.constant<Path>(['request', 'intent', 'slots']), value: anyJson }),
  fc.record({ kind: fc.constant('at' as const), path: fc.constant<Path>(['session', 'attributes', 'conversation']), value: conversation }),
  fc.record({
    kind: fc.constant('at' as const),
    path: fc.constantFrom<Path>(['session', 'attributes'], ['session'], ['context'], ['request'], ['context', 'System']),
    value: anyJson,
  }),
  fc.record({
    kind: fc.constant('at' as const),
    path: fc.constant<Path>(['request', 'locale']),
    value: fc.oneof(fc.constantFrom('en-AU', 'en-GB', 'en-US', 'en-CA', 'en-IN', 'de-DE', 'ja-JP', 'EN-au', 'en_AU'), anyJson),
  }),
  fc.record({
    kind: fc.constant('at' as const),
    path: fc.constantFrom<Path>(['context', 'System', 'application', 'applicationId'], ['session', 'application', 'applicationId']),
    value: fc.oneof(fc.constantFrom(GUARDED_SKILL_ID, LOCAL_SKILL_ID, `${GUARDED_SKILL_ID} `, GUARDED_SKILL_ID.toUpperCase()), anyJson),
  }),
  fc.record({
    kind: fc.constant('at' as const),
    path: fc.constant<Path>(['context', 'System', 'device', 'supportedInterfaces']),
    value: anyJson,
  }),
  fc.record({
    kind: fc.constant('at' as const),
    path: fc.constant<Path>(['request', 'arguments']),
    value: fc.oneof(fc.tuple(fc.constant('choice'), fc.constantFrom(...TRICKY_STRINGS)), anyJson),
  }),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: targeted },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), where: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('set' as const), where: fc.nat(), value: anyJson }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('add' as const), where: fc.nat(), key: fc.constantFrom(...TRICKY_STRINGS), value: anyJson }),
  },
);

export interface FuzzCase {
  base: number;
  mutations: Mutation[];
  /** The preference record the open runtime's store returns. */
  stored: Json;
}

/** A saved preference record: as written, with broken fields, or anything at all. */
const storedPreferences: fc.Arbitrary<Json> = fc.oneof(
  fc.record(
    { rate: fc.oneof(fc.constantFrom(50, 80, 100, 140), anyJson), disclaimerHeard: fc.oneof(fc.boolean(), anyJson), resume: position },
    { requiredKeys: [] },
  ),
  anyJson,
);

/** Which base, whether it is addressed to the guarded skill, and up to five mutations. */
export function fuzzCase(world: FuzzWorld): fc.Arbitrary<FuzzCase> {
  return fc
    .record({
      base: fc.nat({ max: world.bases.length - 1 }),
      own: fc.record({ kind: fc.constant('own id' as const), context: fc.boolean(), session: fc.boolean() }),
      mutations: fc.array(mutation, { maxLength: 5 }),
      stored: storedPreferences,
    })
    .map(({ base, own, mutations, stored }) => ({ base, mutations: [own, ...mutations], stored }));
}

export function envelopeOf(world: FuzzWorld, fuzz: FuzzCase): Json {
  let envelope = structuredClone(world.bases[fuzz.base] as Json);
  for (const m of fuzz.mutations) envelope = apply(envelope, m);
  return envelope;
}

// ---------------------------------------------------------------------------------------------------------
// The property.

/** The application id Alexa addresses a request to: context first, the session's for older envelopes. */
function addressedTo(envelope: Record<string, unknown>): unknown {
  const system = isRecord(envelope.context) ? envelope.context.System : undefined;
  const app = isRecord(system) ? system.application : undefined;
  if (isRecord(app) && app.applicationId !== undefined) return app.applicationId;
  const sessionApp = isRecord(envelope.session) ? envelope.session.application : undefined;
  return isRecord(sessionApp) ? sessionApp.applicationId : undefined;
}

async function answerProblems(envelope: Json, response: ResponseEnvelope): Promise<string[]> {
  // Fuzzed session attributes may hold any text, and "repeat" says the stored last answer: judge the SSML, not the words.
  const problems = await responseProblems(response, { brokenText: false });
  const request = isRecord(envelope) ? envelope.request : undefined;
  const type = isRecord(request) ? request.type : undefined;
  if (typeof type === 'string' && !SPOKEN.has(type) && response.response?.outputSpeech !== undefined) {
    problems.push(`speech in reply to a ${type.slice(0, 60)}`);
  }
  return problems;
}

/** Checks one envelope against both runtimes; throws a description of everything wrong. */
export async function checkEnvelope(world: FuzzWorld, envelope: Json, stored: Json = {}): Promise<void> {
  const problems: string[] = [];
  world.errors.length = 0;
  world.stored = stored;
  try {
    const response = await world.open.invoke(structuredClone(envelope));
    problems.push(...(await answerProblems(envelope, response)).map((p) => `open: ${p}`));
  } catch (error) {
    problems.push(`open: unhandled exception ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  const wellFormed = isRecord(envelope) && isRecord(envelope.request);
  const ours = wellFormed && addressedTo(envelope) === GUARDED_SKILL_ID;
  try {
    const response = await world.guarded.invoke(structuredClone(envelope));
    if (wellFormed && !ours) problems.push('guarded: answered a request addressed to another skill');
    problems.push(...(await answerProblems(envelope, response)).map((p) => `guarded: ${p}`));
  } catch (error) {
    if (!(error instanceof RequestRejectedError)) {
      problems.push(`guarded: unhandled exception ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    } else if (ours) problems.push('guarded: rejected a request addressed to this skill');
  }
  problems.push(...world.errors.map((line) => `logged an error: ${line}`));
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

export function fuzzProperty(world: FuzzWorld): fc.IAsyncPropertyWithHooks<[FuzzCase]> {
  return fc.asyncProperty(fuzzCase(world), (fuzz) => checkEnvelope(world, envelopeOf(world, fuzz), fuzz.stored));
}

/** A short, printable form of a failing case's envelope. */
export function describeEnvelope(envelope: Json, limit = 4000): string {
  const text = JSON.stringify(envelope, (_key, value: unknown) =>
    typeof value === 'string' && value.length > 200 ? `${value.slice(0, 200)}…(${value.length} chars)` : value,
  );
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
}
