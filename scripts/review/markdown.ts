// The review script as Markdown: the same content as the HTML page, for diffs and for reading in a repository.
import type { Review, ReviewAnswerUnit, ReviewResponse } from './analyse';
import { homeSection, SLOW_RATE, situationSection } from './analyse';
import type { Diagram } from './diagram';
import {
  FROM_NOTE,
  kindAnchor,
  kindNotes,
  NO_KIND_NOTE,
  type ReviewKind,
  SAID_AFTER,
  sentenceNumbers,
  waysAsked,
  whereGiven,
  wholeOf,
} from './question-kinds';
import { readingEaseBand, WORDS_PER_MINUTE } from './readability';
import { ssmlToMarkdown } from './speech';

function seconds(value: number): string {
  return `${Math.round(value)} s`;
}

function responseMarkdown(r: ReviewResponse, section: string, shown: Set<string>): string {
  if (shown.has(r.id)) return `*The same words as [response ${r.id.slice(1)}](#${r.id}), shown earlier: they are also said here.*`;
  shown.add(r.id);
  const lines = [
    `<a id="${r.id}"></a>`,
    '',
    `#### Response ${r.id.slice(1)}${r.ends ? ' (ends the session)' : ''}`,
    '',
    `> ${ssmlToMarkdown(r.answerSsml)}`,
  ];
  if (r.questionSsml) lines.push('>', `> **Follow-up offered:** ${ssmlToMarkdown(r.questionSsml)}`);
  if (r.repromptSsml) lines.push('', `*If there is no answer:* ${ssmlToMarkdown(r.repromptSsml)}`);
  lines.push('');
  const leads = r.leadsTo ? ('repeat' in r.leadsTo ? 'the last answer again' : `[${r.leadsTo.title}](#${r.leadsTo.anchor})`) : '';
  lines.push(
    `- Fact-sheet section: ${section}`,
    `- ${r.words} words · ${seconds(r.secondsNormal)} at normal speed · ${seconds(r.secondsSlow)} at ${SLOW_RATE}% · reading ease ${r.readingEase.toFixed(0)} (${readingEaseBand(r.readingEase)}) · SSML ${r.ssmlChars} characters`,
  );
  if (leads) lines.push(`- “Yes” leads to: ${leads}`);
  lines.push(`- Reached by: ${r.ways.map((w) => `${w.says} (${w.scenario})`).join('; ')}`);
  for (const flag of r.flags) lines.push(`- **⚑ ${flag}**`);
  return lines.join('\n');
}

/** A table cell's text: no line breaks, and a pipe that does not end the cell. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
}

/** What a unit answers (content/answers.json): the kinds of answer it gives, where, and its reviewed questions. */
function unitAnswersMarkdown(unit: ReviewAnswerUnit): string[] {
  const { gives, questions, then, flags } = unit.answers;
  const whole = wholeOf(unit);
  return [
    '**Kinds of answer it gives:**',
    '',
    ...(gives.length === 0
      ? [NO_KIND_NOTE]
      : gives.map((g) => `- [${g.asks}](#${kindAnchor(g.kind)}) (\`${g.kind}\`): ${whereGiven(g, whole)}`)),
    '',
    ...(then ? [`Said after it whenever it is spoken: ${SAID_AFTER[then]}.`, ''] : []),
    `**Questions it answers, in people’s words (${questions.length}, reviewed):**`,
    '',
    ...questions.map((q) => `- “${q}”`),
    '',
    ...flags.map((f) => `**⚑ ${f}**`),
  ];
}

function answerUnitMarkdown(unit: ReviewAnswerUnit, shown: Set<string>): string[] {
  const out = [
    `<a id="${unit.anchor}"></a>`,
    '',
    `### ${unit.heading}`,
    '',
    `Fact-sheet section: ${unit.section.heading} · read whole: [${unit.whole.title}](#${unit.whole.anchor})`,
    '',
    ...unitAnswersMarkdown(unit),
    '',
    '| # | Sentence, as in the content | Said in answer to a question in |',
    '|---|---|---|',
  ];
  unit.sentences.forEach((sentence, n) => {
    const heard = sentence.saidIn
      ? `no answer to these questions says it; said in [response ${sentence.saidIn.slice(1)}](#${sentence.saidIn}) (${unit.whole.title})`
      : sentence.heardIn.length === 0
        ? '**⚑ not heard in any response**'
        : sentence.heardIn.map((h) => `[response ${h.id.slice(1)}](#${h.id})${h.whole ? ' (all of it)' : ''}`).join(', ');
    out.push(`| ${n + 1} | ${cell(sentence.text)} | ${heard} |`);
  });
  out.push('');
  if (unit.responses.length === 0) out.push('No answer quoted part of it on its own: it is said whole.', '');
  for (const r of unit.responses) out.push(responseMarkdown(r, unit.section.heading, shown), '');
  return out;
}

function answersMarkdown(review: Review, shown: Set<string>): string[] {
  const q = review.questions;
  const out = [
    '## Answers to a person’s own question',
    '',
    `The skill was asked ${q.asked} questions, each one-shot: every sentence of every passage and glossary entry in its own words (and, where that did not bring it out on its own, without the words of its passage’s names), a few questions the sheet does not answer, and one with no words. ${q.quotedAlone} of the ${q.sentences} sentences were quoted on their own.`,
    '',
  ];
  if (q.notAnswered) {
    out.push(`### ${q.notAnswered.name}`, '');
    for (const r of q.notAnswered.responses) out.push(responseMarkdown(r, situationSection(r, review), shown), '');
  }
  for (const unit of q.units) out.push(...answerUnitMarkdown(unit, shown));
  return out;
}

/** A reply where replies are shown by what was asked: in full the first time, then its words and a link. */
function replyMarkdown(r: ReviewResponse, review: Review, shown: Set<string>, asked: readonly string[]): string {
  if (!shown.has(r.id)) return responseMarkdown(r, homeSection(r, review), shown);
  const offer = r.questionSsml ? `\n>\n> **Follow-up offered:** ${ssmlToMarkdown(r.questionSsml)}` : '';
  const ways = waysAsked(r, asked).map((w) => w.says);
  return `> ${ssmlToMarkdown(r.answerSsml)}${offer}\n\n*Said to ${ways.join('; ')}: the same words as [response ${r.id.slice(1)}](#${r.id}), shown earlier with its measures.*`;
}

function kindRepliesMarkdown(kind: ReviewKind, review: Review, shown: Set<string>): string[] {
  if (kind.responses.length === 0) return ['**⚑ The skill was not heard to answer it.**', ''];
  return kind.responses.flatMap((r) => [replyMarkdown(r, review, shown, kind.asked), '']);
}

function matterMostMarkdown(review: Review, shown: Set<string>): string[] {
  const out = [
    '## Replies to the questions that matter most',
    '',
    'Each reply is what the skill said to the example of that kind of question (`content/question-kinds.json`), one-shot after a first visit: as the interaction model routes it, and whole through the question intent; the intents kept for crisis, an emergency and advice were asked their first sample too.',
    '',
  ];
  for (const group of review.matterMost) {
    out.push(`<a id="${group.anchor}"></a>`, '', `### ${group.title}`, '', `*The design asks:* ${group.rule}`, '');
    if (group.kinds.length === 0) out.push('**⚑ No kind of question in content/question-kinds.json belongs here.**', '');
    for (const kind of group.kinds) {
      out.push(`#### “${kind.kind.example}”`, '', `A question asking for: [${kind.kind.asks}](#${kind.anchor})`, '');
      out.push(...kindRepliesMarkdown(kind, review, shown));
    }
  }
  return out;
}

function kindsMarkdown(review: Review, shown: Set<string>): string[] {
  const out = [
    '## What a question asks for',
    '',
    `The ${review.kinds.length} kinds of \`content/question-kinds.json\`, tried in this order (the first that applies is what a question asks), each with how it is answered, its example and the skill’s reply to it.`,
    '',
  ];
  review.kinds.forEach((kind, n) => {
    const also = kind.alsoFrom ? `, then [${kind.alsoFrom.heading}](#${kind.alsoFrom.anchor})` : '';
    const from = kind.from ? ` Answered from [${kind.from.heading}](#${kind.from.anchor})${also}, ${FROM_NOTE}.` : '';
    const answered = `${kind.answered}${from}${kindNotes(kind.kind, kind.neverGiven)
      .map((note) => ` ${note}`)
      .join('')}`;
    const given =
      kind.givenBy.length === 0
        ? 'none'
        : kind.givenBy.map((unit) => `[${unit.heading}](#${unit.anchor}) (${sentenceNumbers(unit.where, 'all of it')})`).join('; ');
    out.push(
      `<a id="${kind.anchor}"></a>`,
      '',
      `### ${n + 1}. ${kind.kind.asks} (\`${kind.kind.id}\`)`,
      '',
      `- How it is answered: ${answered}`,
    );
    if (kind.kind.reply === 'sheet') out.push(`- Passages that give this kind of answer: ${given}`);
    out.push(`- Example: “${kind.kind.example}”`, '', '**The skill’s reply to it:**', '', ...kindRepliesMarkdown(kind, review, shown));
  });
  return out;
}

function layWordsMarkdown(review: Review): string[] {
  const { terms, framing, about } = review.layWords;
  return [
    '## Everyday words: the lay-word table',
    '',
    about,
    '',
    `${terms.length} entries, from \`content/lay-words.json\`.`,
    '',
    '| What people say (everyday words and mishearings) | The sheet’s term |',
    '|---|---|',
    ...terms.map((term) => `| ${cell(term.said.map((said) => `“${said}”`).join(', '))} | ${cell(term.means)} |`),
    '',
    '### Words set aside when reading a question',
    '',
    framing.about,
    '',
    `Phrases (${framing.phrases.length}): ${framing.phrases.map((phrase) => `“${phrase}”`).join(', ')}`,
    '',
    `Words (${framing.words.length}): ${framing.words.join(', ')}`,
    '',
  ];
}

export function reviewMarkdown(review: Review, diagram: Diagram, fingerprint: string): string {
  const { source } = review;
  const shown = new Set<string>();
  const out: string[] = [
    '# Review script: everything the skill can say',
    '',
    `- Fact sheet: *${source.title}*, ${source.publisher} © ${source.copyrightYear}`,
    `- Last medical review of the sheet: ${source.lastMedicalReviewSpoken} (${source.lastMedicalReview})`,
    `- Content version: ${source.contentVersion}`,
    `- Script fingerprint: \`${fingerprint}\``,
    `- ${review.responses.length} distinct responses, captured from ${review.captures} requests to the skill`,
    `- ${review.questions.sentences} sentences that answers can quote, ${review.questions.quotedAlone} of them quoted on their own; ${review.kinds.length} kinds of question; ${review.questions.units.reduce((n, unit) => n + unit.answers.questions.length, 0)} reviewed questions; ${review.layWords.terms.length} lay-word entries`,
    '',
    `Listening times assume ~${WORDS_PER_MINUTE} words a minute at 100%, scaled by the speed; slow is ${SLOW_RATE}%. Reading ease is Flesch reading ease with syllables counted by a rule of thumb. Pronounced terms are in bold with their IPA or spoken form in brackets.`,
    '',
    '## Flags',
    '',
    ...(review.flagged.length === 0 ? ['None.'] : review.flagged.map((f) => `- [${f.label}](#${f.anchor}): ${f.flags.join('; ')}`)),
    '',
    '## Map of the conversation',
    '',
    ...diagram.edges.filter((edge) => edge.kind === 'follow-up').map((edge) => `- ${edge.label}`),
    '',
    // Before the topics, so that these replies are shown in full here and linked from later sections.
    ...matterMostMarkdown(review, shown),
    ...kindsMarkdown(review, shown),
  ];
  for (const t of review.topics) {
    out.push(
      `## ${t.number}. ${t.topic.title}`,
      '',
      `Fact-sheet section: ${t.section.heading}. Follow-up after the last item: ${t.followUp.title}.`,
      '',
    );
    for (const p of t.passages) {
      const heading = p.kind === 'summary' ? `Summary: ${p.title}` : `Item ${p.at.item + 1}: ${p.title}`;
      out.push(`### ${heading}`, '', `Fact-sheet section: ${p.section.heading}. Content: ${p.contentWords} words (limit ${p.limit}).`, '');
      for (const flag of p.flags) out.push(`**⚑ ${flag}**`, '');
      for (const r of p.responses) out.push(responseMarkdown(r, p.section.heading, shown), '');
    }
  }
  out.push('## Glossary', '');
  for (const term of review.glossary) {
    out.push(`### ${term.entry.term}`, '');
    for (const r of term.responses) out.push(responseMarkdown(r, term.section.heading, shown), '');
  }
  out.push(...answersMarkdown(review, shown), ...layWordsMarkdown(review));
  out.push('## Everything else the skill says', '');
  for (const s of review.situations) {
    out.push(`### ${s.name}`, '');
    for (const r of s.responses) out.push(responseMarkdown(r, situationSection(r, review), shown), '');
  }
  if (review.crawl) {
    out.push(
      '## Other sentences found by the crawler',
      '',
      `${review.crawl.exchanges} requests in ${review.crawl.states} places; sentences not in any response above:`,
      '',
    );
    for (const x of review.crawl.extra) out.push(`- ${x.flags.length > 0 ? '**⚑** ' : ''}${x.sentence} *(first heard after: ${x.path})*`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
