// The conversation crawler: everything the skill can say, found by asking it everything, in every state the
// conversation can reach. Used by test/crawler.test.ts (checks every response) and by any tool that needs the
// complete set of replies (the review script of everything the skill says).
//
// API
//   crawl(runtime, options?) → Promise<CrawlResult>
//     runtime   any SkillRuntime (createSkillRuntime(...)): requests go through the one entrance Lambda uses.
//     options   CrawlOptions, all optional:
//       maxDepth     turns from the start (default 2: launch or a one-shot, then every move from every state they reach)
//       maxStates    distinct states kept (default 5,000); states past it are counted in `dropped`, not visited
//       oneShot      also open sessions with every move instead of launch, as "Alexa, ask … how is it treated"
//                    does (default true)
//       moves        what the listener can do in each state (default: movesOf(the en-AU interaction model))
//       device       locale, user id, supported interfaces (default: en-AU, an Echo Show with APL and a viewport)
//       stateKey     how states are told apart (default conversationKey: the conversation attributes, canonical
//                    JSON; positionKey keeps only where the listener is, for long walks in few states)
//       keepExchanges  false to stream through onExchange without keeping them (default true)
//       onExchange   called after every exchange, in crawl order
//   → CrawlResult
//     states       distinct open-session states reached (the closed state before launch not counted)
//     exchanges    every request sent and its response: { path, request, response, depth, from, to }
//                  path: the moves from the closed state, e.g. ['LaunchRequest', 'TellMeAboutIntent subject=treatment']
//                  from / to: state keys before and after (to is undefined when the session ended)
//     dropped      new states not kept because maxStates was reached
//     unexpanded   states kept but not explored because they lie at maxDepth
//   Also exported: movesOf(model?) (the default moves), conversationKey and positionKey (state keys), CLOSED (the
//   `from` of a session's first request), SCREEN_DEVICE (the default device), UNMATCHED_SLOT_WORDS.
//   Example: const { exchanges } = await crawl(createSkillRuntime({ logger }), { stateKey: positionKey, maxDepth: 40 });
//
// Breadth-first: each state is the session attributes the skill returned; every move is sent from every state
// once, and a reply that leads to a state already seen is recorded but not explored again. A move is one
// intent the model declares; a slot intent becomes one move per value id of its custom slot type, one with
// words that match no value (ER_SUCCESS_NO_MATCH) and one with the slot empty. Nothing here asserts: the
// caller checks the exchanges.
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import questionKinds from '../content/question-kinds.json';
import type { SkillRuntime } from '../lambda/skill';
import modelFile from '../skill-package/interactionModels/custom/en-AU.json';
import { type DeviceSettings, intentRequest, launchRequest, type SessionInfo } from './envelope';
import type { ResolvedSlot } from './nlu';

/** The parts of an interaction model the crawler reads. */
export interface CrawlModel {
  interactionModel: {
    languageModel: {
      intents: ReadonlyArray<{ name: string; slots?: ReadonlyArray<{ name: string; type: string }> }>;
      types?: ReadonlyArray<{
        name: string;
        values: ReadonlyArray<{ id?: string; name: { value: string; synonyms?: readonly string[] } }>;
      }>;
    };
  };
}

/** One thing the listener can do: launch the skill, or say something Alexa resolves to an intent and slots. */
export type Move =
  | { kind: 'launch'; label: string }
  | { kind: 'intent'; label: string; intent: string; slots: Record<string, ResolvedSlot>; slotTypes: Record<string, string> };

export interface CrawlExchange {
  path: string[];
  depth: number;
  request: RequestEnvelope;
  response: ResponseEnvelope;
  from: string;
  to?: string;
}

export interface CrawlOptions {
  maxDepth?: number;
  maxStates?: number;
  oneShot?: boolean;
  moves?: readonly Move[];
  device?: DeviceSettings;
  stateKey?: (sessionAttributes: Record<string, unknown>) => string;
  keepExchanges?: boolean;
  onExchange?: (exchange: CrawlExchange) => void | Promise<void>;
}

export interface CrawlResult {
  states: number;
  exchanges: CrawlExchange[];
  dropped: number;
  unexpanded: number;
}

/** Words no slot value matches, as the listener might say them. */
export const UNMATCHED_SLOT_WORDS = 'banana bread recipe';

/**
 * A phrase slot (AMAZON.SearchQuery) has no values to go through: it is asked a question the sheet answers in a
 * sentence, one whose words it has but never together, two in one breath (one of which the sheet does not answer),
 * and (as every slot is) words it does not have at all.
 */
export const PHRASE_SLOT_QUESTIONS: Readonly<Record<string, string>> = {
  '(answered)': 'is chemotherapy given into a vein',
  '(not exactly)': 'is targeted therapy given for myeloma',
  '(two in one)': 'how long does chemo take and is it going to make him sick',
};

/**
 * Each kind of question the skill tells apart (content/question-kinds.json), asked through the question intent
 * by its example: a crisis, an emergency, a symptom now, advice, time left, a procedure's duration and so on.
 */
export function questionKindMoves(): Move[] {
  const examples: Array<[string, string]> = [
    ...questionKinds.kinds.map((kind): [string, string] => [kind.id, kind.example]),
    ...Object.entries(ASKED_WITHOUT_A_KIND),
  ];
  return examples.map(([id, example]) => ({
    kind: 'intent',
    label: `QuestionIntent query=(${id})`,
    intent: 'QuestionIntent',
    slots: { query: { name: 'query', value: example } },
    slotTypes: { query: 'AMAZON.SearchQuery' },
  }));
}

/** What a question may be understood to ask that is not a kind of its own: two names of one thing, under comparison. */
const ASKED_WITHOUT_A_KIND: Readonly<Record<string, string>> = {
  'same-thing': 'is radiotherapy the same as radiation therapy',
};

/** The key of the state before any session is open. */
export const CLOSED = '(closed)';

/** An Echo Show: APL and a viewport, so the screen (and its choices) is part of every answer. */
export const SCREEN_DEVICE: DeviceSettings = {
  locale: 'en-AU',
  userId: 'amzn1.ask.account.CRAWLER-USER-0000',
  supportedInterfaces: { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } },
  viewport: {
    experiences: [{ canRotate: false, canResize: false }],
    mode: 'HUB',
    shape: 'RECTANGLE',
    pixelWidth: 1280,
    pixelHeight: 800,
    dpi: 160,
  },
};

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** The default state key: the conversation attributes (everything the skill keeps between turns), canonical. */
export function conversationKey(sessionAttributes: Record<string, unknown>): string {
  return canonical(sessionAttributes.conversation ?? sessionAttributes);
}

/**
 * A coarse key: where the listener is, and whether on the tour; the first state found at each place stands for
 * all the others there (whatever the offer, history, last answer or speed). A crawl keyed on it walks far (every
 * item and topic by "next", to the end of the tour) in about a hundred states; the default key explores every
 * state exactly, but only a few turns deep (the count grows about thirty-fold a turn).
 */
export function positionKey(sessionAttributes: Record<string, unknown>): string {
  const conversation = (sessionAttributes.conversation ?? {}) as Record<string, unknown>;
  return canonical({ at: conversation.at ?? null, tour: conversation.tour === true });
}

/** Every move the model declares: plain intents once, slot intents once per value id, unmatched words and empty. */
export function movesOf(model: CrawlModel = modelFile as unknown as CrawlModel): Move[] {
  const { intents, types = [] } = model.interactionModel.languageModel;
  const valuesOf = new Map(types.map((type) => [type.name, type.values]));
  const moves: Move[] = [{ kind: 'launch', label: 'LaunchRequest' }];
  for (const intent of intents) {
    const slots = intent.slots ?? [];
    const slotTypes = Object.fromEntries(slots.map((slot) => [slot.name, slot.type]));
    const empty = Object.fromEntries(slots.map((slot) => [slot.name, { name: slot.name, value: '' }]));
    if (slots.length === 0) {
      moves.push({ kind: 'intent', label: intent.name, intent: intent.name, slots: {}, slotTypes });
      continue;
    }
    for (const slot of slots) {
      const filled = (label: string, resolved: ResolvedSlot): Move => ({
        kind: 'intent',
        label: `${intent.name} ${slot.name}=${label}`,
        intent: intent.name,
        slots: { ...empty, [slot.name]: resolved },
        slotTypes,
      });
      for (const value of valuesOf.get(slot.type) ?? []) {
        const id = value.id ?? value.name.value;
        moves.push(
          filled(id, { name: slot.name, value: value.name.value, resolution: { status: 'ER_SUCCESS_MATCH', id, name: value.name.value } }),
        );
      }
      if (slot.type === 'AMAZON.SearchQuery') {
        for (const [label, value] of Object.entries(PHRASE_SLOT_QUESTIONS)) moves.push(filled(label, { name: slot.name, value }));
        moves.push(filled('(unmatched)', { name: slot.name, value: UNMATCHED_SLOT_WORDS }));
      } else
        moves.push(filled('(unmatched)', { name: slot.name, value: UNMATCHED_SLOT_WORDS, resolution: { status: 'ER_SUCCESS_NO_MATCH' } }));
      moves.push(filled('(empty)', { name: slot.name, value: '' }));
    }
  }
  return moves;
}

interface Pending {
  key: string;
  attributes: Record<string, unknown>;
  path: string[];
  sessionId: string;
}

export async function crawl(runtime: SkillRuntime, options: CrawlOptions = {}): Promise<CrawlResult> {
  const { maxDepth = 2, maxStates = 5000, oneShot = true, device = SCREEN_DEVICE, stateKey = conversationKey } = options;
  const moves = options.moves ?? movesOf();
  const keep = options.keepExchanges !== false;
  const exchanges: CrawlExchange[] = [];
  const seen = new Set<string>();
  const dropped = new Set<string>();
  let unexpanded = 0;
  let sessions = 0;

  let frontier: Pending[] = [{ key: CLOSED, attributes: {}, path: [], sessionId: '' }];
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth += 1) {
    const next: Pending[] = [];
    for (const state of frontier) {
      const closed = state.key === CLOSED;
      for (const move of moves) {
        if (closed && move.kind === 'intent' && !oneShot) continue;
        // Launch always opens a new session, as saying the invocation name does on a device.
        const opens = closed || move.kind === 'launch';
        sessions += opens ? 1 : 0;
        const session: SessionInfo = opens
          ? { sessionId: `amzn1.echo-api.session.crawler-${sessions}`, isNew: true, attributes: {} }
          : { sessionId: state.sessionId, isNew: false, attributes: state.attributes };
        const request =
          move.kind === 'launch' ? launchRequest(device, session) : intentRequest(device, session, move.intent, move.slots, move.slotTypes);
        const response = await runtime.invoke(request);
        const path = [...state.path, move.label];
        const open = response.response?.shouldEndSession === false;
        const attributes = (response.sessionAttributes ?? {}) as Record<string, unknown>;
        const to = open ? stateKey(attributes) : undefined;
        const exchange: CrawlExchange = { path, depth, request, response, from: state.key, to };
        if (keep) exchanges.push(exchange);
        await options.onExchange?.(exchange);
        if (to === undefined || seen.has(to)) continue;
        if (seen.size >= maxStates) {
          dropped.add(to);
          continue;
        }
        seen.add(to);
        if (depth === maxDepth) unexpanded += 1;
        else next.push({ key: to, attributes, path, sessionId: session.sessionId });
      }
    }
    frontier = next;
  }
  return { states: seen.size, exchanges, dropped: dropped.size, unexpanded };
}
