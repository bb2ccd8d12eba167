// npm run ask and npm run chat, as a person runs them: the built command with an utterance, with --json, and on
// stdin; --help and mistakes; npm's own messages; and the tools side by side with a running server.
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const ASK = join(ROOT, 'dist/local/ask.js');

function ask(args: string[], input?: string): string {
  return execFileSync(process.execPath, [ASK, ...args], { cwd: ROOT, input, encoding: 'utf8' });
}

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs', 'local', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
});

test('prints the spoken reply as plain text, with no SSML', () => {
  const out = ask(['--no-store', 'what are the symptoms']);
  expect(out).toMatch(/^The most common symptom is pain\./);
  expect(out).toMatch(/Would you like to hear about fractures\?\n$/);
  expect(out).not.toMatch(/<|&amp;/);
});

test('--json prints one object with the understood intent, the SSML, the text and the reprompt', () => {
  const exchange = JSON.parse(ask(['--no-store', '--json', 'tell me about chemo']));
  expect(exchange).toMatchObject({
    utterance: 'tell me about chemo',
    intent: 'TellMeAboutIntent',
    slots: { subject: { value: 'chemo', status: 'ER_SUCCESS_MATCH', id: 'treatment.chemotherapy' } },
    shouldEndSession: false,
  });
  expect(exchange.ssml).toMatch(/^<speak>.*<\/speak>$/);
  expect(exchange.text).toMatch(/^Chemotherapy uses drugs/);
  expect(exchange.reprompt).toMatch(/You can say yes, repeat, or list topics\.$/);
});

test('reads one utterance per line from stdin as one continuing conversation', () => {
  const lines = ask(['--no-store', '--json'], 'open bone cancer guide\nwhat causes it\nyes\nrepeat\nstop\nwhat is the outlook\n')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  expect(lines.map((l) => l.intent)).toEqual([
    'LaunchRequest',
    'CausesIntent',
    'AMAZON.YesIntent',
    'AMAZON.RepeatIntent',
    'AMAZON.StopIntent',
    'PrognosisIntent',
  ]);
  expect(lines[2].text).toBe(lines[3].text);
  expect(lines[4]).toMatchObject({ text: 'Goodbye, and take care.', shouldEndSession: true, reprompt: null });
  // After stop, the next question opens a new session: a one-shot, answered at once; the store remembers
  // that the disclaimer was heard at the launch.
  expect(lines[5].text).toMatch(/^Prognosis means the likely outcome/);
  expect(lines[5].text).not.toMatch(/not medical advice/);
});

test('plain-text mode prints one line per input line, and a blank line is silence (the reprompt)', () => {
  const lines = ask(['--no-store'], 'what are the symptoms\n\n').split('\n');
  expect(lines[0]).toMatch(/^The most common symptom is pain/);
  expect(lines[1]).toBe('Would you like to hear about fractures? You can say yes, repeat, or list topics.');
});

describe('--help and mistakes', () => {
  test.each([['ask'], ['chat']])('npm run %s -- --help prints the usage and exits 0, starting nothing', (tool) => {
    const result = spawnSync(process.execPath, [join(ROOT, `dist/local/${tool}.js`), '--help'], { cwd: ROOT, encoding: 'utf8', input: '' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^usage: npm run ${tool}`));
    expect(result.stdout).toMatch(/--no-store/);
    expect(result.stderr).toBe('');
  });

  test.each([
    ['ask', ['--jsn', 'what are the symptoms'], /^ask: unknown option --jsn\n\nusage: npm run ask/],
    ['ask', ['--locale'], /^ask: Option '--locale <value>' argument missing\n\nusage: npm run ask/],
    ['chat', ['--json'], /^chat: unknown option --json\n\nusage: npm run chat/],
    ['chat', ['hello'], /^chat: unexpected argument: hello\n\nusage: npm run chat/],
  ])('npm run %s with %j is an error with the usage, exit 2, and nothing is said to the skill', (tool, args, message) => {
    const result = spawnSync(process.execPath, [join(ROOT, `dist/local/${tool}.js`), ...args], { cwd: ROOT, encoding: 'utf8', input: '' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});

describe('npm itself', () => {
  test('npm’s own errors reach the person (the project no longer silences npm)', () => {
    const result = spawnSync('npm', ['run', 'no-such-script'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Missing script: "no-such-script"/);
  });

  test('npm run ask -- --json: after npm’s own banner, one JSON object and nothing else on standard output', () => {
    const result = spawnSync('npm', ['run', 'ask', '--', '--no-store', '--json', 'what causes it'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n').filter((line) => line !== '' && !line.startsWith('> '));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toMatchObject({ intent: 'CausesIntent' });
    expect(
      spawnSync('npm', ['run', '--silent', 'ask', '--', '--no-store', '--json', 'what causes it'], { cwd: ROOT, encoding: 'utf8' }).stdout,
    ).toMatch(/^\{"utterance":"what causes it".*\}\n$/);
  });
});

describe('side by side with a running server (one .local-data/)', () => {
  let home: string;
  const started: ChildProcess[] = [];
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'side-by-side-'));
  });
  afterEach(() => {
    for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(home, { recursive: true, force: true });
  });

  /** Spawns a built tool with the temporary folder as its working directory (so .local-data/ is there). */
  function spawnTool(tool: string, args: string[] = []): { child: ChildProcess; output: () => string } {
    const child = spawn(process.execPath, [join(ROOT, `dist/local/${tool}.js`), ...args], {
      cwd: home,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
      stdio: 'pipe',
    });
    started.push(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    return { child, output: () => output };
  }

  async function until(done: () => boolean): Promise<void> {
    while (!done()) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  const exited = (child: ChildProcess) =>
    new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', resolve)));

  function askIn(args: string[], input?: string) {
    return spawnSync(process.execPath, [ASK, ...args], { cwd: home, encoding: 'utf8', input });
  }

  const NO_STACK = /\n\s+at |Error:|Database is closed/;

  test('npm run ask and npm run chat while npm start runs: they use its store, remember, and show no stack trace', async () => {
    const server = spawnTool('server');
    await until(() => /Web simulator:\s+(http:\/\/\S+?)\/\n/.test(server.output()));
    const slower = askIn(['speak slower']);
    expect([slower.status, slower.stderr]).toEqual([0, '']);
    expect(slower.stdout).toMatch(/I'll speak more slowly/);
    // Remembered in the server's store: the next run is a returning visit at that speed.
    const back = JSON.parse(askIn(['--json', 'open bone cancer guide']).stdout);
    expect(back.ssml).toContain('rate="80%"');
    expect(back.text).toMatch(/^Welcome back/);
    const chat = spawnSync(process.execPath, [join(ROOT, 'dist/local/chat.js')], {
      cwd: home,
      encoding: 'utf8',
      input: 'what causes it\n',
    });
    expect(chat.status).toBe(0);
    expect(chat.stdout).toMatch(/always caused by a primary cancer[\s\S]*Bye\.\n$/);
    expect(`${chat.stdout}${chat.stderr}`).not.toMatch(NO_STACK);

    server.child.kill('SIGTERM');
    expect(await exited(server.child)).toBe(0);
    expect(server.output()).not.toMatch(NO_STACK);
    // With the server gone, ask keeps the folder itself, and what was remembered is still there.
    expect(JSON.parse(askIn(['--json', 'open bone cancer guide']).stdout).ssml).toContain('rate="80%"');
  });

  test('npm start while npm run chat runs: the server uses chat’s store, and keeps the folder when chat ends', async () => {
    const chat = spawnTool('chat');
    await until(() => /You: $/.test(chat.output()));
    const server = spawnTool('server');
    const address = async () => {
      await until(() => /Web simulator:\s+(http:\/\/\S+?)\/\n/.test(server.output()));
      return /Web simulator:\s+(http:\/\/\S+?)\/\n/.exec(server.output())?.[1] as string;
    };
    const url = await address();
    const userKey = '0123456789abcdef0123456789abcdef';
    const say = async (utterance: string) => {
      const response = await fetch(`${url}/api/say`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ utterance, userKey }),
      });
      return (await response.json()) as { conversationId: string; exchange: { ssml: string; text: string } };
    };
    expect((await say('speak slower')).exchange.text).toMatch(/I'll speak more slowly/);

    chat.child.stdin?.end();
    expect(await exited(chat.child)).toBe(0);
    expect(chat.output()).toMatch(/Bye\.\n$/);
    // The server's next use of the store finds chat's gone, and takes the folder over.
    await say('what causes it');
    const owner = () => JSON.parse(readFileSync(join(home, '.local-data', 'preferences.owner.json'), 'utf8')).pid as number;
    await until(() => owner() === server.child.pid);
    // A new conversation for the same browser: the server now holds the folder itself, and remembers.
    const again = await say('open bone cancer guide');
    expect(again.exchange.ssml).toContain('rate="80%"');
    expect(`${chat.output()}${server.output()}`).not.toMatch(NO_STACK);
  });

  test('a data folder held by a process that does not share it: a plain sentence, preferences in memory, no stack trace', async () => {
    // Holds the LevelDB lock the way an older version of the tools would, without saying where it answers.
    const { createRequire } = await import('node:module');
    const { Level } = createRequire(require.resolve('dynalite'))('level') as typeof import('level');
    const held = new Level(join(home, '.local-data', 'preferences'));
    await held.open();
    try {
      const result = askIn(['what causes it']);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/always caused by a primary cancer/);
      expect(result.stderr).toMatch(/could not be opened\. This run keeps your preferences in memory only, until it ends\.\n$/);
      expect(result.stderr).not.toMatch(NO_STACK);
    } finally {
      await held.close();
    }
  });
});
