// The benchmark's request scenarios (bench/envelopes.ts), built with the local runtime's envelope helpers and
// bundled into a work folder so plain node can run them. Shared by bench.mjs and load.mjs.
import { bundleForNode } from './bundle-for-node.mjs';

/**
 * { scenarios, skillId }: every scenario is { name, setup: envelopes sent first in the same session,
 * envelope: the timed one }; skillId is the id the envelopes are addressed to.
 */
export async function buildScenarios(work) {
  const envelopes = await bundleForNode('bench/envelopes.ts', 'envelopes', work);
  return { scenarios: envelopes.scenarios(), skillId: envelopes.SKILL_ID, questionScenarios: envelopes.QUESTION_SCENARIOS };
}
