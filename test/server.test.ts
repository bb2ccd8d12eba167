// The local server as the web simulator uses it: its API (one server-side conversation per page, one simulated
// Alexa user per browser, screen presses sent as APL UserEvents), what a screen device shows, its security
// headers and host checks, and `npm start` stopping cleanly.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { build } from 'esbuild';
import type { SkillRuntime } from '../lambda/skill';
import { LOCAL_USER_ID } from '../local/envelope';
import { startLocalSkill } from '../local/runtime';
import { type LocalServer, startLocalServer } from '../local/server/app';
import { Conversations, type Reply } from '../local/server/conversations';
import { APL_RENDER_DOCUMENT, screenOf, speechRateOf } from '../local/server/screen';
import { isUserKey, userIdOf } from '../local/server/users';
import { memoryLogger } from './support/logs';

const ROOT = join(__dirname, '..');
// Inside the project (the built server finds the page and node_modules from where it is), under dist/.
mkdirSync(join(ROOT, 'dist'), { recursive: true });
const scratch = mkdtempSync(join(ROOT, 'dist', '.test-server-'));
writeFileSync(join(scratch, 'page.js'), '"use strict";\n');
const logger = memoryLogger();
let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer({ port: 0, locale: 'en-AU', logger, scriptRoot: scratch });
});

afterAll(async () => {
  await server.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function api(
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Reply & { error?: string } }> {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: response.status === 204 ? undefined : await response.json() };
}

function say(
  utterance: unknown,
  conversationId?: string,
  headers: Record<string, string> = {},
  userKey?: string,
): Promise<{ status: number; body: Reply & { error?: string } }> {
  return api('/api/say', { conversationId, utterance, userKey }, headers);
}

function press(intent: unknown, conversationId?: string, userKey?: string): Promise<{ status: number; body: Reply & { error?: string } }> {
  return api('/api/press', { conversationId, intent, userKey });
}

/** A browser's user key, as the page makes one. */
function userKey(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A raw request, for headers fetch will not let us set (Host). */
function raw(path: string, headers: Record<string, string>, method = 'GET'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(method === 'POST' ? '{"utterance":"help"}' : undefined);
  });
}

describe('the simulator API', () => {
  test('a conversation: each reply carries the exchange, the speech rate and the screen', async () => {
    const launch = await say('open bone cancer guide');
    expect(launch.status).toBe(200);
    const id = launch.body.conversationId;
    expect(id).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(launch.body).toMatchObject({
      restarted: false,
      speechRate: 100,
      exchange: { intent: 'LaunchRequest', shouldEndSession: false },
    });
    expect(launch.body.exchange.text).toMatch(/^Welcome/);

    const symptoms = await say('what are the symptoms', id);
    expect(symptoms.body.conversationId).toBe(id);
    expect(symptoms.body.exchange.text).toMatch(/most common symptom is pain/);
    const tests = await say('what tests will i have');
    // Heard ("C T"), for reading aloud; and as written ("CT"), for the transcript.
    expect(tests.body.exchange.text).toContain('C T or M R I scans');
    expect(tests.body.written).toContain('CT or MRI scans');
    // The card is in the reply; the screen comes from the APL document when the skill sends one (it offers
    // the follow-up as buttons), else from the card.
    expect(symptoms.body.card).toMatchObject({ type: 'Simple', content: expect.stringMatching(/most common symptom is pain/) });
    const screen = symptoms.body.screen;
    if (symptoms.body.apl) {
      expect(screen).toEqual({ source: 'apl', ...(symptoms.body.apl as object) });
      expect(screen?.choices).toContainEqual(expect.objectContaining({ label: 'Yes', intent: 'AMAZON.YesIntent' }));
    } else {
      expect(screen).toMatchObject({ source: 'card', title: symptoms.body.card?.title, choices: [] });
    }
    expect(screen?.body).toMatch(/most common symptom is pain/);

    const yes = await say('yes', id);
    expect(yes.body.exchange.text).toMatch(/break more easily/);

    const slower = await say('speak slower', id);
    expect(slower.body.speechRate).toBe(80);

    const stop = await say('stop', id);
    expect(stop.body.exchange.shouldEndSession).toBe(true);
  });

  test('conversations are separate: another page has its own session', async () => {
    const a = await say('what are the symptoms');
    const b = await say('what causes it');
    expect(a.body.conversationId).not.toBe(b.body.conversationId);
    const nextA = await say('yes', a.body.conversationId);
    expect(nextA.body.exchange.text).toMatch(/break more easily/);
  });

  test('an unknown or expired conversation id starts a new conversation, and says so', async () => {
    const reply = await say('what are the symptoms', 'A'.repeat(24));
    expect(reply.status).toBe(200);
    expect(reply.body.restarted).toBe(true);
    expect(reply.body.conversationId).not.toBe('A'.repeat(24));
  });

  test('/api/end ends the conversation', async () => {
    const { body } = await say('open bone cancer guide');
    const before = server.conversations.size;
    const response = await fetch(`${server.url}/api/end`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ conversationId: body.conversationId }),
    });
    expect(response.status).toBe(204);
    expect(server.conversations.size).toBe(before - 1);
  });

  test('a press on the screen gets exactly the reply saying its word gets, and says it was a press', async () => {
    const pressing = await say('what are the symptoms');
    const yes = pressing.body.screen?.choices.find((choice) => choice.label === 'Yes');
    expect(yes).toMatchObject({ intent: 'AMAZON.YesIntent' });
    const pressed = await press(yes?.intent, pressing.body.conversationId);
    expect(pressed.status).toBe(200);
    expect(pressed.body).toMatchObject({
      conversationId: pressing.body.conversationId,
      restarted: false,
      pressed: 'AMAZON.YesIntent',
      exchange: { intent: 'Alexa.Presentation.APL.UserEvent', utterance: '', slots: {} },
    });

    const saying = await say('what are the symptoms');
    const said = await say('yes', saying.body.conversationId);
    expect(pressed.body.exchange.text).toBe(said.body.exchange.text);
    expect(pressed.body.exchange.text).not.toBe('');
    expect(pressed.body.screen).toEqual(said.body.screen);
  });

  test('each browser is its own simulated user: speed and "forget me" are per user key', async () => {
    const [a, b] = [userKey(), userKey()];
    const slower = await say('speak slower', undefined, {}, a);
    expect(slower.body.speechRate).toBe(80);
    await say('stop', slower.body.conversationId, {}, a);
    // A's next session starts at A's speed; B has never set one.
    expect((await say('open bone cancer guide', undefined, {}, a)).body.speechRate).toBe(80);
    expect((await say('open bone cancer guide', undefined, {}, b)).body.speechRate).toBe(100);
    // B forgetting deletes B's record only.
    expect((await say('forget me', undefined, {}, b)).body.exchange.shouldEndSession).toBe(true);
    expect((await say('open bone cancer guide', undefined, {}, a)).body.speechRate).toBe(80);
    // A's conversation is not B's: with B's key, A's conversation id starts a new conversation.
    const mine = await say('what are the symptoms', undefined, {}, a);
    const theirs = await say('yes', mine.body.conversationId, {}, b);
    expect(theirs.body.restarted).toBe(true);
    expect(theirs.body.conversationId).not.toBe(mine.body.conversationId);
    expect(JSON.stringify(logger.lines)).not.toMatch(new RegExp(`${a}|${b}|${a.toUpperCase()}|${b.toUpperCase()}`));
  });

  test('user keys are checked exactly; a press must name an intent', async () => {
    for (const bad of ['', 'A'.repeat(32), '0'.repeat(31), '0'.repeat(33), `${'0'.repeat(31)}g`, 42, null, '../../x']) {
      expect((await say('help', undefined, {}, bad as string)).status).toBe(400);
      expect((await press('AMAZON.HelpIntent', undefined, bad as string)).status).toBe(400);
      expect((await api('/api/end', { conversationId: 'A'.repeat(24), userKey: bad })).status).toBe(400);
    }
    for (const bad of [undefined, '', 42, 'AMAZON.YesIntent ', `A${'x'.repeat(64)}`, '<script>', ['choice', 'AMAZON.YesIntent']]) {
      expect((await press(bad)).status).toBe(400);
    }
    // An intent the screen never offers is sent as it would be from a device: the skill answers with its fallback.
    const unknown = await press('NoSuchIntent');
    expect(unknown.status).toBe(200);
    expect(unknown.body.exchange.text).not.toBe('');
  });

  test('bad input gets a 4xx with a message, never a crash', async () => {
    expect((await say(42)).status).toBe(400);
    expect((await say('x'.repeat(501))).status).toBe(400);
    const notJson = await fetch(`${server.url}/api/say`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' });
    expect(notJson.status).toBe(400);
    const broken = await fetch(`${server.url}/api/say`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"utterance":',
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({ error: expect.any(String) });
    const huge = await fetch(`${server.url}/api/say`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ utterance: 'x'.repeat(10_000) }),
    });
    expect(huge.status).toBe(413);
    expect((await fetch(`${server.url}/nothing-here`)).status).toBe(404);
  });

  test('other web sites cannot use it: cross-site requests and foreign Host names are refused', async () => {
    expect((await say('help', undefined, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await say('help', undefined, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect(await raw('/', { Host: 'evil.example' })).toBe(421);
    expect(await raw('/api/say', { Host: 'evil.example:3000', 'Content-Type': 'application/json' }, 'POST')).toBe(421);
    expect(await raw('/', { Host: `localhost:${server.port}` })).toBe(200);
  });
});

describe('security headers', () => {
  test.each(['/', '/styles.css', '/page.js', '/alexa', '/api/say'])('%s', async (path) => {
    const response = await fetch(`${server.url}${path}`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  test('the page has no inline script or style, and loads nothing from elsewhere', async () => {
    const html = await (await fetch(`${server.url}/`)).text();
    expect(html).not.toMatch(/<script>|<script(?![^>]*\bsrc=)[^>]*>|\sstyle=|<style|\son[a-z]+=/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});

describe('conversations held on the server', () => {
  test('are bounded in number and expire when idle', async () => {
    const skill = await startLocalSkill({ locale: 'en-AU', verbose: false });
    let now = 0;
    const conversations = new Conversations({
      runtime: skill.runtime,
      locale: 'en-AU',
      logger: memoryLogger(),
      maxConversations: 2,
      idleMs: 1000,
      now: () => now,
    });
    try {
      const first = await conversations.say(undefined, 'open bone cancer guide');
      await conversations.say(undefined, 'open bone cancer guide');
      await conversations.say(undefined, 'open bone cancer guide');
      expect(conversations.size).toBe(2);
      expect((await conversations.say(first.conversationId, 'help')).restarted).toBe(true);

      const recent = await conversations.say(undefined, 'what are the symptoms');
      now += 1001;
      const later = await conversations.say(recent.conversationId, 'yes');
      expect(later.restarted).toBe(true);
      expect(conversations.size).toBe(1);
    } finally {
      await conversations.closeAll();
      await skill.close();
    }
  });

  test("a press is sent as an Echo Show sends it, in the conversation's session, as the browser's user", async () => {
    const skill = await startLocalSkill({ locale: 'en-AU', verbose: false });
    const sent: RequestEnvelope[] = [];
    const recording: SkillRuntime = {
      invoke(envelope, context) {
        sent.push(envelope as RequestEnvelope);
        return skill.runtime.invoke(envelope, context);
      },
    };
    const conversations = new Conversations({ runtime: recording, locale: 'en-AU', logger: memoryLogger() });
    const key = userKey();
    try {
      const { conversationId } = await conversations.say(undefined, 'what are the symptoms', key);
      await conversations.press(conversationId, 'AMAZON.YesIntent', key);
      expect(sent).toHaveLength(2);
      const [question, pressed] = sent as [RequestEnvelope, RequestEnvelope];
      expect(pressed.request).toEqual({
        type: 'Alexa.Presentation.APL.UserEvent',
        requestId: expect.stringMatching(/^amzn1\.echo-api\.request\./),
        timestamp: expect.any(String),
        locale: 'en-AU',
        token: 'answer',
        arguments: ['choice', 'AMAZON.YesIntent'],
        components: {},
        source: { type: 'TouchWrapper', handler: 'Press' },
      });
      expect(pressed.session?.sessionId).toBe(question.session?.sessionId);
      expect(pressed.session?.new).toBe(false);
      expect(pressed.context.System.user.userId).toBe(`amzn1.ask.account.LOCAL-${key.toUpperCase()}`);
      expect(question.context.System.user.userId).toBe(userIdOf(key));
      expect(pressed.context.System.device?.supportedInterfaces).toHaveProperty(['Alexa.Presentation.APL']);

      // A press with no open session opens one, as a one-shot question does.
      const fresh = await conversations.press(undefined, 'SymptomsIntent', key);
      expect(fresh.exchange.text).toMatch(/most common symptom is pain/);
      expect(sent.at(-1)?.session?.new).toBe(true);

      // Without a key, a conversation is a user of its own: never the shared local user.
      await conversations.say(undefined, 'help');
      await conversations.say(undefined, 'help');
      const [one, two] = sent.slice(-2).map((envelope) => envelope.context.System.user.userId);
      expect(one).not.toBe(two);
      expect([one, two]).not.toContain(LOCAL_USER_ID);
      expect(isUserKey(key)).toBe(true);
    } finally {
      await conversations.closeAll();
      await skill.close();
    }
  });

  test('turns of one conversation run in order, even when sent at once', async () => {
    const skill = await startLocalSkill({ locale: 'en-AU', verbose: false });
    const conversations = new Conversations({ runtime: skill.runtime, locale: 'en-AU', logger: memoryLogger() });
    try {
      const { conversationId } = await conversations.say(undefined, 'what are the symptoms');
      const [yes, next] = await Promise.all([conversations.say(conversationId, 'yes'), conversations.say(conversationId, 'next')]);
      expect(yes.exchange.text).toMatch(/break more easily/);
      expect(next.exchange.text).toMatch(/calcium/);
    } finally {
      await conversations.closeAll();
      await skill.close();
    }
  });
});

describe('what a screen device shows', () => {
  const card = { type: 'Simple', title: 'Symptoms', content: 'The most common symptom is pain.' };
  const apl = {
    type: APL_RENDER_DOCUMENT,
    token: 'screen',
    document: {},
    datasources: {
      screen: {
        title: 'Symptoms',
        body: 'The most common symptom is pain.',
        choices: [
          { label: 'Yes', accessibilityLabel: 'Yes, hear about fractures', utterance: 'yes', intent: 'AMAZON.YesIntent' },
          { label: 'Broken', utterance: 42 },
          { label: 'No intent', utterance: 'no' },
          { label: 'Bad intent', utterance: 'x', intent: `${'X'.repeat(65)}` },
        ],
      },
    },
  };
  const envelope = (response: Record<string, unknown>) => ({ version: '1.0', response }) as unknown as ResponseEnvelope;

  test('the APL document data source when there is one, with only well-formed choices', () => {
    const view = screenOf(envelope({ card, directives: [{ type: 'Dialog.Delegate' }, apl] }));
    expect(view.screen).toEqual({
      source: 'apl',
      title: 'Symptoms',
      body: 'The most common symptom is pain.',
      choices: [{ label: 'Yes', accessibilityLabel: 'Yes, hear about fractures', utterance: 'yes', intent: 'AMAZON.YesIntent' }],
    });
    expect(view.apl).toEqual(view.screen && { title: 'Symptoms', body: view.screen.body, choices: view.screen.choices });
    expect(view.card).toEqual(card);
  });

  test('otherwise the card; nothing when there is neither', () => {
    expect(screenOf(envelope({ card })).screen).toEqual({ source: 'card', title: 'Symptoms', body: card.content, choices: [] });
    expect(
      screenOf(envelope({ card, directives: [{ type: APL_RENDER_DOCUMENT, datasources: { screen: { title: 7 } } }] })).screen?.source,
    ).toBe('card');
    expect(screenOf(envelope({})).screen).toBeNull();
  });

  test('the speech rate comes from the reply SSML prosody', () => {
    expect(speechRateOf('<speak><prosody rate="80%">Hello</prosody></speak>')).toBe(80);
    expect(speechRateOf('<speak>Hello</speak>')).toBe(100);
  });
});

describe('npm start (the built server)', () => {
  let bundle: string;

  beforeAll(async () => {
    // Built here, not with scripts/build.mjs, so that other tests' builds of dist/local are never overwritten.
    bundle = join(scratch, 'server.js');
    await build({
      entryPoints: [join(ROOT, 'local/server/main.ts')],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      packages: 'external',
      logLevel: 'error',
    });
  });

  function start(args: string[]): Promise<{ child: ChildProcess; url: string; output: () => string }> {
    const child = spawn(process.execPath, [bundle, ...args], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1' }, stdio: 'pipe' });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    return new Promise((resolve, reject) => {
      child.on('exit', (code) => reject(new Error(`exited with ${code} before starting: ${output}`)));
      child.stdout?.on('data', () => {
        const match = /Web simulator:\s+(http:\/\/\S+?)\/\n/.exec(output);
        if (match?.[1]) resolve({ child, url: match[1], output: () => output });
      });
    });
  }

  function exited(child: ChildProcess): Promise<number | null> {
    return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  }

  test('refuses to start beyond loopback with signature checks on and no SKILL_ID: a clear message, exit code 1', async () => {
    const { SKILL_ID: _unset, ...env } = process.env;
    const child = spawn(process.execPath, [bundle, '--no-store'], { env: { ...env, PORT: '0', HOST: '0.0.0.0' }, stdio: 'pipe' });
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    expect(await exited(child)).toBe(1);
    expect(output).toMatch(/Could not start the local server: .*0\.0\.0\.0.*no SKILL_ID/);
    expect(output).not.toMatch(/Web simulator/);
  });

  test.each([['SIGINT'], ['SIGTERM']] as const)('prints its address and stops cleanly on %s', async (signal) => {
    const { child, url, output } = await start(signal === 'SIGINT' ? ['--no-store', '--no-verify-signatures'] : ['--no-store']);
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await fetch(`${url}/`)).status).toBe(200);
      if (signal === 'SIGINT') expect(output()).toMatch(/WARNING: Alexa request signature and timestamp checks are OFF/);
      else expect(output()).toMatch(/signature checks on/);
      const done = exited(child);
      child.kill(signal);
      expect(await done).toBe(0);
      expect(output()).toMatch(/Stopped\.\n$/);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
