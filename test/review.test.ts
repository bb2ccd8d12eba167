// The review script (`npm run script`): generated from the running skill into a temporary folder, it must
// hold every topic and every deeper item with its fact-sheet section, every glossary term, an edge in the
// conversation map for every follow-up, and work offline. Also the small measures it prints.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AnswersTable, glossary, type LayWords, pronunciation, type QuestionKindTable, source, topics } from '../content';
import answersJson from '../content/answers.json';
import layWordsJson from '../content/lay-words.json';
import questionKindsJson from '../content/question-kinds.json';
import { corpusUnits, unitKeyOf } from '../lambda/question/corpus';
import { pronounce } from '../lambda/speech/pronounce';
import { en } from '../lambda/speech/resources/en';
import modelSource from '../model/interaction-model.source.json';
import { NOT_ANSWERED, SLOW_RATE } from '../scripts/review/analyse';
import { askSheetContent, pickQuestions } from '../scripts/review/ask-sheet';
import { NOT_ANSWERED_EXAMPLES } from '../scripts/review/collect';
import { type GeneratedReview, generateReview } from '../scripts/review/generate';
import { MATTER_MOST, questionsOf } from '../scripts/review/question-kinds';
import { fleschReadingEase, spokenSeconds, syllables } from '../scripts/review/readability';
import { escapeHtml } from '../scripts/review/speech';

let dir: string;
let generated: GeneratedReview;
let html: string;
let markdown: string;
let sheet: string;
let svg: string;

// Generating takes ~5 s on an idle machine, most of it the crawler; over 20 s on a busy shared one.
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'review-'));
  generated = await generateReview(dir);
  html = readFileSync(join(dir, 'script.html'), 'utf8');
  markdown = readFileSync(join(dir, 'script.md'), 'utf8');
  sheet = readFileSync(join(dir, 'ask-sheet.html'), 'utf8');
  svg = readFileSync(join(dir, 'conversation-map.svg'), 'utf8');
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The HTML of one passage's section (passages hold no nested sections). */
function passageSection(id: string): string {
  const match = html.match(new RegExp(`<section class="passage" id="${id}"[\\s\\S]*?</section>`));
  if (!match) throw new Error(`no section ${id} in the script`);
  return match[0];
}

/** The HTML of one question kind's section (it holds no nested sections). */
function kindSection(id: string): string {
  const match = html.match(new RegExp(`<section class="kind" id="kind-${id}"[\\s\\S]*?</section>`));
  if (!match) throw new Error(`no section for the kind ${id} in the script`);
  return match[0];
}

/** The HTML of one group of the questions that matter most (it holds no nested sections). */
function matterSection(id: string): string {
  const match = html.match(new RegExp(`<section class="matter" id="matters-${id}"[\\s\\S]*?</section>`));
  if (!match) throw new Error(`no group ${id} of the questions that matter most in the script`);
  return match[0];
}

const questionKinds = questionKindsJson as QuestionKindTable;
const answers = answersJson as AnswersTable;

/** The HTML of a top-level section, up to the next one. */
function topSection(id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  if (start === -1) throw new Error(`no section ${id} in the script`);
  const end = html.indexOf('\n<section id="', start + 1);
  return html.slice(start, end === -1 ? undefined : end);
}

const layWords = layWordsJson as LayWords;

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

  it('has every sentence an answer can quote, under its passage or glossary entry, with the answers the skill gave', () => {
    const answers = topSection('answers');
    const byId = new Map(generated.review.responses.map((r) => [r.id, r]));
    const units = corpusUnits();
    expect(generated.review.questions.units.map((u) => u.key)).toEqual(units.map((u) => u.key));
    for (const [i, unit] of units.entries()) {
      const reviewed = generated.review.questions.units[i];
      const section = passageSection(reviewed?.anchor ?? '?');
      expect(answers).toContain(section);
      expect(section).toContain(`Fact-sheet section: <strong>${escapeHtml(sectionHeading(unit.section))}</strong>`);
      for (const [n, sentence] of unit.sentences.entries()) {
        // Listed from the content, and said in a response captured from the skill (never written here).
        expect(section).toContain(`<td>${escapeHtml(sentence)}</td>`);
        const heard = reviewed?.sentences[n];
        const ids = [...(heard?.heardIn.map((h) => h.id) ?? []), ...(heard?.saidIn ? [heard.saidIn] : [])];
        expect(ids.length).toBeGreaterThan(0);
        for (const id of ids) expect(byId.get(id)?.ssml).toContain(pronounce(sentence));
        expect(markdown).toContain(sentence.replace(/\|/g, '\\|'));
      }
      // Each answer shown under the unit was heard in reply to a question, and quotes the unit.
      for (const r of reviewed?.responses ?? []) {
        expect(r.ways.some((w) => w.scenario.startsWith('Own questions'))).toBe(true);
        expect(unit.sentences.some((sentence) => r.ssml.includes(pronounce(sentence)))).toBe(true);
      }
    }
    // Many passage sentences are quoted on their own, with the skill's "About …" lead; a passage of 32 words or
    // fewer is said whole instead (lambda/question/answer.ts, SHORT_WORDS), so not all of them.
    const from = en['answer.from'].split('{{')[0] ?? '?';
    const excerpts = generated.review.questions.units.flatMap((u) => u.responses).filter((r) => r.text.startsWith(from));
    expect(excerpts.length).toBeGreaterThan(30);
    expect(generated.review.questions.quotedAlone).toBeGreaterThan(generated.review.questions.sentences * 0.4);
    expect(html).toContain('<a href="#answers">');
  });

  it('has the replies when the sheet does not answer: not covered, not exactly, and no question heard', () => {
    const notAnswered = generated.review.questions.notAnswered;
    expect(notAnswered?.name).toBe(NOT_ANSWERED);
    const said = notAnswered?.responses.map((r) => r.ssml).join('\n') ?? '';
    for (const key of ['answer.notCovered', 'answer.notExactly', 'answer.askTeam', 'question.missing'] as const) {
      expect(said).toContain(pronounce(en[key]));
    }
    expect(said).toContain(pronounce(en['answer.closest'].split('{{')[0] ?? '?'));
    const section = passageSection(notAnswered?.anchor ?? '?');
    expect(topSection('answers')).toContain(section);
    for (const question of NOT_ANSWERED_EXAMPLES) expect(section).toContain(escapeHtml(`“${question}”`));
    // A reply that quotes the closest passage names that passage's fact-sheet section.
    const closest = notAnswered?.responses.find((r) => r.text.includes(en['answer.notExactly']));
    expect(closest?.quotes).toBeDefined();
    expect(section).toContain(escapeHtml(closest?.quotes?.section ?? '?'));
    // And every reply here that gives 13 11 20 notes that number as the design's addition.
    expect(section).toContain(escapeHtml(sectionHeading('support-numbers')));
  });

  it('shows what every passage and glossary entry answers: its kinds of answer, in which sentence, and every reviewed question', () => {
    const units = new Map(corpusUnits().map((unit) => [unit.key, unit]));
    for (const [id, entry] of Object.entries(answers.units)) {
      const key = unitKeyOf(id);
      const unit = key ? units.get(key) : undefined;
      const reviewed = generated.review.questions.units.find((u) => u.key === key);
      expect(unit && reviewed).toBeTruthy();
      const section = passageSection(reviewed?.anchor ?? '?');
      // Beside the unit's sentences, and linked from where the passage or term is read whole.
      expect(section).toContain('its sentences, and the answers that say them');
      expect(html).toContain(`<a href="#${reviewed?.anchor}">what it answers: ${entry.questions?.length ?? 0} reviewed question`);
      const questions = entry.questions ?? [];
      expect(questions.length).toBeGreaterThan(0);
      const asked = section.match(/<ul class="asked"[^>]*>.*?<\/ul>/)?.[0] ?? '';
      expect(asked.match(/<li>/g)?.length).toBe(questions.length);
      for (const question of questions) {
        expect(asked).toContain(`<li>“${escapeHtml(question)}”</li>`);
        expect(markdown).toContain(`- “${question}”`);
      }
      for (const given of entry.gives ?? []) {
        const kind = questionKinds.kinds.find((k) => k.id === given.kind);
        const numbers = (unit?.sentences ?? []).flatMap((sentence, n) => (given.in && sentence.includes(given.in) ? [n + 1] : []));
        const where =
          given.in === undefined
            ? 'the whole'
            : numbers.length === 1
              ? `sentence ${numbers[0]}`
              : `sentences ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
        expect(section).toContain(
          `<a href="#kind-${given.kind}">${escapeHtml(kind?.asks ?? '?')}</a> (<code>${given.kind}</code>): ${where}`,
        );
        if (given.in) expect(section).toContain(escapeHtml(`saying “${given.in}”`));
      }
      if ((entry.gives ?? []).length === 0) expect(section).toContain('None of the particular kinds');
    }
    // Every unit the skill can answer from has its entry: none is shown without its reviewed questions.
    for (const unit of generated.review.questions.units) expect(unit.answers.id).toBeDefined();
    expect(generated.review.flagged.filter((f) => f.label.endsWith('what it answers'))).toEqual([]);
  });

  it('lists every kind of question in order, with how it is answered, its example, and the skill’s reply to it', () => {
    const section = topSection('kinds');
    expect(section).toContain('<h2 id="kinds-h">What a question asks for</h2>');
    expect(generated.review.kinds.map((k) => k.kind.id)).toEqual(questionKinds.kinds.map((k) => k.id));
    let last = -1;
    for (const [n, kind] of questionKinds.kinds.entries()) {
      const at = section.indexOf(`<section class="kind" id="kind-${kind.id}"`);
      expect(at).toBeGreaterThan(last);
      last = at;
      const part = kindSection(kind.id);
      expect(part).toContain(`${n + 1}. ${escapeHtml(kind.asks)} <small>(<code>${kind.id}</code>)</small>`);
      expect(part).toContain(`<dt>Example</dt><dd>“${escapeHtml(kind.example)}”</dd>`);
      expect(part).toContain('<dt>How it is answered</dt>');
      if (kind.gentle) expect(part).toContain('Said gently');
      const from = kind.from ? unitKeyOf(kind.from) : undefined;
      if (from) expect(part).toContain(`Answered from <a href="#${generated.review.questions.units.find((u) => u.key === from)?.anchor}">`);
      // The reply was heard from the skill, asked the example (never written here), and is shown or quoted.
      const reviewed = generated.review.kinds[n];
      expect(reviewed?.responses.length).toBeGreaterThan(0);
      const asked = questionsOf(kind);
      expect(asked[0]).toBe(kind.example);
      const ways = (reviewed?.responses ?? []).flatMap((r) => r.ways.map((w) => w.says));
      // Asked as Alexa's model routes it, and whole through the question intent.
      expect(ways.filter((says) => says.startsWith(`“${kind.example}” (`)).length).toBeGreaterThanOrEqual(2);
      for (const r of reviewed?.responses ?? []) {
        expect(r.ways.some((w) => asked.some((question) => w.says.startsWith(`“${question}”`)))).toBe(true);
        expect(part).toMatch(new RegExp(`(id|href)="#?${r.id}"`));
      }
      expect(part).toMatch(/class="response"|class="quoted"/);
      expect(markdown).toContain(`### ${n + 1}. ${kind.asks} (\`${kind.id}\`)`);
      expect(markdown).toContain(`- Example: “${kind.example}”`);
    }
    expect(html).toContain('<a href="#kinds">');
  });

  it('shows the replies to the questions that matter most, as the skill says them, none empty', () => {
    const section = topSection('matter-most');
    expect(section).toContain('<h2 id="matter-most-h">Replies to the questions that matter most</h2>');
    const groups = new Map(generated.review.matterMost.map((g) => [g.id, g]));
    expect([...groups.keys()]).toEqual(MATTER_MOST.map((g) => g.id));
    /** The spoken SSML of every reply in a group. */
    const said = (id: string) => groups.get(id)?.kinds.flatMap((k) => k.responses.map((r) => r.ssml)) ?? [];
    for (const group of MATTER_MOST) {
      const part = matterSection(group.id);
      expect(section).toContain(part);
      expect(part).toContain(escapeHtml(group.rule));
      const kinds = groups.get(group.id)?.kinds ?? [];
      expect(kinds.length).toBeGreaterThan(0);
      for (const kind of kinds) {
        expect(kind.responses.length).toBeGreaterThan(0);
        expect(part).toContain(`“${escapeHtml(kind.kind.example)}”`);
        for (const r of kind.responses) expect(part).toMatch(new RegExp(`(id|href)="#?${r.id}"`));
      }
      expect(part).toMatch(/class="response"|class="quoted"/);
      expect(markdown).toContain(`### ${group.title}`);
    }
    // The crisis reply, the escalation before each kind of symptom now, and the advice decline, in the skill's words.
    for (const ssml of said('crisis')) expect(ssml).toContain(pronounce(en['crisis.support']));
    const urgent = questionKinds.kinds.filter((k) => k.reply === 'escalate').map((k) => k.id);
    expect(groups.get('escalation')?.kinds.map((k) => k.kind.id)).toEqual(urgent);
    for (const ssml of said('escalation')) expect(ssml.replace(/^<speak>/, '').startsWith(pronounce(en['escalate.line']))).toBe(true);
    for (const ssml of said('advice')) expect(ssml).toContain(pronounce(en['decline.advice']));
    // Time left, dying and palliative care: each heard with the words of the passage that answers it.
    const timeLeft = groups.get('time-left')?.kinds ?? [];
    for (const id of ['time-left', 'dying', 'palliative-dying', 'palliative-meaning']) expect(timeLeft.map((k) => k.kind.id)).toContain(id);
    const units = new Map(corpusUnits().map((unit) => [unit.key, unit]));
    for (const kind of timeLeft) {
      for (const source of [kind.kind.from, kind.kind.alsoFrom]) {
        if (source === undefined) continue;
        const unit = units.get(unitKeyOf(source) ?? '');
        for (const r of kind.responses) expect(unit?.sentences.some((sentence) => r.ssml.includes(pronounce(sentence)))).toBe(true);
      }
    }
    // A kind answered from two passages says so, for sign-off.
    const twoPassages = timeLeft.find((k) => k.kind.id === 'palliative-dying');
    expect(twoPassages?.alsoFrom?.key).toBe(unitKeyOf('prognosis'));
    expect(html).toContain(`then <a href="#${twoPassages?.alsoFrom?.anchor}">`);
    expect(html).toContain('<a href="#matter-most">');
    expect(markdown).toContain('## Replies to the questions that matter most');
  });

  it('shows the lay-word table for sign-off: every entry, and the words set aside', () => {
    const section = topSection('lay-words');
    expect(section).toMatch(/<table>\s*<caption>[^<]+<\/caption>\s*<thead><tr><th scope="col">[^<]+<\/th><th scope="col">/);
    const rows = section.match(/<tr><td>/g)?.length;
    expect(rows).toBe(layWords.terms.length);
    for (const term of layWords.terms) {
      const row = `<tr><td>${term.said.map((said) => `“${escapeHtml(said)}”`).join(', ')}</td><td>${escapeHtml(term.means)}</td></tr>`;
      expect(section).toContain(row);
      for (const said of term.said) expect(markdown).toContain(`“${said}”`);
    }
    for (const phrase of layWords.framing.phrases) expect(section).toContain(`“${escapeHtml(phrase)}”`);
    for (const word of layWords.framing.words) expect(section).toContain(`“${escapeHtml(word)}”`);
    expect(markdown).toContain('## Everyday words: the lay-word table');
    expect(markdown).toContain(`Words (${layWords.framing.words.length}): ${layWords.framing.words.join(', ')}`);
    expect(html).toContain('<a href="#lay-words">');
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
