// One cold start, in a fresh process: require the bundle, answer one request, report timings as JSON.
// Usage (from bench/bench.mjs): node bench/cold-run.cjs <bundle.js> <envelope.json>
'use strict';
const envelope = JSON.parse(require('node:fs').readFileSync(process.argv[3], 'utf8'));
const start = process.hrtime.bigint();
const { handler } = require(process.argv[2]);
const loaded = process.hrtime.bigint();
// bench/cold-compare.mjs asks for the CPU time of the whole process, its exit included, on stderr.
if (process.env.COLD_RUN_EXIT_CPU)
  process.on('exit', () => {
    const cpu = process.cpuUsage();
    process.stderr.write(`${JSON.stringify({ exitCpuMs: (cpu.user + cpu.system) / 1000 })}\n`);
  });
handler(envelope, {}).then((response) => {
  const answered = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const ms = (from, to) => Number(to - from) / 1e6;
  process.stdout.write(
    JSON.stringify({
      requireMs: ms(start, loaded),
      firstRequestMs: ms(loaded, answered),
      requireAndFirstMs: ms(start, answered),
      sinceProcessStartMs: performance.now(),
      // CPU time of the whole process so far (every thread, bootstrap included): steadier than wall time on a
      // shared machine, where waiting for a core is counted in the wall time but not here.
      cpuMs: (cpu.user + cpu.system) / 1000,
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      heapUsedBytes: process.memoryUsage().heapUsed,
      spoke: Boolean(response?.response?.outputSpeech),
    }),
  );
});
