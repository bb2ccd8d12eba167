// The review script as one self-contained HTML page: inline CSS, no scripts, no fonts, no external requests.
import type { Review, ReviewAnswerUnit, ReviewResponse } from './analyse';
import { homeSection, SLOW_RATE, SSML_WARN_CHARS, situationSection } from './analyse';
import type { Diagram } from './diagram';
import {
  FROM_NOTE,
  kindAnchor,
  kindNotes,
  NO_KIND_NOTE,
  type ReviewKind,
  SAID_AFTER,
  sentenceNumbers,
  type UnitAnswers,
  waysAsked,
  whereGiven,
  wholeOf,
} from './question-kinds';
import { readingEaseBand, WORDS_PER_MINUTE } from './readability';
import { escapeHtml as e, ssmlToHtml } from './speech';

export interface PageInfo {
  fingerprint: string;
}

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 1rem; line-height: 1.5; color: #111; background: #fff; }
main, header.page, nav.toc { max-width: 64rem; margin: 0 auto; padding: 0 1.25rem; }
header.page { padding-top: 1.5rem; border-bottom: 3px solid #0b3d66; }
h1 { font-size: 1.9rem; margin: 0 0 .5rem; color: #0b3d66; }
h2 { font-size: 1.5rem; margin: 2.5rem 0 .75rem; padding-top: .5rem; border-top: 2px solid #0b3d66; color: #0b3d66; }
h3 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; }
a { color: #0b3d66; }
a:focus, a:hover { outline: 2px solid #a3390e; outline-offset: 2px; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .75rem 0 1rem; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.note { background: #f3f6f9; border-left: 4px solid #0b3d66; padding: .75rem 1rem; margin: 1rem 0; }
.note p { margin: .25rem 0; }
.flags-summary { border: 2px solid #8b0000; padding: .75rem 1rem; background: #fff5f5; }
.ok { border: 2px solid #1d5e20; padding: .75rem 1rem; background: #f3faf3; }
.toc ul { columns: 2; column-gap: 2rem; padding-left: 0; list-style: none; }
.toc li { margin: .15rem 0; }
.topic-meta { margin: 0 0 .5rem; color: #333; }
.passage { margin: 1rem 0 1.5rem; }
.passage-meta { margin: 0 0 .5rem; color: #333; font-size: .95rem; }
.response { border: 1px solid #8a8a8a; border-radius: 6px; padding: .75rem 1rem; margin: .75rem 0; display: grid; grid-template-columns: 1fr 19rem; gap: .5rem 1.5rem; page-break-inside: avoid; break-inside: avoid; }
.response .spoken { font-size: 1.08rem; margin: 0; }
.response .offer, .response .reprompt { margin: .4rem 0 0; }
.response .label { font-weight: 600; }
.response dl { margin: 0; font-size: .92rem; display: grid; grid-template-columns: max-content 1fr; gap: .1rem .6rem; align-content: start; }
.response dt { font-weight: 600; }
.response dd { margin: 0; }
.response .wide { grid-column: 1 / -1; }
.response dd.wide { margin-bottom: .35rem; }
.response .ways { grid-column: 1 / -1; font-size: .9rem; color: #333; margin: 0; }
.response .ways ul { margin: .2rem 0 0; padding-left: 1.25rem; }
.response .rid { font-size: .85rem; color: #444; font-weight: 600; margin: 0 0 .35rem; }
.term { font-weight: 600; text-decoration: underline dotted; }
.say { color: #5a2a00; font-size: .95em; }
.flag { color: #8b0000; font-weight: 600; }
.flag::before { content: "⚑ "; }
.same { font-style: italic; margin: .5rem 0; }
.extra { padding-left: 1.25rem; }
.extra li { margin: .2rem 0; }
.extra .path { color: #444; font-size: .85rem; word-break: break-word; }
.flag-inline { color: #8b0000; font-weight: 600; }
.flag-inline::before { content: "⚑ "; }
.signoff { margin: .75rem 0 0; padding: .5rem 0; border-top: 1px dashed #8a8a8a; color: #333; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #8a8a8a; padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #f3f6f9; }
td.n { width: 2.5rem; }
tr { break-inside: avoid; }
.set-aside { font-size: .95rem; }
h4 { font-size: 1.05rem; margin: 1rem 0 .35rem; }
.asked { columns: 2; column-gap: 2rem; margin: .25rem 0 1rem; padding-left: 1.25rem; }
.asked li { break-inside: avoid; margin: .1rem 0; }
.gives { margin: .25rem 0 .75rem; padding-left: 1.25rem; }
.rule { background: #f3f6f9; border-left: 4px solid #0b3d66; padding: .5rem 1rem; margin: .5rem 0 1rem; }
.kind { margin: 1rem 0 1.75rem; }
.quoted { margin: .5rem 0 1rem; padding: .5rem 1rem; border-left: 4px solid #8a8a8a; }
.quoted p { margin: .25rem 0; }
.quoted .label { font-weight: 600; }
.diagram-wrap { overflow-x: auto; border: 1px solid #8a8a8a; border-radius: 6px; padding: .5rem; background: #fff; }
.edges { columns: 2; column-gap: 2rem; font-size: .95rem; }
.edges li { break-inside: avoid; }
footer { max-width: 64rem; margin: 3rem auto 2rem; padding: 1rem 1.25rem 0; border-top: 1px solid #8a8a8a; font-size: .9rem; }
@media (max-width: 48rem) { .response { grid-template-columns: 1fr; } .toc ul, .edges, .asked { columns: 1; } }
@page { size: A4; margin: 15mm; }
@media print {
  body { font-size: 10.5pt; }
  a { color: #111; text-decoration: none; }
  h2 { break-before: page; }
  h2.keep { break-before: auto; }
  .diagram-wrap { border: 0; overflow: visible; }
  .response { grid-template-columns: 1fr 15rem; }
}
`;

const SIGN_OFF_LINE =
  '<p class="signoff">Reviewed by: ______________________ &nbsp; Date: ____________ &nbsp; Changes needed: yes / no</p>';

function minutes(seconds: number): string {
  const s = Math.round(seconds);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

function rateList(rates: number[]): string {
  return [...rates]
    .sort((a, b) => a - b)
    .map((r) => `${r}%`)
    .join(', ');
}

function responseHtml(r: ReviewResponse, section: string, shown: Set<string>): string {
  if (shown.has(r.id)) {
    return `<p class="same">The same words as <a href="#${r.id}">response ${r.id.slice(1)}</a>, shown earlier: they are also said here.</p>`;
  }
  shown.add(r.id);
  const ways = r.ways.map((w) => `<li>${e(w.says)} <span class="scenario">(${e(w.scenario)})</span></li>`).join('');
  const leads = r.leadsTo
    ? 'repeat' in r.leadsTo
      ? '<dt>“Yes” leads to</dt><dd>the last answer again</dd>'
      : `<dt>“Yes” leads to</dt><dd><a href="#${r.leadsTo.anchor}">${e(r.leadsTo.title)}</a></dd>`
    : '';
  const flags = r.flags.map((f) => `<p class="flag">${e(f)}</p>`).join('');
  const ease = `${r.readingEase.toFixed(0)} (${readingEaseBand(r.readingEase)})`;
  return `<article class="response" id="${r.id}" aria-labelledby="${r.id}-h">
<div>
<p class="rid" id="${r.id}-h">Response ${r.id.slice(1)}${r.ends ? ' · ends the session' : ''}</p>
<p class="spoken">${ssmlToHtml(r.answerSsml)}</p>
${r.questionSsml ? `<p class="offer"><span class="label">Follow-up offered:</span> ${ssmlToHtml(r.questionSsml)}</p>` : ''}
${r.repromptSsml ? `<p class="reprompt"><span class="label">If there is no answer:</span> ${ssmlToHtml(r.repromptSsml)}</p>` : ''}
${flags}
</div>
<dl>
<dt class="wide">Fact-sheet section</dt><dd class="wide">${e(section)}</dd>
<dt>Words</dt><dd>${r.words}</dd>
<dt>At normal speed</dt><dd>${minutes(r.secondsNormal)}</dd>
<dt>At slow speed (${SLOW_RATE}%)</dt><dd>${minutes(r.secondsSlow)}</dd>
<dt>Reading ease</dt><dd>${ease}</dd>
<dt>SSML length</dt><dd>${r.ssmlChars.toLocaleString('en-AU')} characters</dd>
${leads}
<dt>Heard at</dt><dd>${rateList(r.rates)} speed</dd>
</dl>
<div class="ways"><span class="label">Reached by:</span><ul>${ways}</ul></div>
</article>`;
}

function crawlerHtml(review: Review): string {
  const crawl = review.crawl;
  if (!crawl) return '';
  const list =
    crawl.extra.length === 0
      ? '<p>None: every sentence the crawler heard is in a response above.</p>'
      : `<ul class="extra">${crawl.extra
          .map(
            (x) =>
              `<li><span class="${x.flags.length > 0 ? 'flag-inline' : ''}">${e(x.sentence)}</span> <span class="path">(first heard after: ${e(x.path)})</span></li>`,
          )
          .join('\n')}</ul>`;
  return `<section id="crawler" aria-labelledby="crawler-h">
<h2 id="crawler-h">Other sentences found by the crawler</h2>
<p>As a cross-check, the conversation crawler asked the skill everything its interaction model allows, from every place in the conversation (on and off the tour): ${crawl.exchanges.toLocaleString('en-AU')} requests in ${crawl.states} places, ${crawl.responses} distinct responses. These are the sentences it heard that are not in any response above: mostly the same sentence with another topic’s name in it. Sentences marked ⚑ have odd punctuation.</p>
${list}
${SIGN_OFF_LINE}
</section>`;
}

/** Links to the responses that say a sentence, noting those that say the whole passage. */
function heardInHtml(unit: ReviewAnswerUnit, index: number): string {
  const sentence = unit.sentences[index];
  const heard = sentence?.heardIn ?? [];
  if (sentence?.saidIn)
    return `No answer to these questions says it; it is said in <a href="#${sentence.saidIn}">response ${sentence.saidIn.slice(1)}</a> (${e(unit.whole.title)})`;
  if (heard.length === 0) return '<span class="flag-inline">Not heard in any response</span>';
  return heard.map((h) => `<a href="#${h.id}">response ${h.id.slice(1)}</a>${h.whole ? ' (all of it)' : ''}`).join(', ');
}

/** What a unit answers (content/answers.json): the kinds of answer it gives, in which sentence, and its reviewed questions. */
function unitAnswersHtml(unit: ReviewAnswerUnit): string {
  const answers: UnitAnswers = unit.answers;
  const whole = wholeOf(unit);
  const gives =
    answers.gives.length === 0
      ? `<p>${e(NO_KIND_NOTE)}</p>`
      : `<ul class="gives">${answers.gives
          .map((g) => `<li><a href="#${kindAnchor(g.kind)}">${e(g.asks)}</a> (<code>${e(g.kind)}</code>): ${e(whereGiven(g, whole))}</li>`)
          .join('')}</ul>`;
  const then = answers.then ? `<p>Said after it whenever it is spoken: ${e(SAID_AFTER[answers.then])}.</p>` : '';
  const flags = answers.flags.map((f) => `<p class="flag">${e(f)}</p>`).join('');
  const questions =
    answers.questions.length === 0
      ? ''
      : `<ul class="asked" aria-labelledby="${unit.anchor}-asked-h">${answers.questions.map((q) => `<li>“${e(q)}”</li>`).join('')}</ul>`;
  return `<h4 id="${unit.anchor}-gives-h">Kinds of answer it gives</h4>
${gives}
${then}
<h4 id="${unit.anchor}-asked-h">Questions it answers, in people’s words (${answers.questions.length}, reviewed)</h4>
${questions}
${flags}`;
}

function answerUnitHtml(unit: ReviewAnswerUnit, shown: Set<string>): string {
  const alone = unit.sentences.filter((s) => s.heardIn.some((h) => !h.whole)).length;
  const rows = unit.sentences
    .map((sentence, n) => `<tr><td class="n">${n + 1}</td><td>${e(sentence.text)}</td><td>${heardInHtml(unit, n)}</td></tr>`)
    .join('\n');
  const responses =
    unit.responses.length > 0
      ? unit.responses.map((r) => responseHtml(r, unit.section.heading, shown)).join('\n')
      : `<p>No answer quoted part of it on its own: it is said whole (<a href="#${unit.whole.anchor}">${e(unit.whole.title)}</a>).</p>`;
  return `<section class="passage" id="${unit.anchor}" aria-labelledby="${unit.anchor}-h">
<h3 id="${unit.anchor}-h">${e(unit.heading)}</h3>
<p class="passage-meta">Fact-sheet section: <strong>${e(unit.section.heading)}</strong> · ${unit.sentences.length} sentence${unit.sentences.length === 1 ? '' : 's'}, ${alone} quoted on ${alone === 1 ? 'its' : 'their'} own · read whole: <a href="#${unit.whole.anchor}">${e(unit.whole.title)}</a></p>
${unitAnswersHtml(unit)}
<h4 id="${unit.anchor}-said-h">What the skill says from it</h4>
<table>
<caption>${e(unit.heading)}: its sentences, and the answers that say them</caption>
<thead><tr><th scope="col">#</th><th scope="col">Sentence, as in the content</th><th scope="col">Said in answer to a question in</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
${responses}
</section>`;
}

function answersHtml(review: Review, shown: Set<string>): string {
  const q = review.questions;
  const notAnswered = q.notAnswered
    ? `<section class="passage" id="${q.notAnswered.anchor}" aria-labelledby="${q.notAnswered.anchor}-h">
<h3 id="${q.notAnswered.anchor}-h">${e(q.notAnswered.name)}</h3>
${q.notAnswered.responses.map((r) => responseHtml(r, situationSection(r, review), shown)).join('\n')}
</section>`
    : '';
  return `<section id="answers" aria-labelledby="answers-h">
<h2 id="answers-h">Answers to a person’s own question</h2>
<div class="note">
<p>A person may ask in their own words (“can it make my legs go numb”). The skill then speaks the sentence or two of the content that answer it (“From the part on …”), and offers the whole passage; or it says the fact sheet doesn’t cover that, or not exactly (then quoting the closest it comes), and points to the doctor, the treatment team and 13 11 20.</p>
<p>Each passage and glossary entry comes with what it answers, from the reviewed table <code>content/answers.json</code>: the kinds of answer it gives (a question of such a kind is answered only by a passage that gives it, from the sentence named), what is said after it, and the questions in people’s words that it answers, which the skill also uses to find it.</p>
<p>To show every sentence it can quote, the skill was asked ${q.asked} questions, each as a one-shot question: every sentence of every passage and glossary entry in its own words, and, where that did not bring the sentence out on its own, the same words without those of its passage’s names; then a few questions the sheet does not answer, a question with no words, and the example of every kind of question. Below, first the replies when the sheet does not answer; then, for each passage and glossary entry, its sentences with the answers that say them, and the answers that quote it. ${q.quotedAlone} of the ${q.sentences} sentences were quoted on their own; the rest are said as part of their whole passage or definition, shown in its topic or in the glossary. A response shown earlier is linked, not repeated.</p>
</div>
${notAnswered}
${q.units.map((unit) => answerUnitHtml(unit, shown)).join('\n')}
${SIGN_OFF_LINE}
</section>`;
}

/**
 * A reply in the sections that show replies by what was asked: in full the first time; after that its words,
 * with a link to where it is shown with its measures (a reviewer signs off the words beside the question).
 */
function replyHtml(r: ReviewResponse, review: Review, shown: Set<string>, asked: readonly string[]): string {
  if (!shown.has(r.id)) return responseHtml(r, homeSection(r, review), shown);
  const ways = waysAsked(r, asked).map((w) => e(w.says));
  return `<div class="quoted"><p>${ssmlToHtml(r.answerSsml)}</p>
${r.questionSsml ? `<p><span class="label">Follow-up offered:</span> ${ssmlToHtml(r.questionSsml)}</p>` : ''}
<p class="same">Said to ${ways.join('; ')}: the same words as <a href="#${r.id}">response ${r.id.slice(1)}</a>, shown earlier with its measures.</p></div>`;
}

function kindRepliesHtml(kind: ReviewKind, review: Review, shown: Set<string>): string {
  return kind.responses.length > 0
    ? kind.responses.map((r) => replyHtml(r, review, shown, kind.asked)).join('\n')
    : '<p class="flag">The skill was not heard to answer it.</p>';
}

function matterMostHtml(review: Review, shown: Set<string>): string {
  const groups = review.matterMost
    .map((group) => {
      const kinds = group.kinds
        .map(
          (kind) => `<h4 id="${group.anchor}-${kind.kind.id}-h">“${e(kind.kind.example)}”</h4>
<p class="passage-meta">A question asking for: <a href="#${kind.anchor}">${e(kind.kind.asks)}</a></p>
${kindRepliesHtml(kind, review, shown)}`,
        )
        .join('\n');
      return `<section class="matter" id="${group.anchor}" aria-labelledby="${group.anchor}-h">
<h3 id="${group.anchor}-h">${e(group.title)}</h3>
<p class="rule"><span class="label">The design asks:</span> ${e(group.rule)}</p>
${kinds || '<p class="flag">No kind of question in content/question-kinds.json belongs here.</p>'}
</section>`;
    })
    .join('\n');
  return `<section id="matter-most" aria-labelledby="matter-most-h">
<h2 id="matter-most-h">Replies to the questions that matter most</h2>
<div class="note">
<p>A wrong passage read as the answer is worse than “the sheet doesn’t cover that”: it is believed. These are the replies to despair, an emergency, symptoms happening now, a request for advice on a person’s own treatment, time left, dying, cure and palliative care, and feelings, each under the rule the design sets for it, so that they can be signed off first.</p>
<p>Each reply is what the skill said when asked the example of that kind of question (from <code>content/question-kinds.json</code>), one-shot after a first visit, as the other questions in this script: understood through the interaction model as Alexa’s would route it, and again whole through the question intent. The intents the model keeps for crisis, an emergency and advice were asked their first sample too. A reply shown under more than one question is shown in full once.</p>
</div>
${groups}
${SIGN_OFF_LINE}
</section>`;
}

function answeredHtml(kind: ReviewKind): string {
  const also = kind.alsoFrom ? `, then <a href="#${kind.alsoFrom.anchor}">${e(kind.alsoFrom.heading)}</a>` : '';
  const from = kind.from ? ` Answered from <a href="#${kind.from.anchor}">${e(kind.from.heading)}</a>${also}, ${FROM_NOTE}.` : '';
  const notes = kindNotes(kind.kind, kind.neverGiven).map((note) => ` ${e(note)}`);
  return `${e(kind.answered)}${from}${notes.join('')}`;
}

function kindsHtml(review: Review, shown: Set<string>): string {
  const kinds = review.kinds
    .map((kind, n) => {
      const given =
        kind.givenBy.length === 0
          ? 'None'
          : kind.givenBy
              .map((unit) => `<a href="#${unit.anchor}">${e(unit.heading)}</a> (${sentenceNumbers(unit.where, 'all of it')})`)
              .join('; ');
      return `<section class="kind" id="${kind.anchor}" aria-labelledby="${kind.anchor}-h">
<h3 id="${kind.anchor}-h">${n + 1}. ${e(kind.kind.asks)} <small>(<code>${e(kind.kind.id)}</code>)</small></h3>
<dl class="facts">
<dt>How it is answered</dt><dd>${answeredHtml(kind)}</dd>
${kind.kind.reply === 'sheet' ? `<dt>Passages that give this kind of answer</dt><dd>${given}</dd>` : ''}
<dt>Example</dt><dd>“${e(kind.kind.example)}”</dd>
</dl>
<p><span class="label">The skill’s reply to it:</span></p>
${kindRepliesHtml(kind, review, shown)}
</section>`;
    })
    .join('\n');
  return `<section id="kinds" aria-labelledby="kinds-h">
<h2 id="kinds-h">What a question asks for</h2>
<div class="note">
<p>Before it looks for an answer, the skill tells what a question asks for (its kind) from the words that carry it, using the reviewed table <code>content/question-kinds.json</code>: its ${review.kinds.length} kinds are tried in this order, and the first that applies is what the question asks. The kind decides how the question may be answered: by crisis support, urgent help, the escalation line, a kind decline, or only by a passage that gives that kind of answer (listed with each passage and glossary entry under “Answers to a person’s own question”). It never decides what is said: that is always the sheet’s words or the skill’s own lines shown here.</p>
<p>Each kind’s example was asked one-shot, through the interaction model and again whole through the question intent; the reply is the skill’s own.</p>
</div>
${kinds}
${SIGN_OFF_LINE}
</section>`;
}

function layWordsHtml(review: Review): string {
  const { terms, framing, about } = review.layWords;
  const rows = terms
    .map((term) => `<tr><td>${term.said.map((said) => `“${e(said)}”`).join(', ')}</td><td>${e(term.means)}</td></tr>`)
    .join('\n');
  const list = (items: readonly string[]) => items.map((item) => `“${e(item)}”`).join(', ');
  return `<section id="lay-words" aria-labelledby="lay-words-h">
<h2 id="lay-words-h">Everyday words: the lay-word table</h2>
<p>${e(about)}</p>
<p>${terms.length} entries, from <code>content/lay-words.json</code>. The words on the left, in a question, are read as the sheet’s term on the right. They never add a fact: the answer is still the sheet’s own sentence.</p>
<table>
<caption>What people say, and the fact sheet’s term it is read as</caption>
<thead><tr><th scope="col">What people say (everyday words and mishearings)</th><th scope="col">The sheet’s term</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<h3 id="framing-h">Words set aside when reading a question</h3>
<p>${e(framing.about)}</p>
<h4 id="framing-phrases-h">Phrases (${framing.phrases.length})</h4>
<p class="set-aside">${list(framing.phrases)}</p>
<h4 id="framing-words-h">Words (${framing.words.length})</h4>
<p class="set-aside">${list(framing.words)}</p>
${SIGN_OFF_LINE}
</section>`;
}

export function reviewPage(review: Review, diagram: Diagram, info: PageInfo): string {
  const { source } = review;
  const shown = new Set<string>();
  const items = review.topics.reduce((n, t) => n + t.passages.filter((p) => p.at.item >= 0).length, 0);
  const flagBlock =
    review.flagged.length === 0
      ? '<div class="ok"><p><strong>No flags.</strong> Every summary and item is within its word limit, and every response is well under Alexa’s SSML limit.</p></div>'
      : `<div class="flags-summary"><p><strong>${review.flagged.length} flagged:</strong></p><ul>${review.flagged
          .map((f) => `<li><a href="#${f.anchor}">${e(f.label)}</a>: ${f.flags.map(e).join('; ')}</li>`)
          .join('')}</ul></div>`;

  const toc = [
    '<li><a href="#map">Map of the conversation</a></li>',
    '<li><a href="#matter-most">Replies to the questions that matter most</a></li>',
    '<li><a href="#kinds">What a question asks for</a></li>',
    ...review.topics.map((t) => `<li><a href="#${t.anchor}">${t.number}. ${e(t.topic.title)}</a></li>`),
    '<li><a href="#glossary">Glossary: “what does … mean”</a></li>',
    '<li><a href="#answers">Answers to a person’s own question</a></li>',
    '<li><a href="#lay-words">Everyday words: the lay-word table</a></li>',
    '<li><a href="#conversation">Everything else the skill says</a></li>',
    ...(review.crawl ? ['<li><a href="#crawler">Other sentences found by the crawler</a></li>'] : []),
    '<li><a href="#signoff">Sign-off</a></li>',
  ].join('');

  const edgeList = (kind: string) =>
    diagram.edges
      .filter((edge) => edge.kind === kind)
      .map((edge) => `<li>${e(edge.label)}</li>`)
      .join('');

  // Shown before the topics, so that these replies are shown in full here and linked from later sections.
  const matterHtml = matterMostHtml(review, shown);
  const kindsSectionHtml = kindsHtml(review, shown);
  const unitByWhole = new Map(review.questions.units.map((unit) => [unit.whole.anchor, unit]));
  /** A link from where a passage or term is read whole to what it answers, in the answers section. */
  const answersLink = (whole: string) => {
    const unit = unitByWhole.get(whole);
    if (!unit) return '';
    const n = unit.answers.questions.length;
    const kinds = unit.answers.gives.length > 0 ? `, gives: ${[...new Set(unit.answers.gives.map((g) => g.kind))].join(', ')}` : '';
    return ` · <a href="#${unit.anchor}">what it answers: ${n} reviewed question${n === 1 ? '' : 's'}${e(kinds)}</a>`;
  };
  const topicsHtml = review.topics
    .map((t) => {
      const passages = t.passages
        .map((p) => {
          const heading =
            p.kind === 'summary'
              ? `Summary: ${e(p.title)}`
              : p.kind === 'topic-ref'
                ? `Item ${p.at.item + 1}: ${e(p.title)} <small>(the summary of another topic, with this topic’s follow-up)</small>`
                : `Item ${p.at.item + 1}: ${e(p.title)}`;
          const flags = p.flags.map((f) => `<p class="flag">${e(f)}</p>`).join('');
          const id = p.anchor === t.anchor ? `${p.anchor}-summary` : p.anchor;
          const item = p.at.item >= 0 ? t.topic.items[p.at.item] : undefined;
          const whole = item && 'ref' in item ? `topic-${item.ref}` : p.anchor;
          const responses =
            p.responses.length > 0
              ? p.responses.map((r) => responseHtml(r, p.section.heading, shown)).join('\n')
              : '<p class="flag">No response reached this passage.</p>';
          return `<section class="passage" id="${id}" aria-labelledby="${id}-h">
<h3 id="${id}-h">${heading}</h3>
<p class="passage-meta">Fact-sheet section: <strong>${e(p.section.heading)}</strong> · content ${p.contentWords} words (limit ${p.limit}) · ${p.responses.length} distinct response${p.responses.length === 1 ? '' : 's'}${answersLink(whole)}</p>
${flags}
${responses}
</section>`;
        })
        .join('\n');
      return `<section id="${t.anchor}" aria-labelledby="${t.anchor}-h">
<h2 id="${t.anchor}-h">${t.number}. ${e(t.topic.title)}</h2>
<p class="topic-meta">Fact-sheet section: <strong>${e(t.section.heading)}</strong> · ${t.passages.length - 1} deeper item${t.passages.length === 2 ? '' : 's'} · follow-up after the last item: <a href="#${t.followUp.anchor}">${e(t.followUp.title)}</a></p>
${passages}
${SIGN_OFF_LINE}
</section>`;
    })
    .join('\n');

  const glossaryHtml = review.glossary
    .map(
      (term) => `<section class="passage" id="${term.anchor}" aria-labelledby="${term.anchor}-h">
<h3 id="${term.anchor}-h">${e(term.entry.term)}</h3>
<p class="passage-meta">Fact-sheet section: <strong>${e(term.section.heading)}</strong> · ${term.responses.length} distinct response${term.responses.length === 1 ? '' : 's'}${answersLink(term.anchor)}</p>
${term.responses.length > 0 ? term.responses.map((r) => responseHtml(r, term.section.heading, shown)).join('\n') : '<p class="flag">No response reached this term.</p>'}
</section>`,
    )
    .join('\n');

  const situationsHtml = review.situations
    .map(
      (s) => `<section class="passage" id="${s.anchor}" aria-labelledby="${s.anchor}-h">
<h3 id="${s.anchor}-h">${e(s.name)}</h3>
${s.responses.map((r) => responseHtml(r, situationSection(r, review), shown)).join('\n')}
</section>`,
    )
    .join('\n');

  return `<!doctype html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review script: ${e(source.title)} (content ${e(source.contentVersion)})</title>
<style>${CSS}</style>
</head>
<body>
<header class="page">
<h1>Review script: everything the skill can say</h1>
<p>Secondary bone cancer guide, an Alexa skill. For clinical sign-off of every word it can speak.</p>
<dl class="facts">
<dt>Fact sheet</dt><dd>${e(source.title)}, ${e(source.publisher)} © ${source.copyrightYear}</dd>
<dt>Last medical review of the sheet</dt><dd>${e(source.lastMedicalReviewSpoken)} (${e(source.lastMedicalReview)})</dd>
<dt>Content version</dt><dd>${e(source.contentVersion)}</dd>
<dt>Script fingerprint</dt><dd><code>${e(info.fingerprint)}</code> (changes whenever any spoken word changes)</dd>
<dt>Coverage</dt><dd>${review.responses.length} distinct responses, from ${review.captures} requests to the skill; ${review.topics.length} topics, ${items} deeper items, ${review.glossary.length} glossary terms; ${review.questions.sentences} sentences that answers can quote, ${review.questions.quotedAlone} of them quoted on their own; ${review.kinds.length} kinds of question; ${review.questions.units.reduce((n, unit) => n + unit.answers.questions.length, 0)} reviewed questions; ${review.layWords.terms.length} lay-word entries</dd>
</dl>
</header>
<nav class="toc" aria-label="Contents"><h2 class="keep">Contents</h2><ul>${toc}</ul></nav>
<main>
<section aria-labelledby="how-h">
<h2 id="how-h" class="keep">How to read this script</h2>
<div class="note">
<p>Every response here was captured by running the skill itself (the same code as on Alexa) through every topic, every deeper item, every glossary word, a question in the words of every sentence of the content, the guided tour, help, speed changes, returning visits, and its error paths. Each distinct response is shown once, with every way it was reached.</p>
<p><strong>Spoken text</strong> is what the listener hears. A word with a set pronunciation is <span class="term">underlined</span>, with its pronunciation beside it in brackets: the IPA sounds (for example <span class="term">biopsy</span> <span class="say">[/ˈbaɪɒpsi/]</span>), or what an abbreviation is said as (for example <span class="term">CT</span> <span class="say">[said “C T”]</span>).</p>
<p><strong>Listening time</strong> assumes about ${WORDS_PER_MINUTE} words a minute at normal speed (100%), scaled by the speed setting, plus the short pauses in the speech. Slow speed is ${SLOW_RATE}%, the first step of “speak slower”.</p>
<p><strong>Reading ease</strong> is the Flesch reading ease of the spoken text (higher is easier; 60 to 70 is plain English). Syllables are counted by a simple rule of thumb (vowel groups, less silent endings), not a dictionary, so treat it as a guide.</p>
<p><strong>Flags</strong> mark a summary over 60 words, a deeper item over 70 words, speech within 10% of Alexa’s 8,000-character SSML limit (${SSML_WARN_CHARS.toLocaleString('en-AU')} or more), and odd punctuation in the spoken text.</p>
</div>
${flagBlock}
</section>
<section id="map" aria-labelledby="map-h">
<h2 id="map-h">Map of the conversation</h2>
<p>Topics run down the left in the order of the guided tour. Each topic’s deeper items sit beside it, in the order “yes” or “next” reaches them. The arcs show the topic each one offers next, after its last item.</p>
<div class="diagram-wrap">
${diagram.svg}
</div>
<h3 id="map-list-h">The same map as a list</h3>
<p>Follow-up offers (after a topic’s last item):</p>
<ul class="edges" aria-label="Follow-up offers">${edgeList('follow-up')}</ul>
<p>Deeper items, in order:</p>
<ul class="edges" aria-label="Deeper items in order">${edgeList('item')}</ul>
<p>Items that are another topic’s summary:</p>
<ul class="edges" aria-label="Items that are another topic's summary">${edgeList('same-as')}</ul>
</section>
${matterHtml}
${kindsSectionHtml}
${topicsHtml}
<section id="glossary" aria-labelledby="glossary-h">
<h2 id="glossary-h">Glossary: “what does … mean”</h2>
<p>Each definition offers the part of the content it comes from.</p>
${glossaryHtml}
${SIGN_OFF_LINE}
</section>
${answersHtml(review, shown)}
${layWordsHtml(review)}
<section id="conversation" aria-labelledby="conversation-h">
<h2 id="conversation-h">Everything else the skill says</h2>
<p>Welcome, help, menus, speed changes, goodbyes and error messages. These are the skill’s own words, not from the fact sheet; the only additions the design allows are the Cancer Council support line (13 11 20) and, for an emergency, triple zero (000).</p>
${situationsHtml}
${SIGN_OFF_LINE}
</section>
${crawlerHtml(review)}
<section id="signoff" aria-labelledby="signoff-h">
<h2 id="signoff-h" class="keep">Sign-off</h2>
<p>I have reviewed every response in this script and the lay-word table (fingerprint <code>${e(info.fingerprint)}</code>, content version ${e(source.contentVersion)}) against the fact sheet (${e(source.title)}, last medical review ${e(source.lastMedicalReviewSpoken)}).</p>
<p>Name: ________________________________ &nbsp; Role: ____________________ &nbsp; Signature: ____________________ &nbsp; Date: ____________</p>
</section>
</main>
<footer><p>Generated by <code>npm run script</code> from the skill’s code and content. Do not edit: regenerate it.</p></footer>
</body>
</html>
`;
}
