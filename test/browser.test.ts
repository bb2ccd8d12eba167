// The web simulator in a real browser (Debian's Chromium, headless): a whole conversation by keyboard only,
// screen buttons pressed as an Echo Show's touch events, one simulated user per browser, replies read aloud
// at the skill's speed, and axe-core's WCAG 2.2 AA checks at normal size, at 200% zoom and at 320 CSS pixels
// wide. The server runs in this process; nothing may be fetched from elsewhere.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { type LocalServer, startLocalServer } from '../local/server/app';
import { launchChromium } from './support/browser';
import { memoryLogger } from './support/logs';
import {
  announced,
  DEMO_TURNS,
  expectNoAxeViolations,
  expectPresentationThroughTenTurns,
  expectReflow,
  replies,
  sayByKeyboard,
  spoken,
  startsInView,
  useSpeechStandIns,
} from './support/page';

const ROOT = join(__dirname, '..');

// A whole browser per test, axe-core scans and ten-turn conversations: on a shared 2-core machine under load
// (load averages of 10 were seen) a test here has taken 25 s; this is a guard against a hang, not a measure.
jest.setTimeout(90_000);

let server: LocalServer;
let browser: Browser;
/** Every request the pages made that was not to our server. */
const external: string[] = [];

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build.mjs', 'web', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  [server, browser] = await Promise.all([startLocalServer({ port: 0, locale: 'en-AU', logger: memoryLogger() }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  expect(external).toEqual([]);
});

/**
 * A new page whose speech synthesis is recorded (not played), and whose speech recognition is a stand-in
 * that "hears" window.heard (or, with recognition 'none', is missing, as in browsers without it).
 */
async function openPage(options: BrowserContextOptions = {}, { recognition = 'fake' as 'fake' | 'none' } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${server.url}/`)) return route.continue();
    external.push(url);
    return route.abort();
  });
  await useSpeechStandIns(context, recognition);
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  return page;
}

async function tabTo(page: Page, matches: (el: { id: string; text: string; inChoices: boolean }) => boolean, limit = 15): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      return { id: active?.id ?? '', text: active?.textContent ?? '', inChoices: Boolean(active?.closest('#screen-choices')) };
    });
    if (matches(el)) return;
  }
  throw new Error('could not reach the element by keyboard');
}

/** A short conversation with a screen full of choices, for the checks that need one. */
async function converse(page: Page): Promise<void> {
  await page.focus('#utterance');
  await sayByKeyboard(page, 'open bone cancer guide');
  await sayByKeyboard(page, 'what are the symptoms');
}

test('a whole conversation by keyboard only: launch, a topic, yes, next, repeat, slower, stop', async () => {
  const page = await openPage();
  // The skip link comes first and leads to the input.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Skip to what you would say/);
  await page.keyboard.press('Enter');

  expect(await sayByKeyboard(page, 'open bone cancer guide')).toMatch(/^Welcome (back )?to the (secondary )?bone cancer guide\./);
  expect(await sayByKeyboard(page, 'what are the symptoms')).toMatch(
    /The most common symptom is pain\..*Would you like to hear about fractures\?$/,
  );

  // The screen offers the follow-up as buttons; "Yes" by keyboard does what saying yes does.
  expect(await page.locator('#screen-title').textContent()).toMatch(/symptoms/i);
  await tabTo(page, (el) => el.inChoices && el.text.startsWith('Yes'));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('#transcript .skill').length === 3);
  expect((await replies(page)).at(-1)).toMatch(/Cancer cells can weaken the bones\./);
  expect(await page.locator('#transcript .you').last().textContent()).toBe('You pressed: Yes');
  // Focus is back in the input for the next thing to say.
  const next = await sayByKeyboard(page, 'next');
  expect(next).toMatch(/hypercalcaemia/);
  const regionOf = () => page.evaluate(() => [...document.querySelectorAll('[role="status"]')].findIndex((r) => r.textContent !== ''));
  const announcedIn = await regionOf();
  expect(await announced(page)).toEqual([next]);
  // "repeat": the same words, inserted afresh into the other live region (so they are announced again), and
  // only there (so they are announced once).
  expect(await sayByKeyboard(page, 'repeat')).toBe(next);
  expect(await announced(page)).toEqual([next]);
  expect(await regionOf()).not.toBe(announcedIn);
  expect(await sayByKeyboard(page, 'speak slower')).toMatch(/I'll speak more slowly/);
  expect(await page.locator('#speed').textContent()).toMatch(/80% of normal/);
  const goodbye = await sayByKeyboard(page, 'stop');
  expect(goodbye).toMatch(/Goodbye/);
  expect(await page.locator('#transcript li').last().textContent()).toContain('The skill ended the session.');

  // Each reply was announced to screen readers, the end of the session with it, and read aloud at the skill's
  // own rate.
  expect(await announced(page)).toEqual([`${goodbye} The skill ended the session.`]);
  const voice = await spoken(page);
  expect(voice).toHaveLength(7);
  expect(voice[0]).toMatchObject({ text: expect.stringMatching(/^Welcome/), rate: 1 });
  expect(voice.at(-1)).toMatchObject({ text: goodbye, rate: expect.closeTo(0.8, 5) });
  await page.context().close();
});

test('pressing a screen button by keyboard sends the touch event, and gets what saying it gets', async () => {
  // Two browsers (two simulated users, each new to the skill): one presses "Yes", the other says "yes".
  const pressing = await openPage();
  const posted: { path: string; body: Record<string, unknown> }[] = [];
  pressing.on('request', (request) => {
    if (request.method() === 'POST') posted.push({ path: new URL(request.url()).pathname, body: request.postDataJSON() });
  });
  await converse(pressing);
  const yes = pressing.locator('#screen-choices button', { hasText: 'Yes' });
  // The button's spoken name is the data source's accessibilityLabel, which contains the visible label.
  const name = (await yes.getAttribute('aria-label')) ?? (await yes.textContent()) ?? '';
  expect(name).toMatch(/^Yes\b.*fractures/i);
  await tabTo(pressing, (el) => el.inChoices && el.text.startsWith('Yes'), 25);
  await pressing.keyboard.press('Enter');
  await pressing.waitForFunction(() => document.querySelectorAll('#transcript .skill').length === 3);
  const pressed = (await replies(pressing)).at(-1);
  expect(await pressing.locator('#transcript .you').last().textContent()).toBe('You pressed: Yes');
  expect(await pressing.evaluate(() => document.activeElement?.id)).toBe('utterance');
  const press = posted.at(-1);
  expect(press?.path).toBe('/api/press');
  expect(press?.body).toMatchObject({ intent: 'AMAZON.YesIntent', userKey: expect.stringMatching(/^[0-9a-f]{32}$/) });
  expect(press?.body).not.toHaveProperty('utterance');

  const saying = await openPage();
  await converse(saying);
  const said = await sayByKeyboard(saying, 'yes');
  expect(pressed).toBe(said);
  expect(said).toMatch(/Cancer cells can weaken the bones\./);
  // What the screen shows next is the same too.
  expect(await pressing.locator('#screen').textContent()).toBe(await saying.locator('#screen').textContent());
  await pressing.context().close();
  await saying.context().close();
});

test('each browser is its own simulated user: a speed set in one is remembered there across reloads, and not in another', async () => {
  const page = await openPage();
  await page.focus('#utterance');
  await sayByKeyboard(page, 'speak slower');
  await sayByKeyboard(page, 'stop');
  const key = await page.evaluate(() => localStorage.getItem('bone-cancer-guide.user'));
  expect(key).toMatch(/^[0-9a-f]{32}$/);
  await page.reload();
  await page.focus('#utterance');
  await sayByKeyboard(page, 'open bone cancer guide');
  expect(await page.locator('#speed').textContent()).toMatch(/80% of normal/);
  expect(await page.evaluate(() => localStorage.getItem('bone-cancer-guide.user'))).toBe(key);

  const other = await openPage();
  await other.focus('#utterance');
  await sayByKeyboard(other, 'open bone cancer guide');
  expect(await other.locator('#speed').textContent()).toBe('Speaking speed: normal.');
  expect(await other.evaluate(() => localStorage.getItem('bone-cancer-guide.user'))).not.toBe(key);
  await page.context().close();
  await other.context().close();
});

test('without storage, each tab is a user of its own', async () => {
  const context = await browser.newContext();
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${server.url}/`)) return route.continue();
    external.push(url);
    return route.abort();
  });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('storage is off', 'SecurityError');
      },
    });
    window.speechSynthesis.speak = () => {};
  });
  const keys: unknown[] = [];
  context.on('request', (request) => {
    if (request.method() === 'POST') keys.push(request.postDataJSON()?.userKey);
  });
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const page of [first, second]) {
    await page.goto(`${server.url}/`);
    await page.focus('#utterance');
    await sayByKeyboard(page, 'help');
  }
  expect(keys).toHaveLength(2);
  expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
  expect(keys[1]).toMatch(/^[0-9a-f]{32}$/);
  expect(keys[0]).not.toBe(keys[1]);
  await context.close();
});

test('speaking: the microphone button sends what the browser recognised, as if typed', async () => {
  const page = await openPage();
  await page.evaluate(() => {
    (window as unknown as { heard: string }).heard = 'what are the symptoms';
  });
  await page.focus('#utterance');
  await tabTo(page, (el) => el.id === 'microphone');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('#transcript .skill').length === 1);
  expect(await page.locator('#transcript .you').textContent()).toMatch(/what are the symptoms/);
  expect((await replies(page))[0]).toMatch(/most common symptom is pain/);
  await page.context().close();
});

test('focus is visible, reading aloud can be switched off (and stays off)', async () => {
  const page = await openPage();
  await tabTo(page, (el) => el.id === 'utterance');
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return { id: document.activeElement?.id, style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
  });
  expect(outline).toMatchObject({ id: 'utterance', style: 'solid' });
  expect(outline.width).toBeGreaterThanOrEqual(2);
  expect(await page.locator('#microphone').isVisible()).toBe(true);

  await page.locator('#read-aloud').focus();
  await page.keyboard.press('Space');
  expect(await page.locator('#read-aloud').isChecked()).toBe(false);
  await page.reload();
  expect(await page.locator('#read-aloud').isChecked()).toBe(false);
  await converse(page);
  expect(await spoken(page)).toEqual([]);
  await page.context().close();
});

test('where speech input does not work, pressing Speak says so, on the page and to screen readers; typing still works', async () => {
  const unavailable = "Speech input isn't available in this browser. Type instead.";
  const page = await openPage({}, { recognition: 'none' });
  await page.focus('#utterance');
  await tabTo(page, (el) => el.id === 'microphone');
  await page.keyboard.press('Enter');
  expect(await page.locator('#message').textContent()).toBe(unavailable);
  expect(await page.locator('#message').isVisible()).toBe(true);
  expect(await announced(page)).toEqual([unavailable]);
  await page.focus('#utterance');
  expect(await sayByKeyboard(page, 'what are the symptoms')).toMatch(/most common symptom is pain/);
  await page.context().close();

  // A browser that has recognition but no microphone (the demonstrator's laptop): told, not left in silence.
  const noMicrophone = await openPage();
  await noMicrophone.evaluate(() => {
    (window as unknown as { recognitionError: string }).recognitionError = 'audio-capture';
  });
  await noMicrophone.locator('#microphone').click();
  await noMicrophone.locator('#message', { hasText: 'No microphone was found' }).waitFor();
  expect(await announced(noMicrophone)).toEqual(['No microphone was found. Type instead.']);
  await noMicrophone.context().close();
});

describe('axe-core, WCAG 2.2 AA: no violations', () => {
  // 200% zoom of a 1280 px window is a 640 CSS px layout at twice the pixel density. Dark mode has its own
  // colours: its contrast is checked once, at normal size.
  const sizes: [string, BrowserContextOptions, ('light' | 'dark')[]][] = [
    ['at normal size, light and dark', {}, ['light', 'dark']],
    ['at 200% zoom', { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 }, ['light']],
    ['at 400% zoom', { viewport: { width: 320, height: 225 }, deviceScaleFactor: 4 }, ['light']],
    ['at 320 CSS pixels wide', { viewport: { width: 320, height: 640 } }, ['light']],
  ];

  test.each(sizes)('%s, on the start page and after a conversation', async (label, options, schemes) => {
    const page = await openPage(options);
    const scan = async (when: string): Promise<void> => {
      for (const colorScheme of schemes) {
        await page.emulateMedia({ colorScheme });
        await expectNoAxeViolations(page, `${label}, ${colorScheme}, ${when}`);
        await expectReflow(page);
      }
      await page.emulateMedia({ colorScheme: 'light' });
    };
    await scan('start page');
    await converse(page);
    await page.locator('#screen-choices button').first().waitFor({ state: 'visible' });
    await scan('after a conversation');
    await page.context().close();
  });
});

describe.each([
  [1366, 768],
  [1920, 1080],
])('the presentation view at %i×%i', (width, height) => {
  test('after each of ten turns the newest reply, the input and the screen are in view; New demo starts a fresh visitor', async () => {
    const page = await openPage({ viewport: { width, height } });
    await expectPresentationThroughTenTurns(page);
    expect(await page.locator('#transcript .understood').nth(5).textContent()).toBe('understood: tell me about → tests');
    expect(await page.locator('#speed').textContent()).toMatch(/80% of normal/);
    // The ask sheet is one click away.
    expect(await page.getByRole('link', { name: /Things you can ask/ }).getAttribute('href')).toBe('ask-sheet.html');

    // The next group: no transcript, normal speed, and the skill meets a new visitor (no "welcome back").
    await page.getByRole('button', { name: 'New demo' }).click();
    await page.locator('#transcript-empty').waitFor({ state: 'visible' });
    expect(await page.locator('#transcript > li').count()).toBe(0);
    expect(await page.locator('#speed').textContent()).toBe('Speaking speed: normal.');
    expect(await page.locator('#screen-empty').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('utterance');
    const welcome = await sayByKeyboard(page, 'open bone cancer guide');
    expect(welcome).toMatch(/^Welcome to the secondary bone cancer guide\./);
    expect(welcome).not.toMatch(/carry on|left off/);
    expect((await spoken(page)).at(-1)?.rate).toBe(1);
    await page.context().close();
  });
});

describe.each([
  ['200%', { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 }],
  ['400%', { viewport: { width: 320, height: 225 }, deviceScaleFactor: 4 }],
] as [string, BrowserContextOptions][])('at %s zoom', (zoom, options) => {
  test('each reply comes into view, and typing goes on where it was', async () => {
    const page = await openPage(options);
    await page.focus('#utterance');
    for (const turn of DEMO_TURNS.slice(0, 6)) {
      await sayByKeyboard(page, turn);
      const reply = page.locator('#transcript .skill').last();
      expect({ turn, zoom, inView: await startsInView(page, reply) }).toEqual({ turn, zoom, inView: true });
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('utterance');
    }
    await expectReflow(page);
    await page.context().close();
  });
});

test('the printable ask sheet is served with a policy that lets its own style, and nothing else, apply', async () => {
  const page = await openPage();
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  await page.getByRole('link', { name: /Things you can ask/ }).click();
  await page.waitForURL(/ask-sheet\.html$/);
  expect(await page.title()).toBe('Things you can ask the bone cancer guide');
  expect(blocked).toEqual([]);
  await page.context().close();
});
