// What the skill keeps about a person between sessions, and nothing more: the speech rate, whether the
// disclaimer has been heard, and the last passage of the sheet they heard (for "resume"). No utterances, no
// slot values. PRIVACY.md says the same, and test/privacy.test.ts holds the two together.
import { isValidPosition, type Position } from '../conversation/catalog';
import type { ConversationState } from '../conversation/state';
import { isRate, NORMAL_RATE } from '../speech/rate';
import { preferenceFieldsOf } from './record';

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
  const record = preferenceFieldsOf(stored as Record<string, unknown>);
  if (Object.keys(record).length === 0) return undefined;
  const resume = record.resume as Position | undefined;
  return {
    rate: isRate(record.rate) ? record.rate : NORMAL_RATE,
    disclaimerHeard: record.disclaimerHeard === true,
    ...(resume && typeof resume === 'object' && isValidPosition(resume) ? { resume: { topic: resume.topic, item: resume.item } } : {}),
  };
}

/** A person who has no record yet: what a record written for them starts from. */
export const NO_PREFERENCES: Preferences = { rate: NORMAL_RATE, disclaimerHeard: false };

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a?.topic === b?.topic && a?.item === b?.item;
}

/** The fields a turn changed: what differs between the session's preferences before it and after it. */
export function changesBetween(before: Preferences, after: Preferences): Partial<Preferences> {
  return {
    ...(after.rate !== before.rate ? { rate: after.rate } : {}),
    ...(after.disclaimerHeard !== before.disclaimerHeard ? { disclaimerHeard: after.disclaimerHeard } : {}),
    ...(after.resume && !samePosition(after.resume, before.resume) ? { resume: after.resume } : {}),
  };
}

export function samePreferences(a: Preferences, b: Preferences): boolean {
  return a.rate === b.rate && a.disclaimerHeard === b.disclaimerHeard && samePosition(a.resume, b.resume);
}
