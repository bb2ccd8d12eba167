// The review script (`npm run script`): generated from the running skill into a temporary folder, it must
// hold every topic and every deeper item with its fact-sheet section, every glossary term, an edge in the
// conversation map for every follow-up, and work offline. Also the small measures it prints.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { glossary, pronunciation, source, topics } from '../content';
import modelSource from '../model/interaction-model.source.json';
import { SLOW_RATE } from '../scripts/review/analyse';
import { askSheetContent, pickQuestions } from '../scripts/review/ask-sheet';
import { type GeneratedReview, generateReview } from '../scripts/review/generate';
import { fleschReadingEase, spokenSeconds, syllables } from '../scripts/review/readability';
import { escapeHtml } from '../scripts/review/speech';

let dir: string;
let generated: GeneratedReview;
let html: string;
let markdown: string;
let sheet: string;
let svg: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'review-'));
  generated = await generateReview(dir);
  html = readFileSync(join(dir, 'script.html'), 'utf8');
  markdown = readFileSync(join(dir, 'script.md'), 'utf8');
  sheet = readFileSync(join(dir, 'ask-sheet.html'), 'utf8');
  svg = readFileSync(join(dir, 'conversation-map.svg'), 'utf8');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The HTML of one passage's section (passages hold no nested sections). */
function passageSection(id: string): string {
  const match = html.match(new RegExp(`<section class="passage" id="${id}"[\\s\\S]*?</section>`));
  if (!match) throw new Error(`no section ${id} in the script`);
  return match[0];
}

const sectionHeading = (id: string) => source.sections.find((s) => s.id === id)?.heading ?? `(unknown section ${id})`;

describe('the review script', () => {
  it('writes the page, the Markdown, the map and the ask sheet', () => {
    expect(generated.files.map((f) => f.slice(dir.length + 1)).sort()).toEqual([
      'ask-sheet.html',
      'conversation-map.svg',
      'script.html',
      'script.md',
    ]);
    expect(generated.fingerprint).toMatch(/^[0-9a-f]{12}$/);
  });

  it('states the sheet’s review date and the content version at the top', () => {
    const header = html.slice(0, html.indexOf('</header>'));
    expect(header).toContain(source.lastMedicalReviewSpoken);
    expect(header).toContain(source.contentVersion);
    expect(markdown.slice(0, 600)).toContain(source.lastMedicalReviewSpoken);
  });

  it('has every topic and every deeper item, each with its fact-sheet section and a response from the skill', () => {
    for (const [t, topic] of topics.entries()) {
      expect(html).toContain(`<h2 id="topic-${topic.id}-h">${t + 1}. ${escapeHtml(topic.title)}</h2>`);
      const summary = passageSection(`topic-${topic.id}-summary`);
      expect(summary).toContain(`Fact-sheet section: <strong>${escapeHtml(sectionHeading(topic.section))}</strong>`);
      expect(markdown).toContain(`## ${t + 1}. ${topic.title}`);
      topic.items.forEach((item, i) => {
        const section = passageSection(`topic-${topic.id}-item-${i + 1}`);
        const referenced = 'ref' in item ? topics.find((x) => x.id === item.ref) : undefined;
        const title = 'ref' in item ? (referenced?.title ?? item.ref) : item.title;
        const sectionId = 'ref' in item ? (referenced?.section ?? '') : item.section;
        expect(section).toContain(escapeHtml(title));
        expect(section).toContain(`Fact-sheet section: <strong>${escapeHtml(sectionHeading(sectionId))}</strong>`);
        expect(section).toMatch(/class="response"|class="same"/);
      });
    }
    for (const t of generated.review.topics) for (const p of t.passages) expect(p.responses.length).toBeGreaterThan(0);
  });

  it('has every glossary term, answered by the skill', () => {
    for (const entry of glossary) {
      const section = passageSection(`term-${entry.id}`);
      expect(section).toContain(escapeHtml(sectionHeading(entry.section)));
      expect(section).toMatch(/class="response"|class="same"/);
    }
  });

  it('captures the conversation around the content: launch, help, fallback, speed, stop, forget me, errors', () => {
    const said = generated.review.responses.map((r) => r.text).join('\n');
    for (const expected of [
      'Welcome to the secondary bone cancer guide',
      'Welcome back',
      'Last time, you heard about',
      "You're hearing about",
      "Sorry, I can't help with that here",
      "Here's a guided tour",
      "That's the end of the tour",
      'This is the slowest I can speak',
      'This is the fastest I can speak',
      'Goodbye, and take care',
      "I've deleted your saved settings",
      "couldn't delete your settings",
      'something went wrong on my side',
      'only available in English',
    ]) {
      expect(said).toContain(expected);
    }
    // Reached at the slow speed, so listed once with both speeds.
    expect(generated.review.responses.some((r) => r.rates.includes(SLOW_RATE) && r.rates.includes(100))).toBe(true);
  });

  it('shows every pronounced term with its pronunciation beside it', () => {
    const rule = pronunciation.find((r) => r.written === 'metastasised');
    expect(html).toContain(`<span class="term">metastasised</span> <span class="say">[/${rule?.ipa}/]</span>`);
    expect(html).toContain('<span class="term">CT</span> <span class="say">[said “C T”]</span>');
    expect(markdown).toContain('**CT** [said “C T”]');
  });

  it('draws an edge for every follow-up, and lists the same edges as text', () => {
    for (const topic of topics) {
      const edge = new RegExp(`<path class="edge follow-up [a-z]+" data-from="${topic.id}" data-to="${topic.followUp}"`);
      expect(svg).toMatch(edge);
      expect(html).toMatch(edge);
      const label = generated.diagram.edges.find((e) => e.kind === 'follow-up' && e.from === topic.id && e.to === topic.followUp)?.label;
      expect(label).toBeDefined();
      expect(html).toContain(`<li>${escapeHtml(label ?? '')}</li>`);
    }
    expect(svg.match(/class="edge follow-up /g)?.length).toBe(topics.length + 2); // + the two in the legend
    expect(svg).toMatch(/<svg [^>]*role="img"[^>]*aria-labelledby="diagram-title diagram-desc"/);
    expect(svg).toContain('<title id="diagram-title">');
    expect(svg).toContain('<desc id="diagram-desc">');
  });

  it('leaves no sentence the crawler heard out of the script', () => {
    const crawl = generated.review.crawl;
    expect(crawl?.exchanges).toBeGreaterThan(1000);
    for (const extra of crawl?.extra ?? []) expect(html).toContain(escapeHtml(extra.sentence));
  });

  it('needs nothing from the network', () => {
    for (const page of [html, sheet, svg]) {
      expect(page).not.toMatch(/<script|<link|@import|@font-face|src=|url\((?!#)/i);
      expect(page.replace('http://www.w3.org/2000/svg', '')).not.toMatch(/https?:\/\//);
      expect(page).not.toMatch(/undefined|NaN|\[object/);
    }
  });
});

describe('the ask sheet', () => {
  it('offers only questions the interaction model knows, a few for every topic, the same every time', () => {
    const content = askSheetContent();
    const samples = new Set(modelSource.intents.flatMap((i) => (i.samples ?? []).map((s) => s.toLowerCase())));
    expect(content.topics.map((t) => t.topic.id)).toEqual(topics.map((t) => t.id));
    for (const { questions } of content.topics) {
      expect(questions.length).toBeGreaterThanOrEqual(1);
      for (const q of questions) expect(samples.has(q.replace(/\?$/, '').toLowerCase())).toBe(true);
    }
    for (const { words } of content.navigation) for (const w of words) expect(samples.has(w.toLowerCase())).toBe(true);
    expect(askSheetContent()).toEqual(content);
    expect(sheet).toContain('@page');
    expect(sheet).toContain(escapeHtml(content.topics[0]?.questions[0] ?? '?'));
  });

  it('picks whole questions and skips near repeats', () => {
    expect(
      pickQuestions(['symptoms', 'what are the symptoms', "what're the symptoms", 'does it hurt', 'what symptoms will my wife have'], 2),
    ).toEqual(['what are the symptoms', 'does it hurt']);
  });
});

describe('measures', () => {
  it('times speech at about 150 words a minute, scaled by the speed', () => {
    expect(spokenSeconds(150, 100)).toBe(60);
    expect(spokenSeconds(150, 50)).toBe(120);
    expect(spokenSeconds(0, 100, 300)).toBeCloseTo(0.3);
    expect(SLOW_RATE).toBe(80);
  });

  it('counts syllables closely enough for reading ease', () => {
    expect([syllables('bone'), syllables('cancer'), syllables('spread'), syllables('palliative'), syllables('CT')]).toEqual([
      1, 2, 1, 4, 2,
    ]);
    expect(syllables('hypercalcaemia')).toBeGreaterThanOrEqual(5);
    expect(fleschReadingEase('The cat sat on the mat.')).toBeGreaterThan(100);
    expect(fleschReadingEase('Osteoblastic metastases necessitate multidisciplinary consideration.')).toBeLessThan(0);
  });
});
