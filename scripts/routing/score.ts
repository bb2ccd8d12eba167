// Scores where utterances were routed (by Alexa, or by one of our local readers) against the routing set's
// labels: accuracy overall and per expected intent, a confusion table, own-words questions lost, the
// fallback rate on out-of-domain requests and on everything else, runner-up intents, and agreement with
// our matcher. Shared by `npm run routing:real` and `npm run routing:local`.
import { FALLBACK, type RoutingItem, readingFits } from './set';

/** Where one utterance went. */
export interface Routed {
  item: RoutingItem;
  /** The intent chosen; NO_SKILL when a one-shot request never reached the skill. */
  intent: string;
  slotId?: string;
  /** The best intent considered but not chosen, where the reader says. */
  runnerUp?: string;
  /** Our matcher's reading of the same words, for agreement. */
  local?: { intent: string; slotId?: string };
}

/** A one-shot request Alexa did not send to the skill at all. */
export const NO_SKILL = '(not sent to the skill)';

export interface Tally {
  total: number;
  hits: number;
}

export interface RoutingScore {
  overall: Tally;
  /** By expected intent. */
  perIntent: Map<string, Tally>;
  /** Expected intent → intent chosen → count, for utterances that did not fit. */
  confusion: Map<string, Map<string, number>>;
  /** Own-words questions that went to a topic, navigation or Fallback whose reply does not answer them. */
  lostOwnWords: Routed[];
  /** Out-of-domain requests that reached Fallback (hits: Fallback). */
  fallbackOnNegatives: Tally;
  /** Everything else that reached Fallback (hits: Fallback): understanding lost. */
  fallbackOnPositives: Tally;
  /** Expected intent → runner-up → count: where the model's intents are close. */
  runnerUps: Map<string, Map<string, number>>;
  /** The same intent as our matcher. */
  agreement: Tally;
}

const tally = (): Tally => ({ total: 0, hits: 0 });

function count<K>(map: Map<K, Map<string, number>>, key: K, value: string): void {
  const inner = map.get(key) ?? new Map<string, number>();
  inner.set(value, (inner.get(value) ?? 0) + 1);
  map.set(key, inner);
}

export function fits(routed: Routed): boolean {
  return readingFits(routed.item, routed.intent, routed.slotId);
}

export function scoreRouting(routed: readonly Routed[]): RoutingScore {
  const score: RoutingScore = {
    overall: tally(),
    perIntent: new Map(),
    confusion: new Map(),
    lostOwnWords: [],
    fallbackOnNegatives: tally(),
    fallbackOnPositives: tally(),
    runnerUps: new Map(),
    agreement: tally(),
  };
  for (const r of routed) {
    const expected = r.item.expect.intent;
    const ok = fits(r);
    const perIntent = score.perIntent.get(expected) ?? tally();
    score.perIntent.set(expected, perIntent);
    for (const t of [score.overall, perIntent]) {
      t.total += 1;
      if (ok) t.hits += 1;
    }
    if (!ok) count(score.confusion, expected, r.intent);
    if (!ok && r.item.tags.includes('own-words')) score.lostOwnWords.push(r);
    const fallbackRate = r.item.tags.includes('out-of-domain') ? score.fallbackOnNegatives : score.fallbackOnPositives;
    fallbackRate.total += 1;
    if (r.intent === FALLBACK) fallbackRate.hits += 1;
    if (r.runnerUp) count(score.runnerUps, expected, r.runnerUp);
    if (r.local) {
      score.agreement.total += 1;
      if (r.local.intent === r.intent) score.agreement.hits += 1;
    }
  }
  return score;
}

export function percent(t: Tally): string {
  return t.total === 0 ? '-' : `${((100 * t.hits) / t.total).toFixed(1)}%`;
}

const byCount = (map: Map<string, number>): string =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');

/** The report, as plain text for a terminal or a file. */
export function formatScore(score: RoutingScore, title: string): string {
  const lines = [
    `${title}`,
    `accuracy: ${score.overall.hits}/${score.overall.total} (${percent(score.overall)})`,
    `fallback rate on out-of-domain requests: ${score.fallbackOnNegatives.hits}/${score.fallbackOnNegatives.total} (${percent(score.fallbackOnNegatives)})`,
    `fallback rate on everything else: ${score.fallbackOnPositives.hits}/${score.fallbackOnPositives.total} (${percent(score.fallbackOnPositives)})`,
  ];
  if (score.agreement.total > 0)
    lines.push(`same intent as our matcher: ${score.agreement.hits}/${score.agreement.total} (${percent(score.agreement)})`);
  lines.push('', 'per expected intent:');
  for (const [intent, t] of [...score.perIntent.entries()].sort((a, b) => a[0].localeCompare(b[0])))
    lines.push(`  ${intent}: ${t.hits}/${t.total} (${percent(t)})`);
  lines.push('', 'confusion (expected → chosen instead):');
  for (const [intent, chosen] of [...score.confusion.entries()].sort((a, b) => a[0].localeCompare(b[0])))
    lines.push(`  ${intent} → ${byCount(chosen)}`);
  lines.push('', `own-words questions lost (${score.lostOwnWords.length}):`);
  for (const r of score.lostOwnWords) lines.push(`  ${r.item.said} → ${r.intent}${r.slotId ? ` (${r.slotId})` : ''}`);
  if (score.runnerUps.size > 0) {
    lines.push('', 'runner-up intents (expected → considered next):');
    for (const [intent, next] of [...score.runnerUps.entries()].sort((a, b) => a[0].localeCompare(b[0])))
      lines.push(`  ${intent} → ${byCount(next)}`);
  }
  return lines.join('\n');
}
