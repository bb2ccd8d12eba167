// The performance benchmark (`npm run bench`): the Lambda bundle against a minimal ask-sdk-core baseline that
// this script builds the same way, in the same run, on the same machine. Never a test: numbers, not verdicts,
// except the budgets, which it reports as met or not. See docs/performance.md.
//
//   node bench/bench.mjs [--no-build] [--quick] [--strict]
//     --no-build  use dist/lambda/index.js as it is (default: rebuild it with scripts/build.mjs lambda first)
//     --quick     fewer repetitions (a smoke run, not for the record)
//     --strict    exit 1 when a budget falls short (default: report only; exit 1 only if the run itself fails)
//
// Measures: bundle and zip sizes; cold start in fresh processes (require, first LaunchRequest, and the whole
// process's wall time over a bare `node -e ''`); warm latency in one process (median and p99 per request
// type, CPU per request); peak memory. Prints a table and writes bench-results/bench.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { createPackage } from '../scripts/package.mjs';
import { functionEnvironment, STACK_TEMPLATE } from './function-env.mjs';
import { buildScenarios } from './scenarios.mjs';
import { median, quantile } from './stats.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? (QUICK ? 8 : 30));
const WARM = QUICK
  ? { BENCH_WARMUP: '100', BENCH_ROUNDS: '2', BENCH_BATCH: '200' }
  : { BENCH_WARMUP: '300', BENCH_ROUNDS: '6', BENCH_BATCH: '500' };
const OUT_DIR = join(ROOT, 'bench-results');
const KB = 1024;
const MB = 1024 * 1024;

const BUDGETS = {
  coldOverBareRatio: 1.2, // whole-process cold start over bare node, as a multiple of the baseline's
  coldQuestionOverBareRatio: 1.3, // the same, with a person's own question as the container's first request
  warmMedianUs: 100, // every request type but a person's own question
  questionMedianUs: 3000, // a person's own question: a search of the sheet (warm, the engine loaded)
  bundleBytes: 250 * KB,
  zipBytes: 100 * KB,
  peakMemoryBytes: 80 * MB,
};

const startedAt = performance.now();
const loadAtStart = loadavg()[0];
const work = mkdtempSync(join(tmpdir(), 'bench-'));
const log = (message) => process.stderr.write(`bench: ${message}\n`);

/**
 * The deployed function's own settings (MALLOC_ARENA_MAX…), read from its CloudFormation template: every measured
 * process gets them, the skill's, the baseline's and bare node's alike (bench/function-env.mjs).
 */
const FUNCTION_ENV = functionEnvironment(ROOT);

/**
 * The environment every measured process gets: the function's settings, no preference table (the store is off), quiet
 * logs, and none of this machine's Node settings the function does not have: NODE_OPTIONS, and NODE_EXTRA_CA_CERTS
 * (a sandbox that points it at the system's whole CA bundle makes every Node process parse 144 certificates at start,
 * ~50 ms and 1–2 MB; Lambda's Node.js 20 and later runtimes load no extra certificates unless the function sets it:
 * docs/performance.md, "Issue 16, sixteenth pass").
 */
function childEnv(extra = {}) {
  const env = { ...process.env };
  delete env.PREFERENCES_TABLE;
  delete env.NODE_OPTIONS;
  delete env.NODE_EXTRA_CA_CERTS;
  return { ...env, ...FUNCTION_ENV, LOG_LEVEL: 'SILENT', ...extra };
}

function run(command, argv, options = {}) {
  const result = spawnSync(command, argv, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * MB, ...options });
  if (result.status !== 0) {
    throw new Error(`${[command, ...argv].join(' ')} exited ${result.status}\n${result.stderr ?? ''}${result.stdout ?? ''}`);
  }
  return result;
}

// ---- build ---------------------------------------------------------------------------------------------

async function buildAll() {
  if (!args.has('--no-build')) {
    log('building the skill bundle (scripts/build.mjs lambda)');
    run(process.execPath, ['scripts/build.mjs', 'lambda', '--quiet']);
  }
  const skillBundle = join(ROOT, 'dist', 'lambda', 'index.js');
  statSync(skillBundle);

  // The baseline, bundled with the same esbuild options as scripts/build.mjs uses for the Lambda.
  const baselineDir = join(work, 'baseline');
  await build({
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    external: ['@aws-sdk/*'],
    legalComments: 'none',
    logLevel: 'error',
    absWorkingDir: ROOT,
    entryPoints: { index: 'bench/baseline/skill.ts' },
    outdir: baselineDir,
  });

  // The request envelopes, built by the local runtime's helpers.
  const { scenarios, skillId, questionScenarios } = await buildScenarios(work);
  const scenariosFile = join(work, 'scenarios.json');
  writeFileSync(scenariosFile, JSON.stringify(scenarios));
  const launchFile = join(work, 'launch.json');
  writeFileSync(launchFile, JSON.stringify(scenarios.find((s) => s.name === 'LaunchRequest').envelope));
  // A person's own question as a container's first request: the question engine loads with it.
  const questionFile = join(work, 'question.json');
  writeFileSync(questionFile, JSON.stringify(scenarios.find((s) => s.name === 'QuestionIntent').envelope));

  const skillZip = await createPackage({ bundleDir: join(ROOT, 'dist', 'lambda'), outFile: join(work, 'skill.zip') });
  const baselineZip = await createPackage({ bundleDir: baselineDir, outFile: join(work, 'baseline.zip'), files: ['index.js'] });
  return {
    skill: { bundle: skillBundle, bundleBytes: skillZip.bundleBytes, zipBytes: skillZip.bytes },
    baseline: { bundle: join(baselineDir, 'index.js'), bundleBytes: baselineZip.bundleBytes, zipBytes: baselineZip.bytes },
    skillId,
    questionScenarios: new Set(questionScenarios),
    scenariosFile,
    launchFile,
    questionFile,
    scenarioCount: scenarios.length,
  };
}

// ---- cold start ----------------------------------------------------------------------------------------

function timedProcess(argv, env) {
  const start = performance.now();
  const result = run(process.execPath, argv, { env });
  return { wallMs: performance.now() - start, stdout: result.stdout };
}

function cold(built) {
  log(`cold start: ${COLD_RUNS} fresh processes each for bare node, the skill and the baseline`);
  const runner = join(ROOT, 'bench', 'cold-run.cjs');
  const samples = { bare: [], skill: [], baseline: [], skillQuestion: [], baselineQuestion: [] };
  const env = childEnv({ SKILL_ID: built.skillId });
  // one unmeasured round first: file cache, page cache
  timedProcess(['-e', ''], env);
  timedProcess([runner, built.skill.bundle, built.launchFile], env);
  timedProcess([runner, built.baseline.bundle, built.launchFile], env);
  timedProcess([runner, built.skill.bundle, built.questionFile], env);
  for (let i = 0; i < COLD_RUNS; i++) {
    // rotate the order so no side always runs right after another
    const order = [
      ['bare', () => timedProcess(['-e', ''], env)],
      ['skill', () => timedProcess([runner, built.skill.bundle, built.launchFile], env)],
      ['baseline', () => timedProcess([runner, built.baseline.bundle, built.launchFile], env)],
      ['skillQuestion', () => timedProcess([runner, built.skill.bundle, built.questionFile], env)],
      ['baselineQuestion', () => timedProcess([runner, built.baseline.bundle, built.questionFile], env)],
    ];
    for (let k = 0; k < i % order.length; k++) order.push(order.shift());
    for (const [name, measure] of order) {
      const { wallMs, stdout } = measure();
      // The runner's result is its last line: the skill writes its metrics (EMF lines) to stdout before it.
      const result = stdout.trim().split('\n').at(-1);
      samples[name].push({ wallMs, ...(result ? JSON.parse(result) : {}) });
    }
  }
  const summarise = (name) => {
    const list = samples[name];
    const over = list.map((s, i) => s.wallMs - samples.bare[i].wallMs);
    return {
      runs: list.length,
      wallMs: median(list.map((s) => s.wallMs)),
      overBareMs: median(over),
      overBareP90Ms: quantile(over, 0.9),
      requireMs: median(list.map((s) => s.requireMs)),
      firstRequestMs: median(list.map((s) => s.firstRequestMs)),
      requireAndFirstMs: median(list.map((s) => s.requireAndFirstMs)),
      requireAndFirstP90Ms: quantile(
        list.map((s) => s.requireAndFirstMs),
        0.9,
      ),
      maxRssBytes: Math.max(...list.map((s) => s.maxRssBytes)),
      spoke: list.every((s) => s.spoke),
    };
  };
  return {
    bare: { runs: samples.bare.length, wallMs: median(samples.bare.map((s) => s.wallMs)) },
    skill: summarise('skill'),
    baseline: summarise('baseline'),
    skillQuestion: summarise('skillQuestion'),
    baselineQuestion: summarise('baselineQuestion'),
  };
}

// ---- warm ----------------------------------------------------------------------------------------------

/**
 * The budgeted warm runs write no metrics lines, as they write no log lines (LOG_LEVEL=SILENT): both are
 * output, and a tight loop writing 150,000 lines to /dev/null measures Node's file stream (a Buffer and a
 * callback per write) more than the skill. The cold runs do write their line, and `skill + metrics` below
 * reports what writing one per request costs, unbudgeted (docs/operations.md).
 */
function warm(name, bundle, built, env = { METRICS: 'off' }) {
  const out = join(work, `warm-${name.replace(/\W+/g, '-')}.json`);
  log(`warm: ${name}, ${built.scenarioCount} request types × ${Number(WARM.BENCH_ROUNDS) * Number(WARM.BENCH_BATCH)} requests`);
  run(process.execPath, [join(ROOT, 'bench', 'warm-run.cjs'), bundle, built.scenariosFile, out], {
    // Metrics lines, where written, are thrown away: kept, they would overflow the output buffer. The results
    // come back in the file.
    stdio: ['ignore', 'ignore', 'pipe'],
    env: childEnv({ SKILL_ID: built.skillId, ...WARM, ...env }),
  });
  return JSON.parse(readFileSync(out, 'utf8'));
}

// ---- report --------------------------------------------------------------------------------------------

const fmt = {
  kb: (bytes) => `${(bytes / KB).toFixed(1)} KB`,
  mb: (bytes) => `${(bytes / MB).toFixed(1)} MB`,
  ms: (ms) => `${ms.toFixed(1)} ms`,
  us: (us) => `${us.toFixed(0)} µs`,
  ratio: (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–'),
};

function table(rows) {
  const header = ['measure', 'skill', 'baseline', 'ratio', 'budget', ''];
  const all = [header, ...rows.map((row) => row.map((cell) => cell ?? ''))];
  const widths = header.map((_, i) => Math.max(...all.map((row) => String(row[i]).length)));
  const line = (row) =>
    row
      .map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

async function main() {
  const built = await buildAll();
  const coldResults = cold(built);
  const warmSkill = warm('skill', built.skill.bundle, built);
  const warmBaseline = warm('baseline', built.baseline.bundle, built);
  const warmMetrics = warm('skill + metrics', built.skill.bundle, built, { METRICS: 'on' });

  const broken = [
    ...warmSkill.results.filter((r) => r.failed).map((r) => `skill answered ${r.name} with its apology: "${r.said}"`),
    ...(coldResults.skill.spoke ? [] : ['the skill did not speak on its first LaunchRequest']),
    ...(coldResults.skillQuestion.spoke ? [] : ['the skill did not speak on its first question']),
    ...(coldResults.baseline.spoke ? [] : ['the baseline did not speak on its first LaunchRequest']),
  ];

  const baselineByName = new Map(warmBaseline.results.map((r) => [r.name, r]));
  const peakMemory = Math.max(warmSkill.memory.maxRssBytes, coldResults.skill.maxRssBytes);
  const baselinePeakMemory = Math.max(warmBaseline.memory.maxRssBytes, coldResults.baseline.maxRssBytes);
  const coldRatio = coldResults.skill.overBareMs / coldResults.baseline.overBareMs;
  const coldQuestionRatio = coldResults.skillQuestion.overBareMs / coldResults.baselineQuestion.overBareMs;
  const isQuestion = (r) => built.questionScenarios.has(r.name);
  const budgetOf = (r) => (isQuestion(r) ? BUDGETS.questionMedianUs : BUDGETS.warmMedianUs);
  const others = warmSkill.results.filter((r) => !isQuestion(r));
  const questions = warmSkill.results.filter(isQuestion);
  const slowest = [...others].sort((a, b) => b.medianUs - a.medianUs)[0];
  const slowestQuestion = [...questions].sort((a, b) => b.medianUs - a.medianUs)[0];

  const budgets = [
    {
      name: 'cold start over bare node ≤ 1.2× baseline',
      limit: BUDGETS.coldOverBareRatio,
      value: coldRatio,
      pass: coldRatio <= BUDGETS.coldOverBareRatio,
    },
    {
      name: "a person's own question as the first request: cold start over bare node ≤ 1.3× baseline",
      limit: BUDGETS.coldQuestionOverBareRatio,
      value: coldQuestionRatio,
      pass: coldQuestionRatio <= BUDGETS.coldQuestionOverBareRatio,
    },
    {
      name: `warm median ≤ ${BUDGETS.warmMedianUs} µs for every request type but a person's own question (slowest: ${slowest.name})`,
      limit: BUDGETS.warmMedianUs,
      value: slowest.medianUs,
      pass: others.every((r) => r.medianUs <= BUDGETS.warmMedianUs),
      over: others.filter((r) => r.medianUs > BUDGETS.warmMedianUs).map((r) => r.name),
    },
    {
      name: 'bundle ≤ 250 KB',
      limit: BUDGETS.bundleBytes,
      value: built.skill.bundleBytes,
      pass: built.skill.bundleBytes <= BUDGETS.bundleBytes,
    },
    { name: 'zip ≤ 100 KB', limit: BUDGETS.zipBytes, value: built.skill.zipBytes, pass: built.skill.zipBytes <= BUDGETS.zipBytes },
    { name: 'peak memory (RSS) ≤ 80 MB', limit: BUDGETS.peakMemoryBytes, value: peakMemory, pass: peakMemory <= BUDGETS.peakMemoryBytes },
    {
      name: `a person's own question: warm median ≤ ${BUDGETS.questionMedianUs / 1000} ms (slowest: ${slowestQuestion?.name ?? 'none'})`,
      limit: BUDGETS.questionMedianUs,
      value: slowestQuestion?.medianUs ?? 0,
      pass: questions.every((r) => r.medianUs <= BUDGETS.questionMedianUs),
    },
  ];
  const verdict = (pass) => (pass ? 'pass' : 'FALLS SHORT');

  const s = coldResults.skill;
  const b = coldResults.baseline;
  const rows = [
    [
      'bundle (index.js + question.js + question.pack)',
      fmt.kb(built.skill.bundleBytes),
      fmt.kb(built.baseline.bundleBytes),
      fmt.ratio(built.skill.bundleBytes, built.baseline.bundleBytes),
      '≤ 250 KB',
      verdict(budgets[3].pass),
    ],
    [
      'zip',
      fmt.kb(built.skill.zipBytes),
      fmt.kb(built.baseline.zipBytes),
      fmt.ratio(built.skill.zipBytes, built.baseline.zipBytes),
      '≤ 100 KB',
      verdict(budgets[4].pass),
    ],
    [`cold: require (median of ${s.runs})`, fmt.ms(s.requireMs), fmt.ms(b.requireMs), fmt.ratio(s.requireMs, b.requireMs)],
    ['cold: first LaunchRequest', fmt.ms(s.firstRequestMs), fmt.ms(b.firstRequestMs), fmt.ratio(s.firstRequestMs, b.firstRequestMs)],
    [
      'cold: require + first LaunchRequest',
      fmt.ms(s.requireAndFirstMs),
      fmt.ms(b.requireAndFirstMs),
      fmt.ratio(s.requireAndFirstMs, b.requireAndFirstMs),
    ],
    [
      `cold: whole process over bare node (${fmt.ms(coldResults.bare.wallMs)})`,
      `+${fmt.ms(s.overBareMs)}`,
      `+${fmt.ms(b.overBareMs)}`,
      fmt.ratio(s.overBareMs, b.overBareMs),
      '≤ 1.20×',
      verdict(budgets[0].pass),
    ],
    ['cold: peak RSS after first request', fmt.mb(s.maxRssBytes), fmt.mb(b.maxRssBytes), fmt.ratio(s.maxRssBytes, b.maxRssBytes)],
    [
      'cold: require + first question',
      fmt.ms(coldResults.skillQuestion.requireAndFirstMs),
      fmt.ms(coldResults.baselineQuestion.requireAndFirstMs),
      fmt.ratio(coldResults.skillQuestion.requireAndFirstMs, coldResults.baselineQuestion.requireAndFirstMs),
    ],
    [
      'cold: first question, whole process over bare node',
      `+${fmt.ms(coldResults.skillQuestion.overBareMs)}`,
      `+${fmt.ms(coldResults.baselineQuestion.overBareMs)}`,
      fmt.ratio(coldResults.skillQuestion.overBareMs, coldResults.baselineQuestion.overBareMs),
      '≤ 1.30×',
      verdict(budgets[1].pass),
    ],
  ];
  for (const r of warmSkill.results) {
    const base = baselineByName.get(r.name);
    rows.push([
      `warm ${r.name}: median / p99`,
      `${fmt.us(r.medianUs)} / ${fmt.us(r.p99Us)}`,
      base ? `${fmt.us(base.medianUs)} / ${fmt.us(base.p99Us)}` : '–',
      base ? fmt.ratio(r.medianUs, base.medianUs) : '–',
      `≤ ${fmt.us(budgetOf(r))}`,
      verdict(r.medianUs <= budgetOf(r)),
    ]);
  }
  const cpuSkill = median(warmSkill.results.map((r) => r.cpuPerRequestUs));
  const cpuBaseline = median(warmBaseline.results.map((r) => r.cpuPerRequestUs));
  const cpuMax = [...warmSkill.results].sort((x, y) => y.cpuPerRequestUs - x.cpuPerRequestUs)[0];
  rows.push(['warm CPU per request (median over types)', fmt.us(cpuSkill), fmt.us(cpuBaseline), fmt.ratio(cpuSkill, cpuBaseline)]);
  rows.push([`warm CPU per request (most: ${cpuMax.name})`, fmt.us(cpuMax.cpuPerRequestUs), '', '']);
  rows.push([
    'warm process: peak RSS',
    fmt.mb(warmSkill.memory.maxRssBytes),
    fmt.mb(warmBaseline.memory.maxRssBytes),
    fmt.ratio(warmSkill.memory.maxRssBytes, warmBaseline.memory.maxRssBytes),
    '≤ 80 MB',
    verdict(budgets[5].pass),
  ]);
  rows.push([
    'warm + a metrics line per request: CPU (median over types)',
    fmt.us(median(warmMetrics.results.map((r) => r.cpuPerRequestUs))),
    '',
    '',
  ]);
  rows.push(['warm + a metrics line per request: peak RSS', fmt.mb(warmMetrics.memory.maxRssBytes), '', '']);
  rows.push([
    'warm process: peak heap used',
    fmt.mb(warmSkill.memory.peakHeapUsedBytes),
    fmt.mb(warmBaseline.memory.peakHeapUsedBytes),
    fmt.ratio(warmSkill.memory.peakHeapUsedBytes, warmBaseline.memory.peakHeapUsedBytes),
  ]);

  const seconds = (performance.now() - startedAt) / 1000;
  const meta = {
    command: `node bench/bench.mjs ${[...args].join(' ')}`.trim(),
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    coldRuns: COLD_RUNS,
    warm: { warmupPerType: Number(WARM.BENCH_WARMUP), requestsPerType: Number(WARM.BENCH_ROUNDS) * Number(WARM.BENCH_BATCH) },
    preferencesStore: 'off (PREFERENCES_TABLE unset)',
    functionEnvironment: { from: STACK_TEMPLATE, ...FUNCTION_ENV },
    logLevel: 'SILENT',
    loadAverage: { atStart: loadAtStart, atEnd: loadavg()[0] },
    seconds,
  };

  console.log(
    `\nBenchmark: ${meta.node}, ${meta.platform}, ${meta.cpus} CPUs, ${meta.date}${QUICK ? ' (quick run: not for the record)' : ''}`,
  );
  console.log(
    `Warm: ${meta.warm.requestsPerType} timed requests per type after ${meta.warm.warmupPerType} warm-up; cold: ${COLD_RUNS} processes each.`,
  );
  console.log(
    `Every measured process (skill, baseline, bare node) has the function's environment from ${STACK_TEMPLATE}: ${
      Object.entries(FUNCTION_ENV)
        .map(([name, value]) => `${name}=${value}`)
        .join(' ') || 'none'
    }.\n`,
  );
  console.log(table(rows));
  console.log('\nBudgets:');
  for (const budget of budgets)
    console.log(`  ${verdict(budget.pass).padEnd(11)}  ${budget.name}${budget.over?.length ? `: ${budget.over.join(', ')}` : ''}`);
  for (const problem of broken) console.log(`  BROKEN       ${problem}`);
  const busy = Math.max(loadAtStart, meta.loadAverage.atEnd) > 1.5;
  console.log(`\n(${seconds.toFixed(1)} s; load average ${loadAtStart.toFixed(1)} → ${meta.loadAverage.atEnd.toFixed(1)})`);
  if (busy) console.log('Note: the machine was busy during this run; cold-start figures are noisy. Run again when idle.');

  mkdirSync(OUT_DIR, { recursive: true });
  const json = {
    meta,
    sizes: {
      skill: { bundleBytes: built.skill.bundleBytes, zipBytes: built.skill.zipBytes },
      baseline: { bundleBytes: built.baseline.bundleBytes, zipBytes: built.baseline.zipBytes },
    },
    cold: coldResults,
    warm: { skill: warmSkill, baseline: warmBaseline, skillWithMetrics: warmMetrics },
    peakMemoryBytes: { skill: peakMemory, baseline: baselinePeakMemory },
    budgets,
    broken,
  };
  writeFileSync(join(OUT_DIR, 'bench.json'), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`wrote ${join('bench-results', 'bench.json')}`);

  if (broken.length > 0) process.exitCode = 1;
  else if (args.has('--strict') && budgets.some((budget) => !budget.pass)) process.exitCode = 1;
}

try {
  await main();
} finally {
  rmSync(work, { recursive: true, force: true });
}
