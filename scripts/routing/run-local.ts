// npm run routing:local [-- --report FILE] [--model FILE]: our matcher and a statistical classifier over the routing set
// (scripts/routing/local.ts). Prints the counts and every disagreement; --report writes the full scored
// report of both readers to FILE as well; --model reads another interaction model (an earlier one, to
// compare). Needs no network and no account.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InteractionModel } from '../../local/nlu/model';
import { compareLocally, formatComparison } from './local';
import { formatScore } from './score';
import { ROOT, readRoutingSet } from './set';

const MODEL_FILE = 'skill-package/interactionModels/custom/en-AU.json';

async function main(): Promise<void> {
  const modelAt = process.argv.indexOf('--model');
  const modelFile = modelAt >= 0 ? (process.argv[modelAt + 1] ?? MODEL_FILE) : join(ROOT, MODEL_FILE);
  const model = JSON.parse(readFileSync(modelFile, 'utf8')) as InteractionModel;
  const result = await compareLocally(readRoutingSet(), model);
  console.log(formatComparison(result));
  const reportAt = process.argv.indexOf('--report');
  const file = reportAt >= 0 ? process.argv[reportAt + 1] : undefined;
  if (file) {
    writeFileSync(file, `${formatScore(result.matcher, 'our matcher')}\n\n${formatScore(result.classifier, 'NLP.js classifier')}\n`);
    console.log(`\nreport: ${file}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
