// Instructions of a container's first request, whole process, counted by callgrind with V8 made repeatable: one
// thread (`--single-threaded`: no background compiler or collector whose timing moves the count), fixed seeds
// (`--hash-seed`, `--random-seed`) and no collection on a timer (`--no-memory-reducer`: under valgrind a process runs
// for seconds), less V8's hash-seed search (`detail::sprp`) as the passes before counted it. Two
// runs of one build agree to within a few thousand instructions, where the plain count moves by ±0.3M, so a change
// of 0.1M shows in one run each (docs/performance.md, "Issue 16, nineteenth pass"). The flags move the absolute
// count (Node compiles its own modules differently with them), so it compares builds; it is not the budget's ratio.
//
//   node bench/instructions.mjs [--launch | --question "words"] <folder or index.js> ...
//     a folder holds index.js (and question.js and question.pack beside it), as dist/lambda does; needs valgrind
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { functionEnvironment } from './function-env.mjs';
import { buildScenarios } from './scenarios.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const LAUNCH = argv.includes('--launch');
const questionAt = argv.indexOf('--question');
const QUESTION = questionAt === -1 ? undefined : argv[questionAt + 1];
const bundles = argv
  .filter((arg, i) => !arg.startsWith('--') && argv[i - 1] !== '--question')
  .map((arg) => {
    const path = resolve(arg);
    return statSync(path).isDirectory() ? join(path, 'index.js') : path;
  });
if (bundles.length === 0) {
  console.error('usage: node bench/instructions.mjs [--launch | --question "words"] <folder or index.js> ...');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'instructions-'));
const { scenarios, skillId } = await buildScenarios(work);
const scenario = scenarios.find((s) => s.name === (LAUNCH ? 'LaunchRequest' : 'QuestionIntent'));
if (QUESTION !== undefined && !LAUNCH) scenario.envelope.request.intent.slots.query.value = QUESTION;
const envelopeFile = join(work, 'envelope.json');
writeFileSync(envelopeFile, JSON.stringify(scenario.envelope));

// As bench/bench.mjs: the deployed function's own settings, and none of this machine's Node settings.
const env = { ...process.env };
delete env.PREFERENCES_TABLE;
delete env.NODE_OPTIONS;
delete env.NODE_EXTRA_CA_CERTS;
Object.assign(env, functionEnvironment(ROOT), { LOG_LEVEL: 'SILENT', SKILL_ID: skillId });
const REPEATABLE = ['--single-threaded', '--hash-seed=1', '--random-seed=1', '--no-memory-reducer'];

/** Instructions of one process, less V8's hash-seed search. */
function counted(args) {
  const out = join(work, 'callgrind.out');
  const run = spawnSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, process.execPath, ...REPEATABLE, ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`valgrind exited ${run.status}\n${run.stderr}`);
  const annotated = spawnSync('callgrind_annotate', ['--inclusive=yes', out], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;
  const total = Number(/^\s*([\d,]+) \(100\.0%\)\s+PROGRAM TOTALS/m.exec(annotated)?.[1].replace(/,/g, ''));
  const seed = Number(/^\s*([\d,]+) \([\s\d.]+%\)\s+\S*detail::sprp/m.exec(annotated)?.[1].replace(/,/g, '') ?? 0);
  return total - seed;
}

const bare = counted(['-e', '']);
console.log(`${LAUNCH ? 'LaunchRequest' : `QuestionIntent "${scenario.envelope.request.intent.slots.query.value}"`}`);
console.log(`bare node: ${(bare / 1e6).toFixed(3)}M instructions`);
for (const bundle of bundles) {
  const count = counted([join(ROOT, 'bench', 'cold-run.cjs'), bundle, envelopeFile]);
  console.log(`${bundle}: ${(count / 1e6).toFixed(3)}M (+${((count - bare) / 1e6).toFixed(3)}M over bare node)`);
}
rmSync(work, { recursive: true, force: true });
