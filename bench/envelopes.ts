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

/** What each question intent is asked in the benchmark: the words after its carrier, of the kind it hears. */
const QUESTIONS: Record<string, string> = {
  QuestionIntent: "i've got pins and needles in my legs could that be from the cancer",
  HowLongQuestionIntent: 'does an mri scan take',
  HowManyQuestionIntent: 'rounds of chemo will my wife need',
  HowMuchQuestionIntent: 'does a pet scan cost',
  WhatQuestionIntent: 'the two types of bone cancer',
  ShouldQuestionIntent: 'stop the chemo',
  CanQuestionIntent: 'take ibuprofen for the pain',
  WillQuestionIntent: 'see christmas',
  ItQuestionIntent: 'make my legs go numb',
  CantQuestionIntent: 'walk properly since this morning',
  PossessiveQuestionIntent: "legs are going numb and he's dragging his foot",
};

/** Every intent with a phrase slot is a question intent: its slot is named in the model source. */
const phraseSlots = new Map(
  (modelSource.intents as Array<{ name: string; slots?: Array<{ name: string; type: string }> }>).flatMap((intent) => {
    const slot = intent.slots?.find((s) => s.type === 'AMAZON.SearchQuery');
    return slot ? [[intent.name, slot.name] as const] : [];
  }),
);

const SLOT_VALUES: Record<string, Record<string, ResolvedSlot>> = {
  TellMeAboutIntent: { subject: slot('subject', 'chemo', 'treatment.chemotherapy') },
  DefineTermIntent: { term: slot('term', 'palliative care', 'palliative-care') },
  ...Object.fromEntries([...phraseSlots].map(([intent]) => [intent, asked(QUESTIONS[intent] ?? 'is chemotherapy given into a vein')])),
};
const SLOT_TYPES: Record<string, Record<string, string>> = {
  TellMeAboutIntent: { subject: 'SUBJECT' },
  DefineTermIntent: { term: 'TERM' },
  ...Object.fromEntries([...phraseSlots].map(([intent, name]) => [intent, { [name]: 'AMAZON.SearchQuery' }])),
};

/** The scenarios that search the sheet for a person's own question: budgeted apart (docs/performance.md). */
export const QUESTION_SCENARIOS = [...phraseSlots.keys()];

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
