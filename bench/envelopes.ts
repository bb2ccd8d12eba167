// The requests the benchmark sends: LaunchRequest and every intent in the interaction model, built by the local
// runtime's envelope helpers (the same shapes the conversation tests use) and dressed as a real device sends
// them (long account and device ids, an apiAccessToken). Intents that only make sense inside a conversation
// ("yes", "next", "repeat"…) carry a `setup`: the turns that lead up to them, whose session attributes the
// runner feeds forward before timing anything.
import type { RequestEnvelope } from 'ask-sdk-model';
import {
  type DeviceSettings,
  echoShow,
  intentRequest,
  LOCAL_SKILL_ID,
  launchRequest,
  newSession,
  type SessionInfo,
  sessionEndedRequest,
} from '../local/envelope';
import type { ResolvedSlot } from '../local/nlu';
import modelSource from '../model/interaction-model.source.json';

export interface Scenario {
  name: string;
  /** Earlier turns of the same session, run once (untimed) to build the session attributes. */
  setup: RequestEnvelope[];
  envelope: RequestEnvelope;
}

export const SKILL_ID = LOCAL_SKILL_ID;

// Real ids are long opaque strings; their length matters to JSON parsing and copying, not their content.
const USER_ID = `amzn1.ask.account.${'BENCHMARKUSER'.repeat(16).slice(0, 190)}`;
const DEVICE_ID = `amzn1.ask.device.${'BENCHMARKDEVICE'.repeat(12).slice(0, 170)}`;
const API_ACCESS_TOKEN = `eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.${'eyJhdWQiOiJodHRwczovL2FwaS5hbWF6b25hbGV4YS5jb20i'.repeat(20)}.${'c2lnbmF0dXJl'.repeat(28)}`;

const SPEAKER: DeviceSettings = { locale: 'en-AU', userId: USER_ID };
const SCREEN: DeviceSettings = echoShow('en-AU', USER_ID);

function dressed(envelope: RequestEnvelope): RequestEnvelope {
  const system = envelope.context.System as unknown as Record<string, unknown>;
  system.apiAccessToken = API_ACCESS_TOKEN;
  (system.device as Record<string, unknown>).deviceId = DEVICE_ID;
  return envelope;
}

/** A filled custom slot, resolved the way Alexa's entity resolution sends it. */
function slot(name: string, value: string, id: string): ResolvedSlot {
  return { name, value, resolution: { status: 'ER_SUCCESS_MATCH', name: value, id } };
}

/** A person's own question, in a phrase slot (AMAZON.SearchQuery): the words after the carrier. */
function asked(value: string): Record<string, ResolvedSlot> {
  return { query: { name: 'query', value } };
}

const SLOT_VALUES: Record<string, Record<string, ResolvedSlot>> = {
  TellMeAboutIntent: { subject: slot('subject', 'chemo', 'treatment.chemotherapy') },
  DefineTermIntent: { term: slot('term', 'palliative care', 'palliative-care') },
  QuestionIntent: asked("i've got pins and needles in my legs could that be from the cancer"),
  HowLongQuestionIntent: asked('does an mri scan take'),
  HowManyQuestionIntent: asked('rounds of chemo will my wife need'),
};
const SLOT_TYPES: Record<string, Record<string, string>> = {
  TellMeAboutIntent: { subject: 'SUBJECT' },
  DefineTermIntent: { term: 'TERM' },
  QuestionIntent: { query: 'AMAZON.SearchQuery' },
  HowLongQuestionIntent: { query: 'AMAZON.SearchQuery' },
  HowManyQuestionIntent: { query: 'AMAZON.SearchQuery' },
};

/** The scenarios that search the sheet for a person's own question: budgeted apart (docs/performance.md). */
export const QUESTION_SCENARIOS = Object.keys(SLOT_TYPES).filter((name) => 'query' in (SLOT_TYPES[name] ?? {}));

/** Intents that answer something said earlier in the session: timed after a topic answer. */
const IN_SESSION = new Set([
  'AMAZON.YesIntent',
  'AMAZON.NoIntent',
  'AMAZON.NextIntent',
  'AMAZON.MoreIntent',
  'AMAZON.PreviousIntent',
  'AMAZON.RepeatIntent',
  'AMAZON.StartOverIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.FallbackIntent',
  'SpeakSlowerIntent',
  'SpeakFasterIntent',
  'NormalSpeedIntent',
]);

function continued(session: SessionInfo): SessionInfo {
  return { ...session, isNew: false };
}

export function scenarios(): Scenario[] {
  const list: Scenario[] = [
    { name: 'LaunchRequest', setup: [], envelope: dressed(launchRequest(SPEAKER, newSession())) },
    { name: 'LaunchRequest (screen)', setup: [], envelope: dressed(launchRequest(SCREEN, newSession())) },
  ];
  for (const { name } of modelSource.intents) {
    const slots = SLOT_VALUES[name] ?? {};
    if (IN_SESSION.has(name)) {
      // open the skill, ask about symptoms, then this
      const session = newSession();
      const setup = [dressed(launchRequest(SPEAKER, session)), dressed(intentRequest(SPEAKER, continued(session), 'SymptomsIntent', {}))];
      list.push({ name, setup, envelope: dressed(intentRequest(SPEAKER, continued(session), name, slots, SLOT_TYPES[name])) });
    } else {
      // a one-shot question: "Alexa, ask bone cancer guide …", a new session
      list.push({ name, setup: [], envelope: dressed(intentRequest(SPEAKER, newSession(), name, slots, SLOT_TYPES[name])) });
    }
  }
  const ending = newSession();
  list.push({
    name: 'SessionEndedRequest',
    setup: [dressed(launchRequest(SPEAKER, ending))],
    envelope: dressed(sessionEndedRequest(SPEAKER, continued(ending), 'USER_INITIATED')),
  });
  return list;
}
