// npm run routing:real [-- --locale en-AU] [--sweep] [--write-baseline] [--report FILE]
// How Alexa itself routes the routing set on the deployed development skill (scripts/routing/real.ts). Needs
// ASK_REFRESH_TOKEN, ASK_VENDOR_ID and SKILL_ID, and the ASK CLI on the PATH; without the credentials it says
// so and exits 0. Exits 1 when accuracy falls under the committed baseline (eval/routing/baseline.json).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InteractionModel } from '../../local/nlu/model';
import { buildInteractionModel } from '../../model/build';
import { type Baseline, runRealRouting } from './real';
import { ROOT, readRoutingSet } from './set';
import { askCliSmapi, credentialsFrom } from './smapi';

const BASELINE_FILE = 'eval/routing/baseline.json';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const credentials = credentialsFrom(process.env);
  if (!credentials) {
    console.log('skipped: no credentials (ASK_REFRESH_TOKEN, ASK_VENDOR_ID and SKILL_ID; see docs/deploy.md)');
    return;
  }
  const locale = option('--locale') ?? 'en-AU';
  const baseline = JSON.parse(readFileSync(join(ROOT, BASELINE_FILE), 'utf8')) as Baseline;
  const result = await runRealRouting({
    smapi: askCliSmapi(credentials),
    set: readRoutingSet(),
    model: buildInteractionModel() as InteractionModel,
    locale,
    baseline,
    sweep: process.argv.includes('--sweep'),
    // A full build takes minutes; a simulation, seconds. Poll every 15 s for up to an hour.
    waiting: { sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)), pollMs: 15_000, maxPolls: 240 },
    log: (line) => console.error(line),
  });
  console.log(result.report);
  const report = option('--report');
  if (report) writeFileSync(report, `${result.report}\n`);
  if (process.argv.includes('--write-baseline')) {
    const accuracy = Math.round((10_000 * result.score.overall.hits) / Math.max(1, result.score.overall.total)) / 10_000;
    writeFileSync(join(ROOT, BASELINE_FILE), `${JSON.stringify({ ...baseline, accuracy }, null, 2)}\n`);
    console.log(`baseline: ${accuracy} written to ${BASELINE_FILE}; commit it`);
  } else if (result.failure) {
    console.error(`routing:real failed: ${result.failure}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
