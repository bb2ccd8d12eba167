// The built Lambda bundle, run as Lambda runs it: one long-lived Node process (a warm container) that
// requires index.js, configured only by its environment, and is invoked once per request. Build it with
// buildLambdaInScratch (./scratch-build), which leaves dist/ alone.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { ResponseEnvelope } from 'ask-sdk-model';
import type { SkillRuntime } from '../../lambda/skill';
import type { ScratchBuild } from './scratch-build';

const ROOT = resolve(__dirname, '..', '..');

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
export function startLambdaBundle(build: ScratchBuild, env: Record<string, string>): RunningBundle {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['-e', DRIVER, build.bundle], {
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
