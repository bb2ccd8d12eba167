// npm run routing:local's work: every utterance of the routing set read by our template matcher (local/nlu)
// and by a statistical classifier trained on the same model (classifier.ts), side by side. Where the two
// disagree, or the classifier's best two intents are close, the model leaves room for a device to misroute
// what was said: those are where carrier phrases or samples need work. Both readers are also scored against
// the set's labels, the same way `npm run routing:real` scores Alexa.
import type { InteractionModel } from '../../local/nlu/model';
import { createResolver, type Resolution } from '../../local/nlu/resolver';
import { requestText } from './carriers';
import { type Classification, trainClassifier } from './classifier';
import { type Routed, type RoutingScore, scoreRouting } from './score';
import type { RoutingItem, RoutingSet } from './set';

/** The classifier's best two scores (NLP.js scores sum to 1) closer than this leave the choice open. */
export const CLOSE_MARGIN = 0.2;

export interface Compared {
  item: RoutingItem;
  matcher: { intent: string; slotId?: string };
  classifier: Classification;
  /** The two readers chose different intents. */
  disagree: boolean;
  /** The classifier's best two intents are within CLOSE_MARGIN. */
  close: boolean;
}

export interface LocalComparison {
  compared: Compared[];
  matcher: RoutingScore;
  classifier: RoutingScore;
  disagreements: number;
  close: number;
}

function slotIdOf(resolution: Resolution): string | undefined {
  return Object.values(resolution.slots).find((slot) => slot.resolution?.id)?.resolution?.id;
}

export async function compareLocally(set: RoutingSet, model: InteractionModel): Promise<LocalComparison> {
  const resolver = createResolver(model);
  const classifier = await trainClassifier(model);
  const invocationName = model.interactionModel.languageModel.invocationName;
  const compared: Compared[] = [];
  for (const item of set.items) {
    const text = requestText(item.said, invocationName);
    const resolution = resolver.resolve(text);
    const slotId = slotIdOf(resolution);
    const matcher = { intent: resolution.intent, ...(slotId ? { slotId } : {}) };
    const classification = await classifier.classify(text);
    const [best, second] = classification.ranked;
    compared.push({
      item,
      matcher,
      classifier: classification,
      disagree: matcher.intent !== classification.intent,
      close: best !== undefined && second !== undefined && best.score - second.score < CLOSE_MARGIN,
    });
  }
  const asRouted = (c: Compared, by: 'matcher' | 'classifier'): Routed =>
    by === 'matcher'
      ? { item: c.item, intent: c.matcher.intent, ...(c.matcher.slotId ? { slotId: c.matcher.slotId } : {}) }
      : {
          item: c.item,
          intent: c.classifier.intent,
          ...(c.classifier.slot ? { slotId: c.classifier.slot.id } : {}),
          ...(c.classifier.ranked[1] ? { runnerUp: c.classifier.ranked[1].intent } : {}),
          local: c.matcher,
        };
  return {
    compared,
    matcher: scoreRouting(compared.map((c) => asRouted(c, 'matcher'))),
    classifier: scoreRouting(compared.map((c) => asRouted(c, 'classifier'))),
    disagreements: compared.filter((c) => c.disagree).length,
    close: compared.filter((c) => c.close).length,
  };
}

const reading = (intent: string, slotId?: string): string => (slotId ? `${intent}(${slotId})` : intent);

/** The comparison as plain text: counts, then each disagreement and close call, grouped by what the classifier chose. */
export function formatComparison(result: LocalComparison): string {
  const { compared } = result;
  const total = compared.length;
  const lines = [
    `routing:local: ${total} utterances of the routing set, our matcher beside an NLP.js classifier trained on the model`,
    `disagreements (different intents): ${result.disagreements}`,
    `close calls (classifier's top two within ${CLOSE_MARGIN}): ${result.close}`,
    `matcher accuracy: ${result.matcher.overall.hits}/${total}; classifier accuracy: ${result.classifier.overall.hits}/${total}`,
    `fallback on out-of-domain: matcher ${result.matcher.fallbackOnNegatives.hits}/${result.matcher.fallbackOnNegatives.total}, classifier ${result.classifier.fallbackOnNegatives.hits}/${result.classifier.fallbackOnNegatives.total}`,
    `fallback on everything else: matcher ${result.matcher.fallbackOnPositives.hits}/${result.matcher.fallbackOnPositives.total}, classifier ${result.classifier.fallbackOnPositives.hits}/${result.classifier.fallbackOnPositives.total}`,
    `own-words questions lost: matcher ${result.matcher.lostOwnWords.length}, classifier ${result.classifier.lostOwnWords.length}`,
    '',
    'disagreements, by the classifier’s choice (utterance | matcher | classifier: top two):',
  ];
  const groups = new Map<string, Compared[]>();
  for (const c of compared.filter((x) => x.disagree)) groups.set(c.classifier.intent, [...(groups.get(c.classifier.intent) ?? []), c]);
  for (const [intent, group] of [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
    lines.push(`  → ${intent} (${group.length})`);
    for (const c of group) lines.push(`    ${c.item.said} | ${reading(c.matcher.intent, c.matcher.slotId)} | ${topTwo(c.classifier)}`);
  }
  lines.push('', 'close calls where both readers agree:');
  for (const c of compared.filter((x) => x.close && !x.disagree)) lines.push(`  ${c.item.said} | ${topTwo(c.classifier)}`);
  return lines.join('\n');
}

function topTwo(c: Classification): string {
  return c.ranked
    .slice(0, 2)
    .map((r) => `${r.intent} ${r.score.toFixed(2)}`)
    .join(', ');
}
