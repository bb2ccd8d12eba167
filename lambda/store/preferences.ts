// What the skill keeps about a person between sessions, and nothing more: the speech rate, whether the
// disclaimer has been heard, and where they were (for "resume"). No utterances, no slot values, nothing
// about their health.
import { isValidPosition, type Position } from '../conversation/catalog';
import type { ConversationState } from '../conversation/state';
import { isRate, NORMAL_RATE } from '../speech/rate';

export interface Preferences {
  rate: number;
  disclaimerHeard: boolean;
  resume?: Position;
}

export function preferencesOf(state: ConversationState): Preferences {
  return { rate: state.rate, disclaimerHeard: state.disclaimerHeard, ...(state.resume ? { resume: state.resume } : {}) };
}

/** Stored attributes, checked field by field: a record written by an older version must not break a turn. */
export function readPreferences(stored: unknown): Preferences | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const record = stored as Record<string, unknown>;
  if (Object.keys(record).length === 0) return undefined;
  const resume = record.resume as Position | undefined;
  return {
    rate: isRate(record.rate) ? record.rate : NORMAL_RATE,
    disclaimerHeard: record.disclaimerHeard === true,
    ...(resume && typeof resume === 'object' && isValidPosition(resume) ? { resume: { topic: resume.topic, item: resume.item } } : {}),
  };
}

/** A stable text form, to tell whether anything changed since the store last saw it. */
export function fingerprint(preferences: Preferences): string {
  return JSON.stringify([
    preferences.rate,
    preferences.disclaimerHeard,
    preferences.resume?.topic ?? null,
    preferences.resume?.item ?? null,
  ]);
}
