// The conversation's state, kept in session attributes between turns. Read defensively: attributes come
// back from the device and a broken or foreign value must never crash a turn, only be forgotten.
import { isRate, NORMAL_RATE } from '../speech/rate';
import { en } from '../speech/resources/en';
import { isValidPosition, type Position } from './catalog';
import { type ChoiceKey, OUTCOME_KINDS, type Reply } from './reply';

/**
 * What "yes" does next: go to a passage, or say the last answer again. `declined: 'menu'` makes "no" go to
 * the menu rather than ask what else (the returning welcome's offer to carry on).
 */
/**
 * What "yes" does: go to a passage (`heard`: the numbers of its sentences already said, so that yes continues
 * with the rest), or say the last answer again.
 */
export type Offer = { go: Position; declined?: 'menu'; heard?: number[] } | { repeat: true };

/** At most this many sentences of a passage are remembered as heard: a passage is a few sentences long. */
const HEARD_LIMIT = 12;

export interface ConversationState {
  at?: Position;
  offer?: Offer;
  tour: boolean;
  /** Earlier topics, most recent last, for "go back" across topics. */
  history: Position[];
  /** The last answer, so "repeat" says exactly it again. */
  last?: Reply;
  /** Speech rate, a prosody percentage from RATE_STEPS. */
  rate: number;
  disclaimerHeard: boolean;
  /** The last content passage heard, kept across sessions for "resume". */
  resume?: Position;
  /** The person has preferences saved from an earlier session. */
  returning: boolean;
  /**
   * What the preference store holds, as a fingerprint: undefined until it is read this session, null when the
   * store cannot be used this session (down, slow, or the person asked to be forgotten).
   */
  stored?: string | null;
}

export const HISTORY_LIMIT = 10;

export function initialState(): ConversationState {
  return { tour: false, history: [], rate: NORMAL_RATE, disclaimerHeard: false, returning: false };
}

function readPosition(value: unknown): Position | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { topic, item } = value as Record<string, unknown>;
  if (typeof topic !== 'string' || typeof item !== 'number' || !Number.isInteger(item)) return undefined;
  const at = { topic, item };
  return isValidPosition(at) ? at : undefined;
}

function readOffer(value: unknown): Offer | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (record.repeat === true) return { repeat: true };
  const go = readPosition(record.go);
  if (!go) return undefined;
  if (record.declined === 'menu') return { go, declined: 'menu' };
  const heard = Array.isArray(record.heard)
    ? record.heard.filter((n): n is number => Number.isInteger(n) && n >= 0 && n < HEARD_LIMIT).slice(0, HEARD_LIMIT)
    : [];
  return heard.length > 0 ? { go, heard } : { go };
}

function readStrings(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((s) => typeof s === 'string') ? value : undefined;
}

function isChoiceKey(key: string): key is ChoiceKey {
  return key.startsWith('choice.') && Object.hasOwn(en, key);
}

/**
 * A stored answer longer than this is not one the skill gave (the longest is under 700 characters): said again,
 * it could pass Alexa's 8,000-character limits on speech and cards, so it is forgotten (found by fuzzing).
 */
export const STORED_REPLY_MAX_CHARS = 4000;

function readReply(value: unknown): Reply | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const body = readStrings(record.body);
  if (typeof record.title !== 'string' || !body) return undefined;
  const texts = [record.title, ...body, record.question, record.reprompt].filter((text) => typeof text === 'string');
  if (texts.reduce((total, text) => total + text.length, 0) > STORED_REPLY_MAX_CHARS) return undefined;
  return {
    title: record.title,
    body,
    question: typeof record.question === 'string' ? record.question : undefined,
    reprompt: typeof record.reprompt === 'string' ? record.reprompt : undefined,
    choices: readStrings(record.choices)?.filter(isChoiceKey),
    offer: readOffer(record.offer),
    card: record.card === true,
    ...(record.plain === true ? { plain: true } : {}),
    ...readOutcome(record.outcome),
  };
}

/** How a stored answer was given, from the closed list (crisis support is met gently afterwards). */
function readOutcome(value: unknown): Pick<Reply, 'outcome'> {
  const kind = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).kind : undefined;
  const known = OUTCOME_KINDS.find((outcome) => outcome === kind);
  return known ? { outcome: { kind: known } } : {};
}

/** The state stored under this key in session attributes. */
export const STATE_KEY = 'conversation';

export function readState(attributes: unknown): ConversationState {
  const state = initialState();
  if (typeof attributes !== 'object' || attributes === null) return state;
  const stored = (attributes as Record<string, unknown>)[STATE_KEY];
  if (typeof stored !== 'object' || stored === null) return state;
  const record = stored as Record<string, unknown>;
  state.at = readPosition(record.at);
  state.offer = readOffer(record.offer);
  state.tour = record.tour === true;
  state.history = Array.isArray(record.history)
    ? record.history
        .map(readPosition)
        .filter((p): p is Position => p !== undefined)
        .slice(-HISTORY_LIMIT)
    : [];
  state.last = readReply(record.last);
  state.rate = isRate(record.rate) ? record.rate : NORMAL_RATE;
  state.disclaimerHeard = record.disclaimerHeard === true;
  state.resume = readPosition(record.resume);
  state.returning = record.returning === true;
  state.stored = typeof record.stored === 'string' || record.stored === null ? record.stored : undefined;
  return state;
}

/** A copy without undefined fields, as the JSON Alexa carries would be (cheaper than a JSON round trip). */
function defined<T extends object>(record: T): Partial<T> {
  const copy: Partial<T> = {};
  for (const key of Object.keys(record) as Array<keyof T>) if (record[key] !== undefined) copy[key] = record[key];
  return copy;
}

/** Session attributes carry only what the next turn needs. */
export function writeState(state: ConversationState): Record<string, unknown> {
  return { [STATE_KEY]: defined({ ...state, last: state.last ? defined(state.last) : undefined }) };
}
