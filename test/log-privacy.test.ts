// Logs never hold who someone is or what they said. Ids (user, device, person, session), slot values and
// utterances are seeded into requests, and into errors the store throws, and the skill runs at DEBUG, the most
// it ever logs: none of them may appear in any line. Then the one filter itself (lambda/log.ts).
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { createLogger, errorFields, MAX_FIELD_LENGTH, safeFields } from '../lambda/log';
import { createSkillRuntime } from '../lambda/skill';
import { intentRequest, launchRequest, newSession } from '../local/envelope';

const SEEDS = {
  user: 'amzn1.ask.account.SEEDUSERQ7WX',
  device: 'amzn1.ask.device.SEEDDEVICEK3PL',
  person: 'amzn1.ask.person.SEEDPERSONM8RT',
  session: 'amzn1.echo-api.session.SEEDSESSIONB2YN',
  slot: 'my neighbour margaret okonkwo',
  utterance: 'can my son dmitri take me to chemo on tuesday',
};
const seeds = Object.values(SEEDS);
/** Distinctive pieces too, so that a cut or partly redacted seed is still found. */
const fragments = ['SEEDUSER', 'SEEDDEVICE', 'SEEDPERSON', 'SEEDSESSION', 'margaret', 'okonkwo', 'dmitri', 'tuesday'];

/** An error whose message carries everything, over several lines, some shaped like stack frames. */
function seededError(name = 'Error'): Error {
  const error = new Error(
    [
      `lookup failed for ${SEEDS.user} on ${SEEDS.device}`,
      `    at ${SEEDS.person} (${SEEDS.session}:1:1)`,
      `heard: ${SEEDS.utterance}`,
    ].join('\n'),
  );
  error.name = name;
  return error;
}

/** A store that fails every call, with seeded errors, as a misbehaving dependency might. */
const failingStore: PersistenceAdapter = {
  getAttributes: async () => {
    throw seededError();
  },
  saveAttributes: async () => {
    throw seededError(`${SEEDS.utterance}Error`);
  },
  deleteAttributes: async () => {
    throw { message: SEEDS.utterance, user: SEEDS.user };
  },
};

/** Ids as Alexa sends them, everywhere a request carries one. */
function withIds(envelope: RequestEnvelope): RequestEnvelope {
  const copy = structuredClone(envelope) as unknown as {
    session: { sessionId: string; user: { userId: string } };
    context: { System: { user: { userId: string }; device: { deviceId: string }; person?: { personId: string } } };
  };
  copy.session.sessionId = SEEDS.session;
  copy.session.user.userId = SEEDS.user;
  copy.context.System.user.userId = SEEDS.user;
  copy.context.System.device.deviceId = SEEDS.device;
  copy.context.System.person = { personId: SEEDS.person };
  return copy as unknown as RequestEnvelope;
}

function withRequest(envelope: RequestEnvelope, request: Record<string, unknown>): RequestEnvelope {
  return { ...envelope, request: { ...envelope.request, ...request } } as RequestEnvelope;
}

test('at DEBUG, no id, slot value or utterance from requests or thrown errors reaches the log', async () => {
  const lines: string[] = [];
  const logger = createLogger('DEBUG', (line) => lines.push(line));
  const runtime = createSkillRuntime({ logger, persistence: failingStore });
  const device = { locale: 'en-AU' };
  const session = newSession();
  const base = withIds(launchRequest(device, session));

  await runtime.invoke(base);
  await runtime.invoke(withIds(intentRequest(device, session, 'TellMeAboutIntent', { subject: { name: 'subject', value: SEEDS.slot } })));
  await runtime.invoke(withIds(intentRequest(device, session, 'SpeechRateIntent', { change: { name: 'change', value: SEEDS.utterance } })));
  await runtime.invoke(withIds(intentRequest(device, session, 'ForgetMeIntent', {})));
  // Hostile or malformed requests, with the seeds where names are expected.
  await runtime.invoke(withIds(intentRequest(device, session, SEEDS.utterance, { query: { name: 'query', value: SEEDS.slot } })));
  await runtime.invoke(withIds(intentRequest(device, session, SEEDS.user, {})));
  await runtime.invoke(
    withRequest(base, { type: 'SessionEndedRequest', reason: SEEDS.utterance, error: { type: SEEDS.slot, message: SEEDS.utterance } }),
  );
  await runtime.invoke(withRequest(base, { type: 'System.ExceptionEncountered', error: { type: SEEDS.user, message: SEEDS.slot } }));
  await runtime.invoke(withRequest(base, { type: SEEDS.utterance }));
  await runtime.invoke(withRequest(base, { type: SEEDS.person }));
  await runtime.invoke(withRequest(base, { type: 'LaunchRequest', locale: SEEDS.utterance }));

  const output = lines.join('');
  // The run logged what it should have: requests, the store failing, errors with their frames.
  expect(lines.length).toBeGreaterThan(10);
  expect(output).toContain('"message":"request"');
  expect(output).toMatch(/"errorStack":"at /);
  expect(output).toContain('"level":"WARN"');
  for (const seed of [...seeds, ...fragments]) expect(output).not.toContain(seed);
  for (const line of lines) expect(line.length).toBeLessThan(2000);
});

describe('the log filter', () => {
  test('an error is its name and stack frames only: no line of a multi-line message, even one shaped like a frame', () => {
    const fields = errorFields(seededError());
    expect(fields.errorName).toBe('Error');
    expect(fields.errorStack).toMatch(/^at .+:\d+:\d+\)?( \| at .+)*$/);
    for (const seed of [...seeds, ...fragments]) expect(JSON.stringify(fields)).not.toContain(seed);
  });

  test('an error whose message was changed after it was thrown still gives frames only', () => {
    const error = seededError();
    error.message = 'something else';
    expect(JSON.stringify(safeFields(errorFields(error)))).not.toMatch(/SEED|margaret|dmitri/);
  });

  test('names keep their value only when shaped like a name; Alexa ids are replaced anywhere', () => {
    const safe = safeFields({
      requestType: 'Alexa.Presentation.APL.UserEvent',
      intent: 'AMAZON.YesIntent',
      reason: 'EXCEEDED_MAX_REPROMPTS',
      locale: 'en-AU',
      errorType: SEEDS.utterance,
      errorName: SEEDS.user,
      note: `key ${SEEDS.session} and ${SEEDS.device}`,
    });
    expect(safe).toEqual({
      requestType: 'Alexa.Presentation.APL.UserEvent',
      intent: 'AMAZON.YesIntent',
      reason: 'EXCEEDED_MAX_REPROMPTS',
      locale: 'en-AU',
      errorType: 'other',
      errorName: 'other',
      note: 'key (id) and (id)',
    });
  });

  test('request types, intents, locales and Alexa error types keep their value only from closed lists, however name-shaped', () => {
    // Each of these is shaped like a name, and carries what someone said.
    const safe = safeFields({
      requestType: 'Margaret.Okonkwo',
      intent: 'DmitriOnTuesdayIntent',
      locale: 'en-Dmitri',
      errorType: 'MARGARET',
    });
    expect(safe).toEqual({ requestType: 'other', intent: 'other', locale: 'other', errorType: 'other' });
    expect(
      safeFields({ requestType: 'SessionEndedRequest', intent: 'SymptomsIntent', locale: 'en-IN', errorType: 'ENDPOINT_TIMEOUT' }),
    ).toEqual({ requestType: 'SessionEndedRequest', intent: 'SymptomsIntent', locale: 'en-IN', errorType: 'ENDPOINT_TIMEOUT' });
  });

  test('every string field is bounded, the message too', () => {
    const lines: string[] = [];
    const long = 'x'.repeat(20_000);
    createLogger('DEBUG', (line) => lines.push(line)).debug(long, { anything: long, requestType: long });
    const line = JSON.parse(lines[0] as string) as Record<string, unknown>;
    for (const value of Object.values(line)) if (typeof value === 'string') expect(value.length).toBeLessThanOrEqual(MAX_FIELD_LENGTH);
    expect(line.requestType).toBe('other');
  });
});
