// Writes the interaction models and skill.json from their sources. With --check, writes nothing and
// exits 1 if any checked-in file differs (the tests make the same check).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedFiles, keepDeployedEndpoint } from '../model/build';

const root = process.cwd();
const check = process.argv.includes('--check');
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
