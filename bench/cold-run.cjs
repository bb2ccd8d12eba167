// One cold start, in a fresh process: require the bundle, answer one request, report timings as JSON.
// Usage (from bench/bench.mjs): node bench/cold-run.cjs <bundle.js> <envelope.json>
'use strict';
const envelope = JSON.parse(require('node:fs').readFileSync(process.argv[3], 'utf8'));
const start = process.hrtime.bigint();
const { handler } = require(process.argv[2]);
const loaded = process.hrtime.bigint();
handler(envelope, {}).then((response) => {
  const answered = process.hrtime.bigint();
  const ms = (from, to) => Number(to - from) / 1e6;
  process.stdout.write(
    JSON.stringify({
      requireMs: ms(start, loaded),
      firstRequestMs: ms(loaded, answered),
      requireAndFirstMs: ms(start, answered),
      sinceProcessStartMs: performance.now(),
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      heapUsedBytes: process.memoryUsage().heapUsed,
      spoke: Boolean(response?.response?.outputSpeech),
    }),
  );
});
