// Runs the real skill through every kind of conversation it can have and records what it says. Nothing here
// writes speech: every sentence in the review script is captured from createSkillRuntime's responses,
// driven with the same request envelopes the local runtime sends (local/envelope.ts).
import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { topics } from '../../content';
import type { Position } from '../../lambda/conversation/catalog';
import type { Logger } from '../../lambda/log';
import { corpusUnits, type Unit } from '../../lambda/question/corpus';
import { createSkillRuntime, type SkillRuntime } from '../../lambda/skill';
import { pronounce } from '../../lambda/speech/pronounce';
import { NORMAL_RATE, RATE_STEPS } from '../../lambda/speech/rate';
import { understandAsked } from '../../local/conversation';
import { crawl, positionKey } from '../../local/crawl';
import { type DeviceSettings, intentRequest, launchRequest, newSession, type SessionInfo } from '../../local/envelope';
import modelSource from '../../model/interaction-model.source.json';
import builtModel from '../../skill-package/interactionModels/custom/en-AU.json';
import { firstSample, KIND_INTENTS, questionKinds } from './question-kinds';

/** One response from the skill, with how it was reached and the conversation state it left behind. */
export interface Capture {
  /** Which part of the drive produced it ("Launch", "Topic questions", …). */
  scenario: string;
  /** What the person said or did, for the reviewer ("“what are the symptoms”"). */
  says: string;
  /** The request type, or the intent name for intent requests. */
  intent: string;
  ssml: string;
  reprompt?: string;
  ends: boolean;
  /** The conversation state in the response's session attributes (absent when the session ended). */
  state?: CapturedState;
  /** For a question of a known kind (content/question-kinds.json): the kind's id. */
  kind?: string;
}

export interface CapturedState {
  at?: Position;
  offer?: { go?: Position; repeat?: true };
  rate: number;
  tour: boolean;
}

const SILENT: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** The skill's preference store, in memory: enough for "welcome back", "resume" and "forget me". */
class MemoryStore implements PersistenceAdapter {
  private records = new Map<string, Record<string, unknown>>();
  constructor(private readonly failDeletes = false) {}
  private key(envelope: RequestEnvelope): string {
    return envelope.context?.System?.user?.userId ?? 'nobody';
  }
  async getAttributes(envelope: RequestEnvelope): Promise<Record<string, unknown>> {
    return { ...(this.records.get(this.key(envelope)) ?? {}) };
  }
  async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>): Promise<void> {
    this.records.set(this.key(envelope), { ...attributes });
  }
  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    if (this.failDeletes) throw new Error('store unavailable');
    this.records.delete(this.key(envelope));
  }
}

type Slots = Record<
  string,
  { name: string; value: string; resolution?: { status: 'ER_SUCCESS_MATCH' | 'ER_SUCCESS_NO_MATCH'; id?: string; name?: string } }
>;

interface ModelValue {
  id: string;
  name: { value: string; synonyms?: string[] };
}
interface ModelType {
  name: string;
  values: ModelValue[];
}
const languageModel = (builtModel as unknown as { interactionModel: { languageModel: { types: ModelType[] } } }).interactionModel
  .languageModel;
const sourceIntents = modelSource.intents as Array<{
  name: string;
  topic?: string;
  samples?: string[];
  asks?: string;
  slots?: Array<{ name: string; type: string }>;
}>;

/** Intents whose slot takes a person's own words (AMAZON.SearchQuery), from the model source. */
export const QUESTION_INTENTS: ReadonlyArray<{ name: string; slot: string; asks?: string }> = sourceIntents.flatMap((intent) => {
  const slot = intent.slots?.find((s) => s.type === 'AMAZON.SearchQuery');
  return slot ? [{ name: intent.name, slot: slot.name, ...(intent.asks ? { asks: intent.asks } : {}) }] : [];
});

/** The values of a custom slot type, as Alexa resolves them: id and spoken name. */
export function slotValues(type: 'SUBJECT' | 'TERM'): ModelValue[] {
  return languageModel.types.find((t) => t.name === type)?.values ?? [];
}

/** The first sample utterance of an intent, with a slot filled: what a person would typically say. */
function sampleOf(intent: string, fill?: string): string {
  const sample = sourceIntents.find((i) => i.name === intent)?.samples?.[0];
  if (!sample) return intent;
  const said = fill === undefined ? sample : sample.replace(/\{\w+\}/, fill);
  return `“${said.replace(/\bi\b/g, 'I')}”`;
}

function matched(name: string, value: string, id: string): Slots {
  return { [name]: { name, value, resolution: { status: 'ER_SUCCESS_MATCH', id, name: value } } };
}

function unmatched(name: string, value: string): Slots {
  return { [name]: { name, value, resolution: { status: 'ER_SUCCESS_NO_MATCH' } } };
}

const SLOT_TYPES = { subject: 'SUBJECT', term: 'TERM' };

function readCapturedState(envelope: ResponseEnvelope): CapturedState | undefined {
  const stored = (envelope.sessionAttributes as Record<string, unknown> | undefined)?.conversation;
  if (typeof stored !== 'object' || stored === null) return undefined;
  const s = stored as Record<string, unknown>;
  return {
    at: s.at as Position | undefined,
    offer: s.offer as CapturedState['offer'],
    rate: typeof s.rate === 'number' ? s.rate : NORMAL_RATE,
    tour: s.tour === true,
  };
}

function speechOf(speech: unknown): string | undefined {
  const s = speech as { type?: string; ssml?: string; text?: string } | undefined;
  return s?.type === 'SSML' ? s.ssml : s?.type === 'PlainText' ? s.text : undefined;
}

/** One device talking to the skill: carries the session from turn to turn, as Alexa does. */
class Device {
  private session: SessionInfo | undefined;
  last: Capture | undefined;
  /** The question kind (content/question-kinds.json) being asked, recorded on each capture while set. */
  kind: string | undefined;

  constructor(
    private readonly runtime: SkillRuntime,
    private readonly captures: Capture[],
    public scenario: string,
    private readonly settings: DeviceSettings = { locale: 'en-AU' },
  ) {}

  async launch(says: string): Promise<Capture> {
    this.session = newSession();
    return this.send(launchRequest(this.settings, this.session), 'LaunchRequest', says);
  }

  async intent(name: string, slots: Slots = {}, says = sampleOf(name)): Promise<Capture> {
    this.session ??= newSession();
    return this.send(intentRequest(this.settings, this.session, name, slots, SLOT_TYPES), name, says);
  }

  /** Says an utterance in a new session (a one-shot), understood through the interaction model as `npm run ask` does. */
  async oneShot(utterance: string, says: string): Promise<Capture> {
    this.hangUp();
    const understood = await understandAsked(utterance);
    if (understood.launch) return this.launch(says);
    const heard = Object.values(understood.slots).find((slot) => slot.value)?.value;
    return this.intent(understood.intent, understood.slots, `${says} (heard as ${understood.intent}${heard ? `: “${heard}”` : ''})`);
  }

  async raw(envelope: unknown, label: string, says: string): Promise<Capture> {
    return this.send(envelope, label, says);
  }

  /** Ends the session from the device's side, so the next question is a one-shot in a new session. */
  hangUp(): void {
    this.session = undefined;
  }

  private async send(envelope: unknown, intent: string, says: string): Promise<Capture> {
    const response = await this.runtime.invoke(envelope);
    const ssml = speechOf(response.response?.outputSpeech) ?? '';
    const reprompt = speechOf(response.response?.reprompt?.outputSpeech);
    const ends = response.response?.shouldEndSession !== false;
    const state = ends ? undefined : readCapturedState(response);
    if (this.session) {
      this.session = ends
        ? undefined
        : { ...this.session, isNew: false, attributes: (response.sessionAttributes as Record<string, unknown>) ?? {} };
    }
    const capture: Capture = {
      scenario: this.scenario,
      says,
      intent,
      ssml,
      ...(reprompt ? { reprompt } : {}),
      ends,
      ...(state ? { state } : {}),
      ...(this.kind ? { kind: this.kind } : {}),
    };
    if (ssml) this.captures.push(capture);
    this.last = capture;
    return capture;
  }
}

/** Repeats a speed change until the speed stops changing (the slowest or fastest step). */
async function untilUnchanged(change: () => Promise<Capture>): Promise<void> {
  let before: number | undefined;
  for (let step = 0; step <= RATE_STEPS.length; step += 1) {
    const after = (await change()).state?.rate;
    if (after === before) return;
    before = after;
  }
}

const topicIntentOf = new Map(sourceIntents.filter((i) => i.topic).map((i) => [i.topic as string, i.name]));

/**
 * Drives the skill through every response it can give: launch (first and returning), every topic, every
 * deeper item (yes / next / more), every SUBJECT and TERM value, the tour, help, fallback, navigation at its
 * edges, speech rate, resume, stop, forget me, and the error paths. Returns every spoken response in order.
 */
export async function collectResponses(): Promise<Capture[]> {
  const captures: Capture[] = [];
  const store = new MemoryStore();
  const runtime = createSkillRuntime({ logger: SILENT, persistence: store });
  const device = (scenario: string, settings?: DeviceSettings, on: SkillRuntime = runtime) =>
    new Device(on, captures, scenario, settings ?? { locale: 'en-AU', userId: `amzn1.ask.account.REVIEW-${captures.length}` });

  // Launch, first visit, then the content walk: every topic by its own question, then yes through its items.
  const user = { locale: 'en-AU', userId: 'amzn1.ask.account.REVIEW-WALKER' };
  const walker = new Device(runtime, captures, 'Launch', user);
  await walker.launch('opens the skill for the first time (“Alexa, open bone cancer guide”)');
  walker.scenario = 'Topic questions, then yes through every deeper item';
  for (const topic of topics) {
    const intent = topicIntentOf.get(topic.id);
    if (!intent) continue;
    let reply = await walker.intent(intent);
    // Yes takes each offer while it stays inside this topic; "next" then leaves it for the follow-up.
    for (let guard = 0; guard < 20 && reply.state?.offer?.go?.topic === topic.id; guard += 1) {
      reply = await walker.intent('AMAZON.YesIntent', {}, `“yes” (after ${topic.title}${guard > 0 ? `, item ${guard}` : ''})`);
    }
    await walker.intent('AMAZON.RepeatIntent', {}, `“repeat” (at the end of ${topic.title})`);
    await walker.intent('AMAZON.NextIntent', {}, `“next” (at the end of ${topic.title})`);
  }

  // Every SUBJECT value, as Alexa resolves "tell me about …".
  const subjects = device('Tell me about … (every SUBJECT value)');
  await subjects.launch('opens the skill');
  for (const value of slotValues('SUBJECT')) {
    await subjects.intent(
      'TellMeAboutIntent',
      matched('subject', value.name.value, value.id),
      sampleOf('TellMeAboutIntent', value.name.value),
    );
  }
  await subjects.intent('TellMeAboutIntent', unmatched('subject', 'osteolytic'), sampleOf('TellMeAboutIntent', 'osteolytic'));
  await subjects.intent('TellMeAboutIntent', unmatched('subject', 'the weather'), sampleOf('TellMeAboutIntent', 'the weather'));
  await subjects.intent('TellMeAboutIntent', {}, '“tell me about” (nothing named)');

  // Every TERM value, as Alexa resolves "what does … mean".
  const terms = device('What does … mean (every TERM value)');
  await terms.launch('opens the skill');
  for (const value of slotValues('TERM')) {
    await terms.intent('DefineTermIntent', matched('term', value.name.value, value.id), sampleOf('DefineTermIntent', value.name.value));
  }
  await terms.intent('DefineTermIntent', unmatched('term', 'chemotherapy'), sampleOf('DefineTermIntent', 'chemotherapy'));
  await terms.intent('DefineTermIntent', unmatched('term', 'the weather'), sampleOf('DefineTermIntent', 'the weather'));
  await terms.intent('DefineTermIntent', {}, '“what does … mean” (no word heard)');

  // The guided tour: "more" into every topic's items, "next" on, help and "no" on the way, to the end.
  const tour = device('Guided tour');
  await tour.launch('opens the skill');
  let stop = await tour.intent('GuidedTourIntent');
  await tour.intent('AMAZON.HelpIntent', {}, '“help” (on the tour)');
  for (let guard = 0; guard < 100 && stop.state?.tour; guard += 1) {
    const at = stop.state.at;
    const items = at ? (topics.find((t) => t.id === at.topic)?.items.length ?? 0) : 0;
    const more = at !== undefined && at.item + 1 < items;
    stop = more
      ? await tour.intent('AMAZON.MoreIntent', {}, `“more” (on the tour, at ${at?.topic})`)
      : await tour.intent('AMAZON.NextIntent', {}, `“next” (on the tour, after ${at?.topic})`);
  }
  await tour.intent('AMAZON.NextIntent', {}, '“next” (after the end of the tour)');
  const stopped = device('Guided tour');
  await stopped.intent('GuidedTourIntent', {}, '“walk me through it” (one-shot)');
  await stopped.intent('AMAZON.NoIntent', {}, '“no” (on the tour)');

  // Help, fallback, lists and navigation at their edges.
  const nav = device('Help, fallback and navigation');
  await nav.launch('opens the skill');
  await nav.intent('AMAZON.HelpIntent', {}, '“help” (before choosing a topic)');
  await nav.intent('AMAZON.FallbackIntent', {}, 'something the skill does not cover (before choosing a topic)');
  await nav.intent('AMAZON.YesIntent', {}, '“yes” (no question asked yet)');
  await nav.intent('ListTopicsIntent');
  await nav.intent('AMAZON.YesIntent', {}, '“yes” (after the list of topics)');
  await nav.intent('AMAZON.HelpIntent', {}, '“help” (inside a topic)');
  await nav.intent('AMAZON.FallbackIntent', {}, 'something the skill does not cover (after an offer)');
  await nav.intent('AMAZON.NoIntent', {}, '“no” (declining an offer)');
  await nav.intent('UrgentHelpIntent');
  const edges = device('Help, fallback and navigation');
  await edges.intent('AMAZON.RepeatIntent', {}, '“repeat” (one-shot: nothing said yet)');
  await edges.intent('AMAZON.PreviousIntent', {}, '“go back” (nothing heard yet)');
  await edges.intent('SymptomsIntent');
  await edges.intent('AMAZON.PreviousIntent', {}, '“go back” (at the start of the first topic heard)');
  await edges.intent('AMAZON.MoreIntent', {}, '“more” (in a topic)');
  await edges.intent('AMAZON.PreviousIntent', {}, '“go back” (inside a topic)');
  await edges.intent('TreatmentIntent');
  await edges.intent('AMAZON.PreviousIntent', {}, '“go back” (to the topic heard before)');
  await nav.intent('AMAZON.StartOverIntent');
  await nav.intent('AMAZON.NavigateHomeIntent');
  await nav.intent('RetiredIntent', {}, 'an intent the skill does not declare');
  await nav.intent('AMAZON.StopIntent');
  const cancel = device('Help, fallback and navigation');
  await cancel.launch('opens the skill');
  await cancel.intent('AMAZON.CancelIntent');

  // Speech rate: down to the slowest step, up to the fastest, back to normal; a change with nothing said yet.
  const rate = device('Speech rate');
  await rate.intent('SpeakSlowerIntent', {}, '“speak slower” (as the first thing said, one-shot)');
  await rate.intent('CausesIntent', {}, `${sampleOf('CausesIntent')} (at the slower speed)`);
  await untilUnchanged(() => rate.intent('SpeakSlowerIntent', {}, '“speak slower” (after an answer)'));
  await rate.intent('AMAZON.YesIntent', {}, '“yes” (hear the last answer again at the new speed)');
  await untilUnchanged(() => rate.intent('SpeakFasterIntent', {}, '“speak faster” (after an answer)'));
  await rate.intent('NormalSpeedIntent');
  await rate.intent('NormalSpeedIntent', {}, `${sampleOf('NormalSpeedIntent')} (already at normal speed)`);

  // Returning visits: welcome back with and without somewhere to resume; resume; forget me.
  const back = new Device(runtime, captures, 'Returning visits, resume and forget me', user);
  await back.launch('opens the skill again, another day (somewhere to carry on from)');
  await back.intent('AMAZON.YesIntent', {}, '“yes” (carry on where I left off)');
  await back.intent('ResumeIntent');
  await back.intent('ForgetMeIntent');
  const rateOnly = { locale: 'en-AU', userId: 'amzn1.ask.account.REVIEW-RATE-ONLY' };
  const first = new Device(runtime, captures, 'Returning visits, resume and forget me', rateOnly);
  await first.intent('SpeakSlowerIntent', {}, '“speak slower” (one-shot, saves a setting)');
  first.hangUp();
  const again = new Device(runtime, captures, 'Returning visits, resume and forget me', rateOnly);
  await again.launch('opens the skill again (a saved speed, nowhere to carry on from)');
  await again.intent('ResumeIntent', {}, `${sampleOf('ResumeIntent')} (nothing saved)`);
  const noStore = createSkillRuntime({ logger: SILENT });
  await device('Returning visits, resume and forget me', undefined, noStore).intent(
    'ForgetMeIntent',
    {},
    `${sampleOf('ForgetMeIntent')} (nothing is stored)`,
  );
  const failing = createSkillRuntime({ logger: SILENT, persistence: new MemoryStore(true) });
  await device('Returning visits, resume and forget me', undefined, failing).intent(
    'ForgetMeIntent',
    {},
    `${sampleOf('ForgetMeIntent')} (the store cannot delete just now)`,
  );

  // A one-shot question on first use: the disclaimer follows the answer.
  const oneShot = device('One-shot questions');
  await oneShot.intent('SymptomsIntent', {}, `${sampleOf('SymptomsIntent')} (one-shot, first use: “Alexa, ask bone cancer guide …”)`);

  // Errors: a request the skill cannot read, and a locale it does not serve.
  const errors = device('Errors and unsupported requests');
  await errors.raw({ version: '1.0', request: 'garbled' }, 'malformed request', 'a request the skill cannot read');
  // An intent request with no intent in it makes a handler throw: the skill's error handler answers.
  const broken = intentRequest({ locale: 'en-AU' }, newSession(), 'AMAZON.HelpIntent', {});
  await errors.raw(
    { ...broken, request: { ...broken.request, intent: null } },
    'broken intent request',
    'a request whose intent cannot be read',
  );
  const french = device('Errors and unsupported requests', { locale: 'fr-FR' });
  await french.launch('opens the skill from a French-language device');

  await askOwnQuestions(device('Own questions'));
  await askEveryKind(device('Own questions of each kind'));

  return captures;
}

/** Examples of questions the sheet does not answer, or not exactly, and of no question at all. */
export const NOT_ANSWERED_EXAMPLES: readonly string[] = [
  'do dogs get bone cancer',
  'what are the side effects of chemo',
  'how much does radiation therapy cost',
  'can you tell me',
];

/** Questions for the intents whose carrier says what is asked ("how long …"): the slot holds the rest. */
const CARRIED_EXAMPLES: ReadonlyArray<[string, string]> = [
  ['HowLongQuestionIntent', 'does a bone scan take'],
  ['HowManyQuestionIntent', 'types are there'],
];

/** A sentence's words as Alexa hands them to a phrase slot: lower case, no punctuation. */
export function spokenForm(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();
}

/** The sentence's words less those of the passage's own title and names: what it says beyond its subject. */
function beyondNames(unit: Unit, sentence: string): string {
  const named = new Set(spokenForm([unit.title, ...unit.names].join(' ')).split(' '));
  return spokenForm(sentence)
    .split(' ')
    .filter((word) => !named.has(word))
    .join(' ');
}

/** Whether a reply says this sentence of the unit without saying all of the unit: quoted on its own. */
function quotesAlone(reply: Capture, unit: Unit, sentence: string): boolean {
  return reply.ssml.includes(pronounce(sentence)) && !unit.sentences.every((s) => reply.ssml.includes(pronounce(s)));
}

/**
 * A person's own questions, each a one-shot in a new session after a first visit (so no welcome or disclaimer
 * is added): the examples the sheet does not answer, an empty question, then every passage and glossary entry
 * (lambda/question/corpus.ts) by its name, and every sentence of it in its own words; a sentence those words
 * do not bring out on its own is asked again without the words of the passage's own names. What is recorded is whatever
 * the skill answers, whichever passage it quotes.
 */
async function askOwnQuestions(asker: Device): Promise<void> {
  const ask = async (query: string, says: string, intent = 'QuestionIntent', slot = 'query') => {
    asker.hangUp();
    return asker.intent(intent, { [slot]: { name: slot, value: query } }, says);
  };
  await asker.launch('opens the skill for the first time');
  asker.scenario = 'Own questions the sheet does not answer';
  for (const question of NOT_ANSWERED_EXAMPLES) await ask(question, `“${question}”`);
  asker.hangUp();
  await asker.intent('QuestionIntent', {}, 'a question intent with nothing in its slot (no words heard)');
  asker.scenario = 'Own questions whose first words say what is asked';
  for (const [name, query] of CARRIED_EXAMPLES) {
    const intent = QUESTION_INTENTS.find((i) => i.name === name);
    if (intent) await ask(query, `“${intent.asks ?? ''} ${query}” (${name})`, name, intent.slot);
  }
  for (const unit of corpusUnits()) {
    asker.scenario = 'Own questions: every passage and glossary entry by its name';
    const name = spokenForm(unit.names[0] ?? unit.title);
    await ask(name, `“${name}”`);
    for (const sentence of unit.sentences) {
      asker.scenario = 'Own questions: every sentence of the sheet, in its own words';
      const own = spokenForm(sentence);
      const reply = await ask(own, `“${own}”`);
      const narrower = beyondNames(unit, sentence);
      if (quotesAlone(reply, unit, sentence) || !narrower || narrower === own) continue;
      asker.scenario = 'Own questions: the sentence without the words of its passage’s names';
      await ask(narrower, `“${narrower}”`);
    }
  }
}

/**
 * Every kind of question (content/question-kinds.json), in order, by its example: one-shot in a new session
 * after a first visit, as the other own questions are; understood through the interaction model (the intent and
 * slot Alexa's model gives it), and again whole through QuestionIntent, the question path with no carrier, so
 * that a reply that depends on the route shows as two. Then the first sample of each intent the model keeps
 * for one kind. Each capture is labelled with its kind.
 */
async function askEveryKind(asker: Device): Promise<void> {
  await asker.launch('opens the skill for the first time');
  asker.scenario = 'Own questions: the example of every kind of question';
  for (const kind of questionKinds.kinds) {
    asker.kind = kind.id;
    await asker.oneShot(kind.example, `“${kind.example}”`);
    asker.hangUp();
    await asker.intent(
      'QuestionIntent',
      { query: { name: 'query', value: kind.example } },
      `“${kind.example}” (the whole question, as QuestionIntent)`,
    );
  }
  asker.scenario = 'Own questions: the intents kept for one kind of question';
  for (const [kind, intent] of Object.entries(KIND_INTENTS)) {
    const sample = firstSample(intent);
    asker.kind = kind;
    await asker.oneShot(sample, `“${sample}”`);
  }
  asker.kind = undefined;
  asker.hangUp();
}

export interface CrawlSummary {
  captures: Capture[];
  exchanges: number;
  states: number;
}

/** How far the crawler walks: enough turns for "next" to reach the end of the guided tour. */
const CRAWL_DEPTH = 40;

/**
 * A cross-check on the scripted drive: the conversation crawler (local/crawl.ts) sends every move the model
 * declares from every place in the conversation (on and off the tour), breadth-first, and everything it hears
 * is kept, labelled with the moves that led there.
 */
export async function crawlResponses(): Promise<CrawlSummary> {
  const captures: Capture[] = [];
  let exchanges = 0;
  const result = await crawl(createSkillRuntime({ logger: SILENT }), {
    stateKey: positionKey,
    maxDepth: CRAWL_DEPTH,
    keepExchanges: false,
    onExchange: ({ path, response }) => {
      exchanges += 1;
      const ssml = speechOf(response.response?.outputSpeech);
      if (!ssml) return;
      const reprompt = speechOf(response.response?.reprompt?.outputSpeech);
      const ends = response.response?.shouldEndSession !== false;
      const state = ends ? undefined : readCapturedState(response);
      const last = path.at(-1) ?? '';
      captures.push({
        scenario: 'Conversation crawler',
        says: path.join(' → '),
        intent: last.split(' ')[0] ?? last,
        ssml,
        ...(reprompt ? { reprompt } : {}),
        ends,
        ...(state ? { state } : {}),
      });
    },
  });
  return { captures, exchanges, states: result.states };
}
