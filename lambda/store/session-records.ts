// What a session knows of the preference records its speakers own, carried between turns in the session
// attributes (the conversation state's `stored`, as text). A session may hear several voices: Alexa names the
// speaker on each request (context.System.person) when it recognises them, and a turn it does not recognise
// belongs to the account's shared record. Each speaker's record is read the first time they speak in the
// session, and each write goes to that speaker's record alone, naming the key and generation that read found
// (record.ts), so that no voice's preferences, and no topic another voice heard, ever land in another's record.
import { isRecord } from '../util/records';
import { type Preferences, readPreferences } from './preferences';

/** What the session read of one speaker's record, and has written to it since. */
export interface ReadRecord {
  /** The preferences the record holds; undefined when it holds none (no record, forgotten, or expired). */
  preferences?: Preferences;
  /** The generation every write to it must name (record.ts). */
  generation?: string;
  /** The record was last written long enough ago that this visit writes it again (retention.ts). */
  refreshDue?: boolean;
}

/**
 * Each speaker's record by key. null: the store is not used for that speaker this session (it failed or was
 * too slow, and the session keeps its settings to itself rather than make each turn wait again).
 */
export type SessionRecords = Map<string, ReadRecord | null>;

/**
 * A session that hears more voices than this writes nothing for the newest: each would cost a read, and a
 * household's Echo hears a few people, not a crowd.
 */
export const MAX_SPEAKERS_PER_SESSION = 4;

const KEY = /^[0-9a-f]{64}$/;

export function writeSessionRecords(records: SessionRecords): string {
  return JSON.stringify(
    [...records].map(([key, read]) =>
      read === null
        ? [key, null]
        : [key, { p: read.preferences ?? null, g: read.generation ?? null, ...(read.refreshDue ? { r: true } : {}) }],
    ),
  );
}

function readEntry(value: unknown): ReadRecord | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return undefined;
  const preferences = value.p === null ? undefined : readPreferences(value.p);
  if (value.p !== null && preferences === undefined) return undefined;
  if (value.g !== null && typeof value.g !== 'string') return undefined;
  return {
    ...(preferences ? { preferences } : {}),
    ...(typeof value.g === 'string' ? { generation: value.g } : {}),
    ...(value.r === true ? { refreshDue: true } : {}),
  };
}

/**
 * The records as a session carried them; undefined for anything this version did not write (session attributes
 * come back from the device, and a session from before an update carries another shape): the caller then uses
 * no store for the rest of that session.
 */
export function readSessionRecords(text: string): SessionRecords | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length > MAX_SPEAKERS_PER_SESSION) return undefined;
  const records: SessionRecords = new Map();
  for (const pair of parsed) {
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'string' || !KEY.test(pair[0])) return undefined;
    const read = readEntry(pair[1]);
    if (read === undefined) return undefined;
    records.set(pair[0], read);
  }
  return records;
}
