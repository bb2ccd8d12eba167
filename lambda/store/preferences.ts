// What the skill keeps about a person between sessions, and nothing more: the speech rate, whether the
// disclaimer has been heard, and where they were (for "resume"). No utterances, no slot values, nothing
// about their health. PRIVACY.md says the same, and test/privacy.test.ts holds the two together.
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

/**
 * What the store holds for this session, as text carried in the session between turns: the preferences it
 * was last given (undefined: none, or none worth keeping as they are, so the next turn writes) and the
 * generation every write must name (record.ts).
 */
export function fingerprint(preferences: Preferences | undefined, generation: string | undefined): string {
  return JSON.stringify([
    preferences?.rate ?? null,
    preferences?.disclaimerHeard ?? null,
    preferences?.resume?.topic ?? null,
    preferences?.resume?.item ?? null,
    generation ?? null,
  ]);
}

/** The generation a fingerprint carries; undefined for none (or for a fingerprint this version did not write). */
export function generationOf(stored: string): string | undefined {
  try {
    const generation: unknown = (JSON.parse(stored) as unknown[])[4];
    return typeof generation === 'string' ? generation : undefined;
  } catch {
    return undefined;
  }
}
