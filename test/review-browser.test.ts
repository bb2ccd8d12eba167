// The review pages in a real browser (Debian's Chromium, headless), opened from file:// as a reviewer would:
// axe-core's WCAG 2.2 AA checks find nothing, nothing is fetched from anywhere, the conversation map is an
// image with a name, and the ask sheet prints on one A4 page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { generateReview } from '../scripts/review/generate';
import { launchChromium, WCAG_TAGS } from './support/browser';

let dir: string;
let browser: Browser;
let context: BrowserContext;
/** Every request the pages made that was not for the file itself. */
const external: string[] = [];

// Generating the review (it asks the skill every question) and starting Chromium take more than the default hook
// time on a shared, busy machine: a harness limit, not a measure of speed.
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'review-browser-'));
  [browser] = await Promise.all([launchChromium(), generateReview(dir)]);
  context = await browser.newContext();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  expect(external).toEqual([]);
});

async function open(file: string): Promise<Page> {
  const page = await context.newPage();
  const url = pathToFileURL(join(dir, file)).href;
  page.on('request', (request) => {
    if (request.url() !== url) external.push(request.url());
  });
  await page.goto(url);
  return page;
}

async function violations(page: Page): Promise<string[]> {
  // The script is one long page (~10,000 elements, no frames). Asking only for violations, in one run rather
  // than axe's per-frame partial runs (legacy mode), is about four times faster, with the same rules. Most of
  // the time is the colour-contrast rule, which looks at every piece of text.
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

// Axe on ~10,000 elements takes ~75 s at load 13 on a shared machine (twice the old ~6,000-element page): a wide margin.
it('the review script passes axe-core’s WCAG 2.2 AA checks, its map is a named image and its tables are named', async () => {
  const page = await open('script.html');
  expect(await violations(page)).toEqual([]);
  const map = page.getByRole('img', { name: /Map of the conversation/ });
  await expect(map.count()).resolves.toBe(1);
  expect(await map.boundingBox()).toEqual(expect.objectContaining({ width: expect.any(Number) }));
  expect(await page.title()).toContain('Review script');
  // The lay-word table, and each passage's table of quotable sentences, are named by their captions.
  const layWords = page.getByRole('table', { name: /What people say/ });
  await expect(layWords.count()).resolves.toBe(1);
  await expect(layWords.getByRole('columnheader').count()).resolves.toBe(2);
  await expect(page.getByRole('table', { name: /and the answers that say them/ }).count()).resolves.toBeGreaterThan(50);
  // Each unit's reviewed questions are a list named by its heading; each kind and group of replies a named region.
  await expect(page.getByRole('list', { name: /Questions it answers, in people’s words/ }).count()).resolves.toBeGreaterThan(50);
  await expect(page.getByRole('region', { name: /Replies to the questions that matter most/ }).count()).resolves.toBe(1);
  await expect(page.getByRole('region', { name: /^Despair or crisis$/ }).count()).resolves.toBe(1);
  await page.close();
}, 180_000);

it('the ask sheet passes axe-core’s checks and prints on one A4 page', async () => {
  const page = await open('ask-sheet.html');
  expect(await violations(page)).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
  await page.close();
});
