// npm start: the skill on a local server: the web simulator at / and the Alexa HTTPS endpoint at /alexa.
//   --locale xx-XX             the simulator's locale (default en-AU)
//   --verbose                  request log lines
//   --no-store                 keep preferences in memory for this run only (default: the local store)
//   --no-verify-signatures     turn off Alexa's signature and timestamp checks on /alexa (local testing only;
//                              same as ALEXA_VERIFY_SIGNATURES=false)
// Environment: PORT (default 3000), HOST (default 127.0.0.1), SKILL_ID, LOG_LEVEL, ALEXA_VERIFY_SIGNATURES.
// With signature checks on, /alexa answers nothing until SKILL_ID is set (the start-up line says how to set it;
// the web simulator works without it), and a HOST beyond loopback needs SKILL_ID: startLocalServer refuses
// otherwise, and this exits with code 1 and says why.
import { commandLineOrUsage } from '../command-line';
import { endpointStatusLine } from './alexa-endpoint';
import { type LocalServer, startLocalServer } from './app';
import { isLoopbackHost } from './security';

const USAGE = `usage: npm start [-- options]      (or: node dist/local/server.js [options])

The skill on this computer: the web simulator at / and the Alexa HTTPS endpoint at POST /alexa
(docs/local-server.md). Environment: PORT (default 3000), HOST (default 127.0.0.1), SKILL_ID (the skill /alexa
answers; it answers nothing without it while signature checks are on), LOG_LEVEL.`;

function portFrom(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a number from 0 to 65535, not "${value}"`);
  return port;
}

function verificationFrom(turnedOff: boolean, env: NodeJS.ProcessEnv): boolean {
  if (turnedOff) return false;
  const value = env.ALEXA_VERIFY_SIGNATURES?.trim().toLowerCase();
  if (value === undefined || value === '' || value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new Error(`ALEXA_VERIFY_SIGNATURES must be true or false, not "${env.ALEXA_VERIFY_SIGNATURES}"`);
}

function warnUnverified(): void {
  const line = '!'.repeat(78);
  process.stderr.write(
    `${line}\n` +
      '!! WARNING: Alexa request signature and timestamp checks are OFF on /alexa.\n' +
      '!! Anyone who can reach this server can send it requests as if they were Alexa.\n' +
      '!! Use this for local testing only. Never expose this server in this mode.\n' +
      `${line}\n`,
  );
}

async function main(): Promise<void> {
  const line = commandLineOrUsage(process.argv.slice(2), {
    name: 'npm start',
    usage: USAGE,
    flags: {
      'no-verify-signatures': { type: 'boolean', help: "turn off Alexa's signature and timestamp checks on /alexa (local testing only)" },
    },
  });
  if (!line) return;
  const { options } = line;
  const verifySignatures = verificationFrom(line.flags['no-verify-signatures'] === true, process.env);
  if (!verifySignatures) warnUnverified();

  const skillId = process.env.SKILL_ID?.trim() || undefined;
  const server: LocalServer = await startLocalServer({
    ...options,
    host: process.env.HOST?.trim() || '127.0.0.1',
    port: portFrom(process.env.PORT),
    verifySignatures,
    skillId,
  });

  process.stdout.write(
    `Secondary bone cancer guide, running locally.\n` +
      `  Web simulator:   ${server.url}/\n` +
      endpointStatusLine(server.url, { verifySignatures, skillId }) +
      (isLoopbackHost(server.host) ? '' : `  Listening on ${server.host}: other computers on the network can reach this server.\n`) +
      'Press Ctrl-C to stop.\n',
  );

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) {
      process.stderr.write(`${signal} again: stopping now.\n`);
      process.exit(1);
    }
    stopping = true;
    process.stdout.write('Stopping...\n');
    // If something hangs, do not hang with it.
    setTimeout(() => {
      process.stderr.write('Could not stop cleanly in 10 seconds; exiting.\n');
      process.exit(1);
    }, 10_000).unref();
    server.close().then(
      () => process.stdout.write('Stopped.\n'),
      (error: unknown) => {
        process.stderr.write(`Error while stopping: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const code = (error as { code?: string }).code;
  const message =
    code === 'EADDRINUSE'
      ? 'That port is already in use: set PORT to another port.'
      : error instanceof Error
        ? error.message
        : String(error);
  process.stderr.write(`Could not start the local server: ${message}\n`);
  process.exitCode = 1;
});
