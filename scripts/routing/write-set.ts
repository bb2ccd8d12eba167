// npm run routing:set: writes eval/routing/en-AU.json from its sources (scripts/routing/build-set.ts).
// Run it after changing a question set, the held-out utterances, eval/routing/curated.json or the model.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRoutingSet, formatRoutingSet, routingSetProblems } from './build-set';
import { ROOT, ROUTING_SET_FILE } from './set';

const set = buildRoutingSet();
const problems = routingSetProblems(set);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
} else {
  writeFileSync(join(ROOT, ROUTING_SET_FILE), formatRoutingSet(set));
  console.log(`${ROUTING_SET_FILE}: ${set.items.length} utterances`);
}
