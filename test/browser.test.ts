// The web simulator in a real browser (Debian's Chromium, headless): a whole conversation by keyboard only,
// screen buttons pressed as an Echo Show's touch events, one simulated user per browser, replies read aloud
// at the skill's speed, and axe-core's WCAG 2.2 AA checks at normal size, at 200% zoom and at 320 CSS pixels
// wide. The server runs in this process; nothing may be fetched from elsewhere.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { type LocalServer, startLocalServer } from '../local/server/app';
import { launchChromium, WCAG_TAGS } from './support/browser';
import { memoryLogger } from './support/logs';

const ROOT = join(__dirname, '..');

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

interface Spoken {
  text: string;
  rate: number;
}

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
  await context.addInitScript((kind: string) => {
    const w = window as unknown as Record<string, unknown>;
    const spoken: { text: string; rate: number }[] = [];
    w.spoken = spoken;
    window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
      spoken.push({ text: utterance.text, rate: utterance.rate });
    };
    window.speechSynthesis.cancel = () => {};
    delete w.webkitSpeechRecognition;
    w.SpeechRecognition =
      kind === 'none'
        ? undefined
        : class {
            onresult: ((event: unknown) => void) | null = null;
            onend: (() => void) | null = null;
            start(): void {
              setTimeout(() => {
                this.onresult?.({ results: [[{ transcript: String(w.heard ?? '') }]] });
                this.onend?.();
              }, 0);
            }
            stop(): void {}
          };
  }, recognition);
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  return page;
}

async function replies(page: Page): Promise<string[]> {
  return (await page.locator('#transcript .skill').allTextContents()).map((text) => text.replace(/^Skill:\s*/, ''));
}

/** Types an utterance into the focused input and presses Enter; waits for the skill's reply. */
async function sayByKeyboard(page: Page, utterance: string): Promise<string> {
  const before = (await replies(page)).length;
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('utterance');
  await page.keyboard.type(utterance);
  await page.keyboard.press('Enter');
  await page.waitForFunction((count) => document.querySelectorAll('#transcript .skill').length > count, before);
  return (await replies(page)).at(-1) ?? '';
}

async function spoken(page: Page): Promise<Spoken[]> {
  return page.evaluate(() => (window as unknown as { spoken: Spoken[] }).spoken);
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

async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect({ label, violations: summary }).toEqual({ label, violations: [] });
}

async function expectReflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
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
  expect(await sayByKeyboard(page, 'repeat')).toBe(next);
  expect(await sayByKeyboard(page, 'speak slower')).toMatch(/I'll speak more slowly/);
  expect(await page.locator('#speed').textContent()).toMatch(/80% of normal/);
  const goodbye = await sayByKeyboard(page, 'stop');
  expect(goodbye).toMatch(/Goodbye/);
  expect(await page.locator('#transcript li').last().textContent()).toContain('The skill ended the session.');

  // Each reply was announced to screen readers and read aloud, at the skill's own rate.
  expect(await page.locator('#announcer').getAttribute('aria-live')).toBe('polite');
  expect(await page.locator('#announcer').textContent()).toBe(goodbye);
  const voice = await spoken(page);
  expect(voice).toHaveLength(7);
  expect(voice[0]).toMatchObject({ text: expect.stringMatching(/^Welcome/), rate: 1 });
  expect(voice.at(-1)).toEqual({ text: goodbye, rate: expect.closeTo(0.8, 5) });
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

test('focus is visible, reading aloud can be switched off (and stays off), the microphone shows only where it works', async () => {
  const page = await openPage();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
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

  const withoutRecognition = await openPage({}, { recognition: 'none' });
  expect(await withoutRecognition.locator('#microphone').isHidden()).toBe(true);
  await withoutRecognition.context().close();
});

describe('axe-core, WCAG 2.2 AA: no violations', () => {
  // 200% zoom of a 1280 px window is a 640 CSS px layout at twice the pixel density. Dark mode has its own
  // colours: its contrast is checked once, at normal size.
  const sizes: [string, BrowserContextOptions, ('light' | 'dark')[]][] = [
    ['at normal size, light and dark', {}, ['light', 'dark']],
    ['at 200% zoom', { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 }, ['light']],
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
