// The built Lambda bundle, run as Lambda runs it: one long-lived Node process (a warm container) that
// requires index.js, configured only by its environment, and is invoked once per request. Built into a
// scratch copy of the project layout (sources linked, not copied), so dist/ is left alone.
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { ResponseEnvelope } from 'ask-sdk-model';
import type { SkillRuntime } from '../../lambda/skill';

const ROOT = resolve(__dirname, '..', '..');

export interface BuiltBundle {
  /** The bundle's index.js. */
  path: string;
  remove(): void;
}

export function buildLambdaBundle(): BuiltBundle {
  const work = mkdtempSync(join(tmpdir(), 'lambda-bundle-'));
  for (const name of ['lambda', 'content', 'model', 'scripts', 'node_modules', 'package.json', 'tsconfig.json']) {
    symlinkSync(join(ROOT, name), join(work, name));
  }
  const build = spawnSync(process.execPath, ['scripts/build.mjs', 'lambda', '--quiet'], { cwd: work, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`bundle build failed: ${build.stderr}`);
  return { path: join(work, 'dist', 'lambda', 'index.js'), remove: () => rmSync(work, { recursive: true, force: true }) };
}

/** Reads one JSON envelope per stdin line, answers one `RESPONSE <json>` line per request, in order. */
const DRIVER = `
const { handler } = require(process.argv[1]);
const lines = require('node:readline').createInterface({ input: process.stdin });
lines.on('line', async (line) => {
  const response = await handler(JSON.parse(line), {});
  process.stdout.write('RESPONSE ' + JSON.stringify(response) + '\\n');
});
`;

export interface RunningBundle extends SkillRuntime {
  /** Everything the bundle wrote to stderr (its log lines). */
  stderr(): string;
  /** Resolves once stderr matches: a log line the bundle writes after a write lands in the background. */
  logged(pattern: RegExp): Promise<string>;
  stop(): Promise<void>;
}

/** Starts the bundle with exactly `env` (plus PATH, and NODE_PATH for the AWS SDK, as the Lambda runtime provides it). */
export function startLambdaBundle(bundle: BuiltBundle, env: Record<string, string>): RunningBundle {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['-e', DRIVER, bundle.path], {
    env: { PATH: process.env.PATH ?? '', NODE_PATH: join(ROOT, 'node_modules'), ...env },
  });
  let errors = '';
  let watchers: Array<() => void> = [];
  child.stderr.on('data', (chunk) => {
    errors += String(chunk);
    for (const watch of watchers) watch();
  });
  const waiting: Array<(response: ResponseEnvelope) => void> = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.startsWith('RESPONSE ')) waiting.shift()?.(JSON.parse(line.slice('RESPONSE '.length)));
  });
  return {
    invoke: (envelope) =>
      new Promise((answer, fail) => {
        if (child.exitCode !== null) return fail(new Error(`the bundle exited: ${errors}`));
        waiting.push(answer);
        child.stdin.write(`${JSON.stringify(envelope)}\n`);
      }),
    stderr: () => errors,
    logged: (pattern) =>
      new Promise((found) => {
        const watch = () => {
          const match = errors.match(pattern);
          if (!match) return;
          watchers = watchers.filter((other) => other !== watch);
          found(match[0]);
        };
        watchers.push(watch);
        watch();
      }),
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill();
      }),
  };
}
