// Cold first questions of two or more builds of the Lambda, side by side: for comparing a change with what it
// changes, where `npm run bench` measures one build against the baseline. Each round runs bare node and every
// bundle once, in fresh processes, in an order that rotates, so that the shared machine's noise falls on all
// alike; it reports medians of the paired differences over bare node (wall time, and the CPU time of the whole
// process, which waiting for a busy core does not inflate), and of the in-process figures (cpuMs: the process's CPU
// time when the first reply is ready).
//
//   node bench/cold-compare.mjs [--runs 12] [--launch] <folder or index.js> <folder or index.js> ...
//     a folder holds index.js (and question.js and question.pack beside it), as dist/lambda does; copy a build there to keep it
//     --launch  the first request is the bench's LaunchRequest (default: its QuestionIntent, as budgeted)
//     --question "words"  the QuestionIntent asks these words instead of the bench's question
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { functionEnvironment } from './function-env.mjs';
import { buildScenarios } from './scenarios.mjs';
import { median, quantile } from './stats.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const RUNS = runsAt === -1 ? 12 : Number(argv[runsAt + 1]);
const LAUNCH = argv.includes('--launch');
const questionAt = argv.indexOf('--question');
const QUESTION = questionAt === -1 ? undefined : argv[questionAt + 1];
const bundles = argv
  .filter((arg, i) => !arg.startsWith('--') && argv[i - 1] !== '--runs' && argv[i - 1] !== '--question')
  .map((arg) => {
    const path = resolve(arg);
    return statSync(path).isDirectory() ? join(path, 'index.js') : path;
  });
if (bundles.length === 0 || !Number.isInteger(RUNS) || RUNS < 1) {
  console.error('usage: node bench/cold-compare.mjs [--runs 12] [--launch | --question "words"] <folder or index.js> ...');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'cold-compare-'));
const { scenarios, skillId } = await buildScenarios(work);
const envelopeFile = join(work, 'envelope.json');
const scenario = scenarios.find((s) => s.name === (LAUNCH ? 'LaunchRequest' : 'QuestionIntent'));
if (QUESTION !== undefined && !LAUNCH) scenario.envelope.request.intent.slots.query.value = QUESTION;
writeFileSync(envelopeFile, JSON.stringify(scenario.envelope));

// As bench/bench.mjs: the deployed function's own settings (its template's), for bare node and every build alike, and
// none of this machine's Node settings the function does not have.
const env = { ...process.env };
delete env.PREFERENCES_TABLE;
delete env.NODE_OPTIONS;
delete env.NODE_EXTRA_CA_CERTS;
Object.assign(env, functionEnvironment(ROOT), { LOG_LEVEL: 'SILENT', SKILL_ID: skillId, COLD_RUN_EXIT_CPU: '1' });
const runner = join(ROOT, 'bench', 'cold-run.cjs');

function timed(args) {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8' });
  const wallMs = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}\n${result.stderr}`);
  // The runner's result is its last line: the skill writes its metrics line before it.
  const last = result.stdout.trim().split('\n').at(-1);
  const exit = result.stderr.trim().split('\n').at(-1);
  return { wallMs, ...(last ? JSON.parse(last) : {}), ...(exit?.startsWith('{') ? JSON.parse(exit) : {}) };
}

const bareCpu =
  "process.on('exit', () => { const c = process.cpuUsage(); process.stderr.write(JSON.stringify({ exitCpuMs: (c.user + c.system) / 1000 }) + '\\n'); })";
const sides = [
  { name: 'bare node', args: ['-e', bareCpu] },
  ...bundles.map((bundle) => ({ name: bundle, args: [runner, bundle, envelopeFile] })),
];
for (const side of sides) timed(side.args); // one unmeasured round: file and page caches
const samples = sides.map(() => []);
for (let round = 0; round < RUNS; round += 1) {
  const order = sides.map((_, i) => (i + round) % sides.length);
  for (const i of order) samples[i].push(timed(sides[i].args));
}
rmSync(work, { recursive: true, force: true });

const bare = samples[0];
const rows = sides.slice(1).map((side, n) => {
  const list = samples[n + 1];
  const over = list.map((s, i) => s.wallMs - bare[i].wallMs);
  return {
    bundle: `${basename(dirname(side.name))}/${basename(side.name)}`,
    overBareMs: median(over).toFixed(1),
    // The lower quartile too: on a busy machine, noise only ever adds time.
    overBareQ25Ms: quantile(over, 0.25).toFixed(1),
    firstRequestMs: median(list.map((s) => s.firstRequestMs)).toFixed(1),
    requireAndFirstMs: median(list.map((s) => s.requireAndFirstMs)).toFixed(1),
    requireAndFirstQ25Ms: quantile(
      list.map((s) => s.requireAndFirstMs),
      0.25,
    ).toFixed(1),
    cpuOverBareMs: median(list.map((s, i) => s.exitCpuMs - bare[i].exitCpuMs)).toFixed(1),
    cpuOverBareQ25Ms: quantile(
      list.map((s, i) => s.exitCpuMs - bare[i].exitCpuMs),
      0.25,
    ).toFixed(1),
    spoke: list.every((s) => s.spoke),
  };
});
console.log(
  `${RUNS} rounds, ${LAUNCH ? 'LaunchRequest' : `QuestionIntent "${scenario.envelope.request.intent.slots.query.value}"`}; bare node ${median(bare.map((s) => s.wallMs)).toFixed(1)} ms wall, ${median(bare.map((s) => s.exitCpuMs)).toFixed(1)} ms CPU`,
);
console.table(rows);
