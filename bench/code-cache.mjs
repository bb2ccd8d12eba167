// An experiment, not a build step (docs/performance.md, "Issue 16, seventeenth pass"): the Lambda's two files loaded with
// V8 code caches made after a first question, to measure what a cache would save and what it would cost the package.
// Writes a folder that bench/cold-compare.mjs can measure beside dist/lambda:
//   index.js        a loader: compiles index.body.js (and question.js, when the body requires it) with vm.Script, given
//                   <file>.cache as cachedData when there is one (V8 compiles from the source when it rejects it)
//   index.body.js   dist/lambda/index.js as built; question.js and question.pack (which question.js reads) as built
//   *.cache         script.createCachedData() of each, taken in a process that answered the bench's question first
//
//   node bench/code-cache.mjs <out folder> [--reject]
//     --reject  a byte of each cache's header changed, as a V8 of another version (or other flags) finds it: rejected
// Run `node scripts/build.mjs lambda` first. The cache is V8's own: valid only for the same V8 version and flags.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeZip } from '../scripts/zip.mjs';
import { functionEnvironment } from './function-env.mjs';
import { buildScenarios } from './scenarios.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const out = argv.find((arg) => !arg.startsWith('--'));
if (!out) {
  console.error('usage: node bench/code-cache.mjs <out folder> [--reject]');
  process.exit(2);
}
const from = join(ROOT, 'dist', 'lambda');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
copyFileSync(join(from, 'index.js'), join(out, 'index.body.js'));
copyFileSync(join(from, 'question.js'), join(out, 'question.js'));
copyFileSync(join(from, 'question.pack'), join(out, 'question.pack'));
// The files are ASCII (scripts/build.mjs), so latin1 reads them as Node's loader does: one-byte strings.
writeFileSync(
  join(out, 'index.js'),
  `'use strict';
const fs = require('node:fs');
const vm = require('node:vm');
const scripts = [];
function load(name, need) {
  const file = \`\${__dirname}/\${name}\`;
  let cachedData;
  try {
    cachedData = fs.readFileSync(\`\${file}.cache\`);
  } catch {}
  const source = \`(function (exports, require, module, __filename, __dirname) {\${fs.readFileSync(file, 'latin1')}\\n})\`;
  const script = new vm.Script(source, { filename: file, cachedData });
  scripts.push([file, script]);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, need, module, file, __dirname);
  return module.exports;
}
let question;
module.exports = load('index.body.js', (id) => (id === './question.js' ? (question ??= load('question.js', require)) : require(id)));
if (process.env.CODE_CACHE_PRODUCE)
  process.on('exit', () => {
    for (const [file, script] of scripts) fs.writeFileSync(\`\${file}.cache\`, script.createCachedData());
  });
`,
);

// The caches, from a process with the function's environment that answers the bench's question, as a container's first.
const work = mkdtempSync(join(tmpdir(), 'code-cache-'));
const { scenarios, skillId } = await buildScenarios(work);
const envelope = join(work, 'question.json');
writeFileSync(envelope, JSON.stringify(scenarios.find((s) => s.name === 'QuestionIntent').envelope));
const env = { ...process.env, ...functionEnvironment(ROOT), LOG_LEVEL: 'SILENT', SKILL_ID: skillId, CODE_CACHE_PRODUCE: '1' };
delete env.PREFERENCES_TABLE;
delete env.NODE_OPTIONS;
delete env.NODE_EXTRA_CA_CERTS;
const made = spawnSync(process.execPath, [join(ROOT, 'bench', 'cold-run.cjs'), resolve(out, 'index.js'), envelope], {
  env,
  encoding: 'utf8',
});
rmSync(work, { recursive: true, force: true });
if (made.status !== 0) throw new Error(`the producing process exited ${made.status}\n${made.stderr}`);
if (argv.includes('--reject'))
  for (const name of ['index.body.js.cache', 'question.js.cache']) {
    const data = readFileSync(join(out, name));
    data[5] ^= 0xff; // in the header's V8 version hash
    writeFileSync(join(out, name), data);
  }

// Sizes: every file, and a zip of them as scripts/package.mjs writes one (scripts/zip.mjs).
const files = readdirSync(out)
  .sort()
  .map((name) => ({ name, data: readFileSync(join(out, name)) }));
let raw = 0;
for (const { name, data } of files) {
  raw += data.length;
  console.log(`${name.padEnd(22)} ${String(data.length).padStart(8)} bytes`);
}
const zipFile = join(tmpdir(), `code-cache-${process.pid}.zip`);
const zipBytes = await writeZip(zipFile, files);
console.log(`${'all'.padEnd(22)} ${String(raw).padStart(8)} bytes; zip ${(zipBytes / 1024).toFixed(1)} KB`);
rmSync(zipFile);
