// The benchmark's request scenarios (bench/envelopes.ts), built with the local runtime's envelope helpers and
// bundled into a work folder so plain node can run them. Shared by bench.mjs and load.mjs.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * { scenarios, skillId }: every scenario is { name, setup: envelopes sent first in the same session,
 * envelope: the timed one }; skillId is the id the envelopes are addressed to.
 */
export async function buildScenarios(work) {
  await build({
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
    absWorkingDir: ROOT,
    entryPoints: { envelopes: 'bench/envelopes.ts' },
    outdir: work,
  });
  const envelopes = createRequire(import.meta.url)(join(work, 'envelopes.js'));
  return { scenarios: envelopes.scenarios(), skillId: envelopes.SKILL_ID, questionScenarios: envelopes.QUESTION_SCENARIOS };
}
