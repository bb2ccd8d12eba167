// Every bench scenario's whole response envelope (not only its speech, as bench/reply-dump.ts records), from one
// built Lambda bundle, to compare builds byte for byte: node bench/envelope-dump.mjs dist/lambda/index.js out.json
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildScenarios } from './scenarios.mjs';

const [bundle, out] = process.argv.slice(2);
const { scenarios, skillId } = await buildScenarios(mkdtempSync(join(tmpdir(), 'envelope-dump-')));
process.env.LOG_LEVEL = 'SILENT';
process.env.METRICS = 'off';
process.env.SKILL_ID = skillId;
delete process.env.PREFERENCES_TABLE;
const { handler } = createRequire(import.meta.url)(resolve(bundle));
const results = {};
for (const scenario of scenarios) {
  const setup = [];
  for (const envelope of scenario.setup ?? []) setup.push(await handler(structuredClone(envelope), {}));
  results[scenario.name] = { setup, response: await handler(structuredClone(scenario.envelope), {}) };
}
writeFileSync(out, `${JSON.stringify(results, null, 1)}\n`);
console.log(`${Object.keys(results).length} scenarios → ${out}`);
