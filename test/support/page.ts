// Driving the page (local/web) in Chromium, for the local server's page and the web app alike: speech stand-ins
// (synthesis recorded, not played; recognition that "hears" window.heard, or none), typing a turn as a person
// does, what was shown, spoken and announced, what is in view, and axe-core's WCAG 2.2 AA checks.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { WCAG_TAGS } from './browser';

export interface Spoken {
  text: string;
  rate: number;
  lang: string;
}

/** Every page of the context records what it would say, and recognises speech only with recognition 'fake'. */
export async function useSpeechStandIns(context: BrowserContext, recognition: 'fake' | 'none' = 'fake'): Promise<void> {
  await context.addInitScript((kind: string) => {
    const w = window as unknown as Record<string, unknown>;
    const spoken: { text: string; rate: number; lang: string }[] = [];
    w.spoken = spoken;
    window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
      spoken.push({ text: utterance.text, rate: utterance.rate, lang: utterance.lang });
    };
    window.speechSynthesis.cancel = () => {};
    delete w.webkitSpeechRecognition;
    w.SpeechRecognition =
      kind === 'none'
        ? undefined
        : class {
            onresult: ((event: unknown) => void) | null = null;
            onerror: ((event: unknown) => void) | null = null;
            onend: (() => void) | null = null;
            start(): void {
              setTimeout(() => {
                if (w.recognitionError) this.onerror?.({ error: w.recognitionError });
                else this.onresult?.({ results: [[{ transcript: String(w.heard ?? '') }]] });
                this.onend?.();
              }, 0);
            }
            stop(): void {}
          };
  }, recognition);
}

export async function replies(page: Page): Promise<string[]> {
  return (await page.locator('#transcript .skill').allTextContents()).map((text) => text.replace(/^Skill:\s*/, ''));
}

/** Types an utterance into the focused input and presses Enter, as a person does; waits for the skill's reply. */
export async function sayByKeyboard(page: Page, utterance: string): Promise<string> {
  const before = (await replies(page)).length;
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('utterance');
  await page.keyboard.type(utterance);
  await page.keyboard.press('Enter');
  await page.waitForFunction((count) => document.querySelectorAll('#transcript .skill').length > count, before);
  return (await replies(page)).at(-1) ?? '';
}

export async function spoken(page: Page): Promise<Spoken[]> {
  return page.evaluate(() => (window as unknown as { spoken: Spoken[] }).spoken);
}

/** What the live regions hold now: the page announces into one at a time. */
export async function announced(page: Page): Promise<string[]> {
  return (await page.locator('[role="status"][aria-live="polite"]').allTextContents()).filter((text) => text !== '');
}

/** Boxes are laid out in fractions of a pixel: a box this close to an edge is at it. */
const EDGE = 1;

/** The element's box lies wholly inside the window (and it is not hidden). */
export async function whollyInView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return box.x >= -EDGE && box.y >= -EDGE && box.x + box.width <= viewport.width + EDGE && box.y + box.height <= viewport.height + EDGE;
}

/** The element lies wholly inside another, itself wholly in the window (a screen button on its screen). */
export async function whollyWithin(inner: Locator, outer: Locator, page: Page): Promise<boolean> {
  const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
  if (!a || !b) return false;
  const inside = a.x >= b.x - EDGE && a.y >= b.y - EDGE && a.x + a.width <= b.x + b.width + EDGE && a.y + a.height <= b.y + b.height + EDGE;
  return inside && (await whollyInView(page, outer));
}

/** At least the element's first line is inside the window. */
export async function startsInView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return box.y >= -EDGE && box.y + Math.min(box.height, 20) <= viewport.height + EDGE;
}

export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect({ label, violations: summary }).toEqual({ label, violations: [] });
}

/** Nothing needs scrolling sideways (WCAG 1.4.10). */
export async function expectReflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Ten turns a demonstrator might take, through topics, navigation, a question, a definition and a speed change. */
export const DEMO_TURNS = [
  'open bone cancer guide',
  'what are the symptoms',
  'yes',
  'next',
  'repeat',
  'tell me about the tests',
  'what does palliative care mean',
  'speak slower',
  'can it make my legs go numb',
  'walk me through it',
];

/**
 * The presentation view through DEMO_TURNS, typed: conversation and screen side by side, and after every turn the
 * newest reply, its understood line, the input, the screen's title and its Next button in view, the button on its
 * screen, and the page itself never scrolling.
 */
export async function expectPresentationThroughTenTurns(page: Page): Promise<void> {
  const [conversation, screen] = await Promise.all([
    page.locator('.conversation').boundingBox(),
    page.locator('.screen-panel').boundingBox(),
  ]);
  expect(screen?.x).toBeGreaterThanOrEqual((conversation?.x ?? 0) + (conversation?.width ?? 0));
  await page.focus('#utterance');
  for (const turn of DEMO_TURNS) {
    await sayByKeyboard(page, turn);
    const latest = page.locator('#transcript > li').last();
    expect({
      turn,
      reply: await whollyInView(page, latest.locator('.skill')),
      understood: await latest.locator('.understood').textContent(),
      input: await whollyInView(page, page.locator('#utterance')),
      screenTitle: await whollyInView(page, page.locator('#screen-title')),
      next: await whollyWithin(page.locator('#screen-choices button', { hasText: /^Next$/ }), page.locator('#screen'), page),
      pageScrolls: await page.evaluate(() => document.documentElement.scrollHeight > window.innerHeight),
    }).toEqual({
      turn,
      reply: true,
      understood: expect.stringMatching(/^understood: \S/),
      input: true,
      screenTitle: true,
      next: true,
      pageScrolls: false,
    });
  }
}
