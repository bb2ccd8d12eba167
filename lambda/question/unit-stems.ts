// Each unit's content words as stems (search-index.json, `stems`): written by the index build, and worked out again
// from the units by the web app, which carries the units already and so does not carry these too
// (local/web-app/question-index.ts).
import type { Unit } from './corpus';
import { contentStems } from './search-options';

/** A unit's phrases as their content stems: stems joined by spaces, phrases by commas. */
export function stemsOfPhrases(phrases: readonly string[]): string {
  return phrases.map((phrase) => contentStems(phrase).join(' ')).join(',');
}

/** A unit's names as their content stems, each once: a unit's names are read as a set (which pairs, which names). */
export function stemsOfNames(names: readonly string[]): string {
  return distinctPhrases(names.map((name) => contentStems(name).join(' ')));
}

/** Phrases of stems, each once, joined by commas. */
export function distinctPhrases(phrases: readonly string[]): string {
  return [...new Set(phrases)].join(',');
}

/** By unit key: its sentences' stems, then its title's and names' (SearchIndexFile.stems). */
export function unitStems(units: readonly Unit[]): Record<string, [string, string]> {
  return Object.fromEntries(units.map((unit) => [unit.key, [stemsOfPhrases(unit.sentences), stemsOfNames([unit.title, ...unit.names])]]));
}
