// A bounded load on the local server's Alexa endpoint (`npm run bench:load`): N concurrent keep-alive
// connections for D seconds of POST /alexa, signature checks off, preferences in memory, loopback only.
// Reports requests per second, latency p50/p99/max and errors; exits 1 on any error. See docs/performance.md.
//
//   node bench/load.mjs [--connections 100] [--seconds 10] [--no-build] [--url http://127.0.0.1:PORT/alexa]
//     default: builds dist/local (scripts/build.mjs local) and starts `node dist/local/server.js
//              --no-verify-signatures --no-store` on 127.0.0.1 with a free port, then stops it afterwards
//     --url    load a server that is already running instead (it must be a loopback address, and its
//              signature checks must be off, i.e. started with --no-verify-signatures)
//
// The client runs on the same machine as the server (Node's http client, one keep-alive agent), so on a
// 2-core machine they share the CPU: the figures are a floor for the server, not a capacity plan.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildScenarios } from './scenarios.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  return at === -1 ? fallback : argv[at + 1];
};
const CONNECTIONS = Number(option('--connections', '100'));
const SECONDS = Number(option('--seconds', '10'));
const GIVEN_URL = option('--url', undefined);
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
const log = (message) => process.stderr.write(`load: ${message}\n`);

function assertLoopback(url) {
  const { hostname, protocol } = new URL(url);
  if (protocol !== 'http:' || !LOOPBACK.has(hostname)) throw new Error(`only http on a loopback address, not ${url}`);
}

async function scenarios(work) {
  // one-shot requests only (no session state to carry): launch, every topic, the glossary, help, stop…
  return (await buildScenarios(work)).scenarios
    .filter((s) => s.setup.length === 0)
    .map((s) => ({ name: s.name, body: Buffer.from(JSON.stringify(s.envelope)) }));
}

/** Starts the local server on a free loopback port; resolves with its /alexa URL and a stop function. */
function startServer() {
  if (!argv.includes('--no-build')) {
    log('building the local server (scripts/build.mjs local)');
    const built = spawnSync(process.execPath, ['scripts/build.mjs', 'local', '--quiet'], { cwd: ROOT, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
  }
  const env = { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'SILENT' };
  delete env.SKILL_ID;
  delete env.PREFERENCES_TABLE;
  const child = spawn(process.execPath, ['dist/local/server.js', '--no-verify-signatures', '--no-store'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 20 s:\n${output}`)), 20_000);
    const onData = (chunk) => {
      output += chunk;
      const found = output.match(/POST (http:\/\/[^\s]+\/alexa)/);
      if (found) {
        clearTimeout(timer);
        const stop = () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          });
        resolvePromise({ url: found[1], stop, pid: child.pid });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before it was ready:\n${output}`));
    });
  });
}

function post(agent, url, body) {
  return new Promise((resolvePromise) => {
    const start = process.hrtime.bigint();
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length } },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          const ms = Number(process.hrtime.bigint() - start) / 1e6;
          let problem;
          if (res.statusCode !== 200) problem = `HTTP ${res.statusCode}`;
          else {
            try {
              const reply = JSON.parse(Buffer.concat(chunks).toString('utf8'));
              if (reply?.version !== '1.0' || typeof reply.response !== 'object') problem = 'not a response envelope';
            } catch {
              problem = 'invalid JSON';
            }
          }
          resolvePromise({ ms, problem });
        });
        res.on('error', (error) =>
          resolvePromise({ ms: Number(process.hrtime.bigint() - start) / 1e6, problem: error.code ?? error.message }),
        );
      },
    );
    req.on('error', (error) => resolvePromise({ ms: Number(process.hrtime.bigint() - start) / 1e6, problem: error.code ?? error.message }));
    req.end(body);
  });
}

async function load(url, bodies) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS, maxFreeSockets: CONNECTIONS });
  // warm up: a second of traffic at the same concurrency, not counted
  const warmUntil = performance.now() + 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, worker) => {
      for (let i = worker; performance.now() < warmUntil; i += CONNECTIONS) await post(agent, url, bodies[i % bodies.length].body);
    }),
  );

  const latencies = [];
  const errors = new Map();
  const started = performance.now();
  const until = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, worker) => {
      for (let i = worker; performance.now() < until; i += CONNECTIONS) {
        const { ms, problem } = await post(agent, url, bodies[i % bodies.length].body);
        latencies.push(ms);
        if (problem) errors.set(problem, (errors.get(problem) ?? 0) + 1);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.max(0, Math.ceil(q * latencies.length) - 1))];
  return {
    requests: latencies.length,
    seconds: elapsed,
    requestsPerSecond: latencies.length / elapsed,
    latencyMs: { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: latencies[latencies.length - 1] },
    errors: Object.fromEntries(errors),
    errorCount: [...errors.values()].reduce((a, b) => a + b, 0),
  };
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'load-'));
  let server;
  try {
    const bodies = await scenarios(work);
    if (GIVEN_URL) {
      assertLoopback(GIVEN_URL);
      server = { url: GIVEN_URL, stop: async () => {} };
    } else {
      server = await startServer();
      assertLoopback(server.url);
    }
    log(`${CONNECTIONS} connections for ${SECONDS} s against ${server.url} (${bodies.length} request types, signature checks off)`);
    const result = await load(server.url, bodies);
    const report = {
      meta: {
        command: `node bench/load.mjs ${argv.join(' ')}`.trim(),
        date: new Date().toISOString(),
        node: process.version,
        cpus: cpus().length,
        connections: CONNECTIONS,
        seconds: SECONDS,
        server: GIVEN_URL ? GIVEN_URL : 'dist/local/server.js --no-verify-signatures --no-store (started by this script)',
        requestTypes: bodies.map((b) => b.name),
      },
      ...result,
    };
    console.log(
      `\nLoad on POST /alexa: ${CONNECTIONS} connections, ${result.seconds.toFixed(1)} s, ${report.meta.cpus} CPUs (client and server share them)`,
    );
    console.log(`  requests      ${result.requests}`);
    console.log(`  requests/s    ${result.requestsPerSecond.toFixed(0)}`);
    console.log(
      `  latency       p50 ${result.latencyMs.p50.toFixed(1)} ms, p90 ${result.latencyMs.p90.toFixed(1)} ms, p99 ${result.latencyMs.p99.toFixed(1)} ms, max ${result.latencyMs.max.toFixed(1)} ms`,
    );
    console.log(`  errors        ${result.errorCount}${result.errorCount ? ` ${JSON.stringify(result.errors)}` : ''}`);
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench-results', 'load.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log('wrote bench-results/load.json');
    if (result.errorCount > 0 || result.requests === 0) process.exitCode = 1;
  } finally {
    if (server) await server.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
