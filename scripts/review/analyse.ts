// Turns the captured responses into the review's structure: each distinct response once, with every way it
// was reached, placed under the topic and passage (or glossary term, or conversation situation) it belongs to,
// and measured: words, listening time, reading ease, SSML length, and flags against the limits.
import { type GlossaryEntry, glossary, type LayWords, source, type Topic, topics } from '../../content';
import layWordsJson from '../../content/lay-words.json';
import { ITEM_MAX_WORDS, SUMMARY_MAX_WORDS } from '../../content/validate';
import { type Passage, type Position, passageAt, topicById } from '../../lambda/conversation/catalog';
import { corpusUnits, type Unit } from '../../lambda/question/corpus';
import { pronounce } from '../../lambda/speech/pronounce';
import { NORMAL_RATE, RATE_STEPS } from '../../lambda/speech/rate';
import { en } from '../../lambda/speech/resources/en';
import { MAX_SSML_CHARS, PAUSE, ssmlToText } from '../../lambda/speech/ssml';
import { type Capture, type CrawlSummary, QUESTION_INTENTS } from './collect';
import { matterMost, type ReviewKind, type ReviewMatter, reviewKinds, type UnitAnswers, unitAnswers } from './question-kinds';
import { fleschReadingEase, pauseMilliseconds, spokenSeconds, wordCount } from './readability';

/** The step below normal in RATE_STEPS: what "speak slower" first gives. */
export const SLOW_RATE: number = [...RATE_STEPS].reverse().find((rate) => rate < NORMAL_RATE) ?? NORMAL_RATE;
/** A response this long is flagged as close to Alexa's 8,000-character outputSpeech limit. */
export const SSML_WARN_CHARS = Math.round(MAX_SSML_CHARS * 0.9);

export interface Way {
  scenario: string;
  says: string;
}

export interface ReviewResponse {
  id: string;
  /** Speech without the listener's prosody wrapper: the same words at any rate. */
  ssml: string;
  /** The answer part (before the pause), as SSML, and the follow-up question after it. */
  answerSsml: string;
  questionSsml?: string;
  repromptSsml?: string;
  text: string;
  question?: string;
  reprompt?: string;
  ways: Way[];
  /** The prosody rates this response was heard at during the drive. */
  rates: number[];
  ends: boolean;
  /** For an answer to a person's own question: the passage or glossary entry it quotes part of. */
  quotes?: { anchor: string; heading: string; section: string };
  /** Where "yes" leads after it. */
  leadsTo?: { anchor: string; title: string } | { repeat: true };
  words: number;
  secondsNormal: number;
  secondsSlow: number;
  readingEase: number;
  /** Longest outputSpeech seen for it, prosody included. */
  ssmlChars: number;
  flags: string[];
}

export interface ReviewPassage {
  anchor: string;
  at: Position;
  kind: 'summary' | 'item' | 'topic-ref';
  title: string;
  section: { id: string; heading: string };
  contentText: string;
  contentWords: number;
  limit: number;
  flags: string[];
  responses: ReviewResponse[];
}

export interface ReviewTopic {
  topic: Topic;
  anchor: string;
  number: number;
  section: { id: string; heading: string };
  followUp: { id: string; title: string; anchor: string };
  passages: ReviewPassage[];
}

export interface ReviewTerm {
  entry: GlossaryEntry;
  anchor: string;
  section: { id: string; heading: string };
  responses: ReviewResponse[];
}

export interface ReviewSituation {
  name: string;
  anchor: string;
  responses: ReviewResponse[];
}

/** A sentence the crawler heard that no response in the script contains. */
export interface ExtraSentence {
  sentence: string;
  /** The moves that first led to it. */
  path: string;
  flags: string[];
}

export interface CrawlCheck {
  exchanges: number;
  states: number;
  /** Distinct responses the crawler heard. */
  responses: number;
  extra: ExtraSentence[];
}

/** A sentence of a passage or glossary entry, and the answers to questions in which the skill says it. */
export interface AnswerSentence {
  text: string;
  /** Responses to a person's own question that say it; `whole` when they say all of the unit. */
  heardIn: Array<{ id: string; whole: boolean }>;
  /** When no answer to a question says it: the first response in the script that does (a definition, say). */
  saidIn?: string;
}

/** A passage or glossary entry as a source of answers: its sentences, and the answers that quote it. */
export interface ReviewAnswerUnit {
  key: string;
  anchor: string;
  heading: string;
  /** Where the script shows the unit read whole (its topic passage or glossary term). */
  whole: { anchor: string; title: string };
  section: { id: string; heading: string };
  sentences: AnswerSentence[];
  /** Answers that quote this unit (an excerpt, or the closest the sheet comes), plainest first. */
  responses: ReviewResponse[];
  /** What it answers (content/answers.json): the kinds of answer it gives, and its reviewed questions. */
  answers: UnitAnswers;
}

export interface ReviewQuestions {
  /** Replies that say the sheet does not cover a question (or not exactly), and prompts when none is heard. */
  notAnswered?: ReviewSituation;
  units: ReviewAnswerUnit[];
  /** Requests sent to the question intents. */
  asked: number;
  sentences: number;
  /** Sentences quoted on their own (without the rest of their passage) in some answer. */
  quotedAlone: number;
}

export interface Review {
  source: typeof source;
  questions: ReviewQuestions;
  /** The reviewed lay-word table (content/lay-words.json), shown for sign-off. */
  layWords: LayWords;
  /** What a question asks for (content/question-kinds.json), every kind in order, with the skill's replies. */
  kinds: ReviewKind[];
  /** The replies to the questions that matter most, by the design's groups. */
  matterMost: ReviewMatter[];
  crawl?: CrawlCheck;
  topics: ReviewTopic[];
  glossary: ReviewTerm[];
  situations: ReviewSituation[];
  /** Every distinct response, in the order first heard. */
  responses: ReviewResponse[];
  captures: number;
  flagged: Array<{ anchor: string; label: string; flags: string[] }>;
}

const sectionHeadings = new Map(source.sections.map((s) => [s.id, s]));

export function sectionOf(id: string): { id: string; heading: string } {
  return { id, heading: sectionHeadings.get(id)?.heading ?? id };
}

const SKILL_WORDING = 'None: the skill’s own wording';

/**
 * The fact-sheet section shown for a response that is not a passage or definition: the skill's own wording,
 * what it quotes (the closest passage, when the sheet does not answer exactly), and the support numbers.
 */
export function situationSection(r: ReviewResponse, review: Pick<Review, 'source'>): string {
  const base = r.quotes ? `${r.quotes.section}, quoted within the skill’s own wording` : SKILL_WORDING;
  // The SSML, not the text as heard: the numbers are said as words ("thirteen eleven twenty").
  if (!/13 11 20|\b000\b/.test(r.ssml)) return base;
  const numbers = review.source.sections.find((s) => s.id === 'support-numbers');
  return `${base}; ${numbers?.heading ?? 'support numbers'}`;
}

/**
 * The fact-sheet section shown with a response in the sections that show it again by what was asked: the
 * passage or glossary entry it reads whole, else what situationSection says (what it quotes, the skill's own
 * wording, the support numbers).
 */
export function homeSection(r: ReviewResponse, review: Pick<Review, 'source' | 'topics' | 'glossary'>): string {
  for (const topic of review.topics) for (const p of topic.passages) if (p.responses.includes(r)) return p.section.heading;
  for (const term of review.glossary) if (term.responses.includes(r)) return term.section.heading;
  return situationSection(r, review);
}

export function passageAnchor(at: Position): string {
  return at.item < 0 ? `topic-${at.topic}` : `topic-${at.topic}-item-${at.item + 1}`;
}

function stripProsody(ssml: string): string {
  return ssml.replace(/<prosody rate="\d+%">/g, '').replace(/<\/prosody>/g, '');
}

function splitQuestion(ssml: string): { answer: string; question?: string } {
  const inner = ssml.replace(/^<speak>|<\/speak>$/g, '');
  const at = inner.lastIndexOf(PAUSE);
  return at === -1 ? { answer: inner } : { answer: inner.slice(0, at), question: inner.slice(at + PAUSE.length) };
}

const QUESTION_INTENT_NAMES = new Set(QUESTION_INTENTS.map((intent) => intent.name));
/** Intents that answer a person's own words: the question intents, and unmatched subjects and terms. */
const ANSWERING_INTENTS = new Set(['TellMeAboutIntent', 'DefineTermIntent', ...QUESTION_INTENT_NAMES]);

/** The situation of replies that say the sheet does not answer a question, and of prompts for a missing one. */
export const NOT_ANSWERED = 'Questions the sheet does not answer, and no question heard';

// Situations for responses that are neither a passage nor a definition, by the request that produced them.
const SITUATIONS: Array<[string, RegExp]> = [
  ['Opening the skill', /^LaunchRequest$/],
  ['Help, and when the skill does not understand', /^(AMAZON\.HelpIntent|AMAZON\.FallbackIntent|broken intent request|RetiredIntent)$/],
  [
    'Lists, menus and moving around',
    /^(ListTopicsIntent|GuidedTourIntent|AMAZON\.(StartOver|NavigateHome|Previous|Next|More|Repeat|Yes|No)Intent)$/,
  ],
  [NOT_ANSWERED, new RegExp(`^(${[...ANSWERING_INTENTS].join('|')})$`)],
  ['Urgent help', /^UrgentHelpIntent$/],
  // Named apart from the groups of the questions that matter most, which show the same replies first.
  ['Crisis support', /^CrisisIntent$/],
  ['Declining advice on a person’s own treatment', /^PersonalAdviceIntent$/],
  ['Speech speed', /^(SpeakSlower|SpeakFaster|NormalSpeed)Intent$/],
  ['Carrying on, and forgetting the listener', /^(ResumeIntent|ForgetMeIntent)$/],
  ['Goodbye', /^AMAZON\.(Stop|Cancel)Intent$/],
  ['Errors and unsupported requests', /./],
];

function situationOf(capture: Capture): string {
  if (capture.intent === 'LaunchRequest' && capture.ends) return 'Errors and unsupported requests';
  return SITUATIONS.find(([, pattern]) => pattern.test(capture.intent))?.[0] ?? 'Errors and unsupported requests';
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

interface Placement {
  /** `answer`: an answer to a person's own question that quotes part of a unit (key: the unit's key). */
  kind: 'passage' | 'term' | 'answer' | 'situation';
  key: string;
}

/** Whether the speech says this sentence of the content, as the skill pronounces it. */
function says(ssml: string, sentence: string): boolean {
  return ssml.includes(pronounce(sentence));
}

/** The skill's own lines that take no parameters: said whole, what they say is not a quote of the content. */
const OWN_LINES = Object.values(en).filter((line) => !line.includes('{{'));

/**
 * The passage or glossary entry whose sentences a reply quotes most (the first in the corpus on a tie). A
 * sentence inside one of the skill's own lines that the reply says whole (the support line, after "the fact
 * sheet doesn't cover that") is the skill's wording there, not a quote.
 */
function quotedUnit(ssml: string): Unit | undefined {
  const own = OWN_LINES.filter((line) => says(ssml, line));
  let best: Unit | undefined;
  let most = 0;
  for (const unit of corpusUnits()) {
    const count = unit.sentences.filter((sentence) => says(ssml, sentence) && !own.some((line) => line.includes(sentence))).length;
    if (count > most) [best, most] = [unit, count];
  }
  return best;
}

/**
 * Where a response belongs, from the state it left and its words: a passage read whole, a glossary
 * definition, an answer quoting part of a unit (also a situation when it says the sheet does not cover the
 * question exactly), or a conversation situation.
 */
function place(capture: Capture, ssml: string): Placement[] {
  const at = capture.state?.at;
  const passage = at ? passageAt(at) : undefined;
  if (at && passage && ssml.includes(pronounce(passage.text))) return [{ kind: 'passage', key: passageAnchor(at) }];
  const entry = glossary.find((e) => ssml.includes(pronounce(e.definition)));
  if (entry) return [{ kind: 'term', key: entry.id }];
  const situation: Placement = { kind: 'situation', key: situationOf(capture) };
  const unit = ANSWERING_INTENTS.has(capture.intent) ? quotedUnit(ssml) : undefined;
  if (!unit) return [situation];
  const notExactly = ssmlToText(ssml).includes(en['answer.notExactly']);
  return [{ kind: 'answer', key: unit.key }, ...(notExactly ? [situation] : [])];
}

function leadsTo(capture: Capture): ReviewResponse['leadsTo'] {
  const offer = capture.state?.offer;
  if (!offer) return undefined;
  if (offer.repeat) return { repeat: true };
  const go = offer.go;
  const passage = go ? passageAt(go) : undefined;
  return go && passage ? { anchor: passageAnchor(go), title: passage.title } : undefined;
}

function measure(response: Omit<ReviewResponse, 'words' | 'secondsNormal' | 'secondsSlow' | 'readingEase' | 'flags'>): ReviewResponse {
  const words = wordCount(response.text);
  const pauses = pauseMilliseconds(response.ssml);
  const flags: string[] = [];
  if (response.ssmlChars > MAX_SSML_CHARS) flags.push(`SSML is ${response.ssmlChars} characters: over Alexa's ${MAX_SSML_CHARS} limit`);
  else if (response.ssmlChars >= SSML_WARN_CHARS)
    flags.push(`SSML is ${response.ssmlChars} characters: near Alexa's ${MAX_SSML_CHARS} limit`);
  if (ODD_PUNCTUATION.test(response.text)) flags.push('odd punctuation in the spoken text (for example “?.”)');
  if (response.ssml && !response.ends && !response.question && !response.text.includes('?'))
    flags.push('the session stays open without a question');
  return {
    ...response,
    words,
    secondsNormal: spokenSeconds(words, NORMAL_RATE, pauses),
    secondsSlow: spokenSeconds(words, SLOW_RATE, pauses),
    readingEase: fleschReadingEase(response.text),
    flags,
  };
}

function passageKind(topic: Topic, at: Position): ReviewPassage['kind'] {
  if (at.item < 0) return 'summary';
  const item = topic.items[at.item];
  return item && 'ref' in item ? 'topic-ref' : 'item';
}

function reviewPassage(topic: Topic, at: Position, found: Passage): ReviewPassage {
  const kind = passageKind(topic, at);
  const limit = kind === 'item' ? ITEM_MAX_WORDS : SUMMARY_MAX_WORDS;
  const contentWords = wordCount(found.text);
  const flags = contentWords > limit ? [`${contentWords} words: over the ${kind === 'item' ? 'item' : 'summary'} limit of ${limit}`] : [];
  return {
    anchor: passageAnchor(at),
    at,
    kind,
    title: found.title,
    section: sectionOf(found.section),
    contentText: found.text,
    contentWords,
    limit,
    flags,
    responses: [],
  };
}

/** The sentences of a spoken text, as the listener hears them. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[A-Za-z0-9]/.test(sentence));
}

const ODD_PUNCTUATION = /[?!]\.|\.\./;

function unitPlace(unit: Unit): Pick<ReviewAnswerUnit, 'anchor' | 'heading' | 'whole'> {
  if (!unit.at) {
    const term = glossary.find((e) => e.id === unit.term)?.term ?? unit.title;
    const anchor = `term-${unit.term}`;
    return { anchor: `answers-${anchor}`, heading: `Glossary: ${term}`, whole: { anchor, title: `the glossary’s “${term}”` } };
  }
  const title = passageAt(unit.at)?.title ?? unit.title;
  const topic = topicById(unit.at.topic)?.title ?? unit.at.topic;
  // Not the topic section's own headings ("Summary: …", "Item 2: …"): each section's name is unique on the page.
  const heading = unit.at.item < 0 ? `Summary of “${title}”` : `Item ${unit.at.item + 1} of “${topic}”: ${title}`;
  const anchor = passageAnchor(unit.at);
  return { anchor: `answers-${anchor}`, heading, whole: { anchor, title } };
}

/** A unit's sentences, each with the answers to questions that say it, and the answers that quote the unit. */
function answerUnit(unit: Unit, all: ReviewResponse[], answered: ReviewResponse[], quoting: ReviewResponse[]): ReviewAnswerUnit {
  const sayingAll = new Set(answered.filter((r) => unit.sentences.every((s) => says(r.ssml, s))).map((r) => r.id));
  return {
    key: unit.key,
    ...unitPlace(unit),
    section: sectionOf(unit.section),
    sentences: unit.sentences.map((text) => {
      const heardIn = answered.filter((r) => says(r.ssml, text)).map((r) => ({ id: r.id, whole: sayingAll.has(r.id) }));
      const saidIn = heardIn.length === 0 ? all.find((r) => says(r.ssml, text))?.id : undefined;
      return { text, heardIn, ...(saidIn ? { saidIn } : {}) };
    }),
    responses: [...quoting].sort((a, b) => a.words - b.words),
    answers: unitAnswers(unit),
  };
}

function crawlCheck(responses: ReviewResponse[], crawled: CrawlSummary): CrawlCheck {
  const known = new Set(responses.flatMap((r) => [...sentencesOf(r.text), ...sentencesOf(r.reprompt ?? '')]));
  const extra = new Map<string, ExtraSentence>();
  const distinct = new Set<string>();
  for (const capture of crawled.captures) {
    const text = ssmlToText(capture.ssml);
    const reprompt = capture.reprompt ? ssmlToText(capture.reprompt) : '';
    distinct.add(`${text}\u0000${reprompt}`);
    for (const sentence of [...sentencesOf(text), ...sentencesOf(reprompt)]) {
      if (known.has(sentence) || extra.has(sentence)) continue;
      const flags = ODD_PUNCTUATION.test(sentence) ? ['odd punctuation in the spoken text (for example “?.”)'] : [];
      extra.set(sentence, { sentence, path: capture.says, flags });
    }
  }
  return { exchanges: crawled.exchanges, states: crawled.states, responses: distinct.size, extra: [...extra.values()] };
}

/**
 * Builds the review from the captured responses; with a crawl, also lists every sentence the crawler heard
 * that no captured response contains, so that nothing the skill can say escapes review.
 */
export function analyse(captures: Capture[], crawled?: CrawlSummary): Review {
  const byKey = new Map<string, ReviewResponse>();
  const placements = new Map<string, Placement[]>();
  const addPlacement = (id: string, placement: Placement) => {
    const list = placements.get(id) ?? [];
    if (!list.some((p) => p.kind === placement.kind && p.key === placement.key)) list.push(placement);
    placements.set(id, list);
  };
  const isPlaced = (id: string, kind: Placement['kind'], key: string) =>
    placements.get(id)?.some((p) => p.kind === kind && p.key === key) ?? false;
  /** Responses heard in answer to a person's own question (a question intent). */
  const asked = new Set<string>();
  /** By question kind: the responses heard to questions of that kind, in order. */
  const byKind = new Map<string, ReviewResponse[]>();
  const addKind = (kind: string | undefined, response: ReviewResponse) => {
    if (!kind) return;
    const list = byKind.get(kind) ?? [];
    if (!list.includes(response)) list.push(response);
    byKind.set(kind, list);
  };
  for (const capture of captures) {
    const ssml = stripProsody(capture.ssml);
    const reprompt = capture.reprompt ? stripProsody(capture.reprompt) : undefined;
    const key = `${ssml}\u0000${reprompt ?? ''}\u0000${capture.ends}`;
    const way = { scenario: capture.scenario, says: capture.says };
    const rate = capture.state?.rate ?? NORMAL_RATE;
    const existing = byKey.get(key);
    if (existing) {
      if (!existing.ways.some((w) => w.says === way.says && w.scenario === way.scenario)) existing.ways.push(way);
      if (!existing.rates.includes(rate)) existing.rates.push(rate);
      existing.ssmlChars = Math.max(existing.ssmlChars, capture.ssml.length, capture.reprompt?.length ?? 0);
      for (const placement of place(capture, ssml)) addPlacement(existing.id, placement);
      if (QUESTION_INTENT_NAMES.has(capture.intent)) asked.add(existing.id);
      addKind(capture.kind, existing);
      continue;
    }
    const { answer, question } = splitQuestion(ssml);
    const response = measure({
      id: `r${byKey.size + 1}`,
      ssml,
      answerSsml: answer,
      ...(question ? { questionSsml: question, question: ssmlToText(question) } : {}),
      ...(reprompt ? { repromptSsml: reprompt.replace(/^<speak>|<\/speak>$/g, ''), reprompt: ssmlToText(reprompt) } : {}),
      text: ssmlToText(ssml),
      ways: [way],
      rates: [rate],
      ends: capture.ends,
      ...(leadsTo(capture) ? { leadsTo: leadsTo(capture) } : {}),
      ssmlChars: Math.max(capture.ssml.length, capture.reprompt?.length ?? 0),
    });
    byKey.set(key, response);
    for (const placement of place(capture, ssml)) addPlacement(response.id, placement);
    if (QUESTION_INTENT_NAMES.has(capture.intent)) asked.add(response.id);
    addKind(capture.kind, response);
  }
  const responses = [...byKey.values()];
  // Flags for SSML length depend on the longest variant seen; recompute them once all are in.
  for (const response of responses) Object.assign(response, measure(response));

  const reviewTopics: ReviewTopic[] = topics.map((topic, index) => {
    const positions: Position[] = [{ topic: topic.id, item: -1 }, ...topic.items.map((_, item) => ({ topic: topic.id, item }))];
    const passages = positions.flatMap((at) => {
      const found = passageAt(at);
      if (!found) return [];
      const passage = reviewPassage(topic, at, found);
      // The plainest answer (the passage and its offer alone) first, then the variants that add to it.
      passage.responses = responses.filter((r) => isPlaced(r.id, 'passage', passage.anchor)).sort((a, b) => a.words - b.words);
      return [passage];
    });
    const followUp = topics.find((t) => t.id === topic.followUp);
    return {
      topic,
      anchor: `topic-${topic.id}`,
      number: index + 1,
      section: sectionOf(topic.section),
      followUp: { id: topic.followUp, title: followUp?.title ?? topic.followUp, anchor: `topic-${topic.followUp}` },
      passages,
    };
  });

  const reviewGlossary: ReviewTerm[] = glossary.map((entry) => ({
    entry,
    anchor: `term-${entry.id}`,
    section: sectionOf(entry.section),
    responses: responses.filter((r) => isPlaced(r.id, 'term', entry.id)),
  }));

  const allSituations: ReviewSituation[] = SITUATIONS.map(([name]) => ({
    name,
    anchor: `situation-${slug(name)}`,
    responses: responses.filter((r) => isPlaced(r.id, 'situation', name)),
  })).filter((s) => s.responses.length > 0);
  // The replies to questions the sheet does not answer are shown with the answers, not with the rest; one that
  // is also said in another situation (urgent help, to an urgent question) is shown there.
  const situations = allSituations.filter((s) => s.name !== NOT_ANSWERED);
  const elsewhere = new Set(situations.flatMap((s) => s.responses.map((r) => r.id)));
  const notAnsweredAll = allSituations.find((s) => s.name === NOT_ANSWERED);
  const notAnswered = notAnsweredAll && { ...notAnsweredAll, responses: notAnsweredAll.responses.filter((r) => !elsewhere.has(r.id)) };
  const answered = responses.filter((r) => asked.has(r.id));
  const answerUnits = corpusUnits().map((unit) =>
    answerUnit(
      unit,
      responses,
      answered,
      responses.filter((r) => isPlaced(r.id, 'answer', unit.key)),
    ),
  );
  for (const unit of answerUnits) {
    for (const r of unit.responses) r.quotes = { anchor: unit.anchor, heading: unit.heading, section: unit.section.heading };
  }

  const flagged: Review['flagged'] = [];
  for (const t of reviewTopics) {
    for (const p of t.passages) {
      if (p.flags.length > 0) flagged.push({ anchor: p.anchor, label: `${t.topic.title}: ${p.title}`, flags: p.flags });
      for (const r of p.responses)
        if (r.flags.length > 0) flagged.push({ anchor: r.id, label: `${p.title} (response ${r.id})`, flags: r.flags });
    }
  }
  for (const term of reviewGlossary) {
    for (const r of term.responses)
      if (r.flags.length > 0) flagged.push({ anchor: r.id, label: `${term.entry.term} (response ${r.id})`, flags: r.flags });
  }
  for (const s of [...(notAnswered ? [notAnswered] : []), ...situations]) {
    for (const r of s.responses)
      if (r.flags.length > 0) flagged.push({ anchor: r.id, label: `${s.name} (response ${r.id})`, flags: r.flags });
  }
  for (const unit of answerUnits) {
    if (unit.answers.flags.length > 0)
      flagged.push({ anchor: unit.anchor, label: `${unit.heading}: what it answers`, flags: unit.answers.flags });
    const unheard = unit.sentences.filter((sentence) => sentence.heardIn.length === 0 && !sentence.saidIn).length;
    if (unheard > 0)
      flagged.push({ anchor: unit.anchor, label: unit.heading, flags: [`${unheard} sentence(s) the skill was not heard to say`] });
    for (const r of unit.responses)
      if (r.flags.length > 0 && !flagged.some((f) => f.anchor === r.id))
        flagged.push({ anchor: r.id, label: `${unit.heading} (response ${r.id})`, flags: r.flags });
  }

  const crawl = crawled ? crawlCheck(responses, crawled) : undefined;
  const oddExtras = crawl?.extra.filter((x) => x.flags.length > 0).length ?? 0;
  if (oddExtras > 0) {
    flagged.push({
      anchor: 'crawler',
      label: 'Other sentences found by the crawler',
      flags: [`${oddExtras} with odd punctuation in the spoken text`],
    });
  }

  const kinds = reviewKinds(answerUnits, byKind);
  for (const kind of kinds) {
    if (kind.responses.length === 0)
      flagged.push({
        anchor: kind.anchor,
        label: `What a question asks for: ${kind.kind.id}`,
        flags: ['the skill was not heard to answer its example'],
      });
  }

  const groups = matterMost(kinds);
  for (const group of groups) {
    if (group.kinds.every((kind) => kind.responses.length === 0))
      flagged.push({ anchor: group.anchor, label: `The questions that matter most: ${group.title}`, flags: ['no reply was heard'] });
  }

  const sentences = answerUnits.flatMap((unit) => unit.sentences);
  return {
    source,
    questions: {
      ...(notAnswered ? { notAnswered } : {}),
      units: answerUnits,
      asked: captures.filter((capture) => QUESTION_INTENT_NAMES.has(capture.intent)).length,
      sentences: sentences.length,
      quotedAlone: sentences.filter((sentence) => sentence.heardIn.some((heard) => !heard.whole)).length,
    },
    layWords: layWordsJson as LayWords,
    kinds,
    matterMost: groups,
    ...(crawl ? { crawl } : {}),
    topics: reviewTopics,
    glossary: reviewGlossary,
    situations,
    responses,
    captures: captures.length,
    flagged,
  };
}
