// Writes the interaction models and skill.json from their sources. With --check, writes nothing and
// exits 1 if any checked-in file differs (the tests make the same check). With --name-free, writes nothing and
// prints the name-free container (model/name-free.ts), to review it or paste it into the developer console.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildInteractionModel, generatedFiles, keepDeployedEndpoint } from '../model/build';
import { nameFreeInteraction, nameFreeProblems } from '../model/name-free';

const root = process.cwd();
const check = process.argv.includes('--check');

// The name-free phrases are checked whether or not the switch puts them in the deployed model.
const nameFree = nameFreeInteraction();
const problems = nameFreeProblems(nameFree, buildInteractionModel().interactionModel.languageModel);
if (problems.length > 0) {
  for (const problem of problems) console.error(`name-free phrase: ${problem}`);
  process.exit(1);
}
if (process.argv.includes('--name-free')) {
  console.log(JSON.stringify({ _nameFreeInteraction: nameFree }, null, 2));
  process.exit(0);
}
let stale = 0;
for (const [path, generated] of generatedFiles()) {
  const file = join(root, path);
  let current: string | undefined;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  const text = keepDeployedEndpoint(path, generated, current);
  if (current === text) continue;
  if (check) {
    console.error(`out of date: ${path} (run npm run generate)`);
    stale += 1;
  } else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`wrote ${path}`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
