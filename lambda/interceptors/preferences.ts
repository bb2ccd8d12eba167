// Remembered preferences: each speaker's record is read the first time they speak in a session, and written
// when their own turn changes something (and again on a visit a day or more after the last write, so that a
// record in use never reaches its expiry). The store is never allowed to hold up or lose an answer: reads and
// writes are bounded, and a failure leaves the session with its own settings and a warning in the log.
//
// A session two voices share (two recognised voices, or a recognised one and a turn Alexa did not recognise)
// goes on speaking as it began: the first speaker's preferences set the session's. Each later speaker's record
// is read before their first turn is written, and takes only what their own turns changed (a speed they asked
// for, a passage they asked to hear), under the key and generation that read found: never the first speaker's
// speed or the topic the first speaker heard (lambda/store/session-records.ts).
import type { HandlerInput, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import { hasTurn, turnOf } from '../conversation/turn';
import { requestType } from '../handlers/match';
import { errorFields } from '../log';
import { countStoreProblem } from '../metrics/tracking';
import { changesBetween, NO_PREFERENCES, type Preferences, preferencesOf, readPreferences, samePreferences } from '../store/preferences';
import { RECORD_META_KEY, recordKeyOf, recordMetaOf } from '../store/record';
import { MAX_SPEAKERS_PER_SESSION, readSessionRecords, type SessionRecords, writeSessionRecords } from '../store/session-records';
import { type StoreTimeouts, withTimeout } from '../store/timeout';

/** This turn's speaker, and the session's preferences before the handler ran: what the turn changes is theirs. */
interface SpeakerTurn {
  key: string;
  before: Preferences;
}

const SPEAKER_TURN_KEY = 'preferenceSpeaker';

function speakerTurnOf(input: HandlerInput): SpeakerTurn | undefined {
  return input.attributesManager.getRequestAttributes()[SPEAKER_TURN_KEY] as SpeakerTurn | undefined;
}

/** Whether this request's turn can remember anything: with no store, neither interceptor has anything to do (nor to wait for). */
function remembers(input: HandlerInput): boolean {
  return hasTurn(input) && turnOf(input).persistent;
}

export function loadPreferencesInterceptor(timeouts: StoreTimeouts): RequestInterceptor {
  return { process: (input) => (remembers(input) ? loadSpeakerOf(input, timeouts) : undefined) };
}

async function loadSpeakerOf(input: HandlerInput, timeouts: StoreTimeouts): Promise<void> {
  const type = requestType(input);
  if (!hasTurn(input) || !input.requestEnvelope.session || (type !== 'LaunchRequest' && type !== 'IntentRequest')) return;
  const turn = turnOf(input);
  const { state } = turn;
  if (!turn.persistent || state.stored === null) return;
  const records = state.stored === undefined ? new Map() : readSessionRecords(state.stored);
  if (records === undefined) {
    state.stored = null;
    return;
  }
  let key: string;
  try {
    key = recordKeyOf(input.requestEnvelope);
  } catch (error) {
    // No user id: nothing can be remembered for this request.
    turn.log.warn('preference store unavailable: settings kept for this session only', errorFields(error));
    return;
  }
  if (!records.has(key)) {
    // A speaker beyond the few a session keeps track of: their turns are not remembered.
    if (records.size >= MAX_SPEAKERS_PER_SESSION) return;
    await readSpeaker(input, records, key, timeouts);
    state.stored = writeSessionRecords(records);
  }
  if (records.get(key)) input.attributesManager.getRequestAttributes()[SPEAKER_TURN_KEY] = { key, before: preferencesOf(state) };
}

/** Reads a speaker's record into the session; the session's first speaker sets the session's preferences. */
async function readSpeaker(input: HandlerInput, records: SessionRecords, key: string, timeouts: StoreTimeouts): Promise<void> {
  const turn = turnOf(input);
  const first = records.size === 0;
  try {
    const attributes = await withTimeout(input.attributesManager.getPersistentAttributes(true), timeouts.readMs, 'reading preferences');
    const saved = readPreferences(attributes);
    const { generation, refreshDue } = recordMetaOf(attributes);
    if (first && saved)
      Object.assign(turn.state, { rate: saved.rate, disclaimerHeard: saved.disclaimerHeard, resume: saved.resume, returning: true });
    records.set(key, {
      ...(saved ? { preferences: saved } : {}),
      ...(generation ? { generation } : {}),
      ...(refreshDue ? { refreshDue } : {}),
    });
  } catch (error) {
    records.set(key, null);
    turn.log.warn('preference store unavailable: settings kept for this session only', errorFields(error));
    countStoreProblem(input, 'read', error);
  }
}

export function savePreferencesInterceptor(timeouts: StoreTimeouts): ResponseInterceptor {
  return { process: (input) => (remembers(input) ? saveSpeakerOf(input, timeouts) : undefined) };
}

async function saveSpeakerOf(input: HandlerInput, timeouts: StoreTimeouts): Promise<void> {
  if (!hasTurn(input)) return;
  const turn = turnOf(input);
  const { state } = turn;
  const speaker = speakerTurnOf(input);
  // "Forget me" sets stored to null: nothing more is written this session.
  if (!turn.persistent || typeof state.stored !== 'string' || !speaker) return;
  const records = readSessionRecords(state.stored);
  const read = records?.get(speaker.key);
  if (!records || !read) return;
  const changes = changesBetween(speaker.before, preferencesOf(state));
  // Nothing to remember for someone with no record; for someone with one, only a change or a due refresh.
  if (!read.preferences && Object.keys(changes).length === 0) return;
  const preferences: Preferences = { ...(read.preferences ?? NO_PREFERENCES), ...changes };
  if (read.preferences && samePreferences(preferences, read.preferences) && !read.refreshDue) return;
  const { generation } = read;
  input.attributesManager.setPersistentAttributes({ ...preferences, [RECORD_META_KEY]: { key: speaker.key, generation } });
  const saving = input.attributesManager.savePersistentAttributes();
  // A write that outlives the bound must not surface later as an unhandled rejection.
  saving.catch((error: unknown) => turn.log.warn('saving preferences failed', errorFields(error)));
  try {
    await withTimeout(saving, timeouts.writeMs, 'saving preferences');
    records.set(speaker.key, { preferences, ...(generation ? { generation } : {}) });
  } catch (error) {
    // Failed, refused ("forget me" came first), or too slow to wait for (it goes on in the background): this
    // speaker's settings stay with this session rather than make every later turn wait for the store again.
    // The failure is logged above.
    records.set(speaker.key, null);
    turn.log.warn('preference store slow or failing: settings kept for this session only');
    countStoreProblem(input, 'write', error);
  }
  state.stored = writeSessionRecords(records);
}
