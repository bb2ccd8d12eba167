// Warm latency in one process: load the bundle once, then time every scenario many times over, as a warm
// Lambda container would serve them. Writes the results as JSON to the file named by the third argument.
// Usage (from bench/bench.mjs): node bench/warm-run.cjs <bundle.js> <scenarios.json> <out.json>
//   env BENCH_WARMUP (per scenario), BENCH_ROUNDS, BENCH_BATCH (requests per scenario per round)
'use strict';
const { closeSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } = require('node:fs');

const [bundlePath, scenariosPath, outPath] = process.argv.slice(2);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 300);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const BATCH = Number(process.env.BENCH_BATCH ?? 500);
const context = { functionName: 'benchmark', awsRequestId: 'benchmark', getRemainingTimeInMillis: () => 5000 };

/** The plain words of an SSML string, to recognise the skill's apology. */
function words(ssml) {
  return String(ssml ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function quantile(sorted, q) {
  if (sorted.length === 0) return Number.NaN;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at];
}

async function main() {
  const { handler } = require(bundlePath);
  const scenarios = JSON.parse(readFileSync(scenariosPath, 'utf8'));

  // What the skill says when it cannot answer (its reply to a malformed request): any scenario answered with
  // it is a broken benchmark, not a fast one. The baseline simply throws on a malformed request.
  let apology = '';
  try {
    apology = words((await handler({}, context))?.response?.outputSpeech?.ssml);
  } catch {}

  let peakHeapUsed = process.memoryUsage().heapUsed;
  let peakRss = process.memoryUsage().rss;
  const samplePeaks = () => {
    const memory = process.memoryUsage();
    peakHeapUsed = Math.max(peakHeapUsed, memory.heapUsed);
    peakRss = Math.max(peakRss, memory.rss);
  };

  const prepared = [];
  for (const scenario of scenarios) {
    let attributes;
    for (const turn of scenario.setup) {
      if (attributes) turn.session.attributes = attributes;
      const response = await handler(turn, context);
      attributes = response.sessionAttributes ?? attributes;
    }
    if (attributes && scenario.envelope.session) scenario.envelope.session.attributes = attributes;
    const json = JSON.stringify(scenario.envelope);
    const response = await handler(JSON.parse(json), context);
    const said = words(response?.response?.outputSpeech?.ssml);
    prepared.push({
      name: scenario.name,
      json,
      said: said.slice(0, 120),
      failed: Boolean(apology) && said.includes(apology),
      count: 0,
      cpuMicros: 0,
    });
  }

  for (const scenario of prepared) {
    for (let i = 0; i < WARMUP; i++) await handler(JSON.parse(scenario.json), context);
  }
  samplePeaks();

  // What a pair of process.cpuUsage() calls costs by itself, subtracted from each request's CPU time.
  let cpuOverhead = 0;
  {
    const start = process.cpuUsage();
    for (let i = 0; i < 2000; i++) process.cpuUsage(process.cpuUsage());
    const spent = process.cpuUsage(start);
    cpuOverhead = (spent.user + spent.system) / 2000;
  }

  // Each batch's times go to a file as the batch ends (outside the timing, beside the memory sample), each
  // scenario's in one stretch of it, and are read back only after the memory figures are taken: kept in the process,
  // 60 scenarios × 3,000 doubles were 1.4 MB of the harness's own in the peak RSS charged to the skill.
  const batchSamples = new Float64Array(BATCH);
  const batchBytes = new Uint8Array(batchSamples.buffer);
  const samplesPath = `${outPath}.samples`;
  const samplesFile = openSync(samplesPath, 'w+');

  // Rounds over all scenarios, so slow drift (CPU frequency, a neighbour) spreads over all of them alike.
  // Each request gets its own freshly parsed envelope just before it, as Lambda gives it (one at a time, so the
  // harness adds no long-lived garbage of its own); parsing is outside the timing.
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < prepared.length; k++) {
      const scenario = prepared[k];
      for (let i = 0; i < BATCH; i++) {
        const envelope = JSON.parse(scenario.json);
        const cpuStart = process.cpuUsage();
        const start = process.hrtime.bigint();
        await handler(envelope, context);
        const elapsed = process.hrtime.bigint() - start;
        const cpu = process.cpuUsage(cpuStart);
        batchSamples[i] = Number(elapsed) / 1000;
        scenario.count++;
        scenario.cpuMicros += Math.max(0, cpu.user + cpu.system - cpuOverhead);
      }
      writeSync(samplesFile, batchBytes, 0, batchBytes.length, (k * ROUNDS + round) * batchBytes.length);
      samplePeaks();
    }
  }

  // The process's memory is read here, when the skill has answered its last request, before the harness's own
  // arithmetic below. That arithmetic sorts every scenario's samples in place, as numbers (a typed array's own sort):
  // Array.from(samples).sort(comparator) boxed 3,000 doubles per scenario in the young generation, ~100 KB alive at
  // each scavenge, and that burst, after the skill's last request, was what tipped V8 into growing the young
  // generation from 8 to 16 MB semi-spaces, +8 to +16 MB of RSS charged to the skill (docs/performance.md, "Issue 16,
  // eleventh pass").
  const memory = { maxRssBytes: process.resourceUsage().maxRSS * 1024, peakRssBytes: peakRss, peakHeapUsedBytes: peakHeapUsed };
  closeSync(samplesFile);
  const allSamples = new Float64Array(new Uint8Array(readFileSync(samplesPath)).buffer);
  rmSync(samplesPath);
  const results = prepared.map((scenario, k) => {
    const sorted = allSamples.subarray(k * ROUNDS * BATCH, k * ROUNDS * BATCH + scenario.count).sort();
    const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
    return {
      name: scenario.name,
      requests: sorted.length,
      medianUs: quantile(sorted, 0.5),
      p99Us: quantile(sorted, 0.99),
      meanUs: mean,
      maxUs: sorted[sorted.length - 1],
      cpuPerRequestUs: scenario.cpuMicros / scenario.count,
      said: scenario.said,
      failed: scenario.failed,
    };
  });
  writeFileSync(
    outPath,
    JSON.stringify({
      cpuOverheadUs: cpuOverhead,
      results,
      memory,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
