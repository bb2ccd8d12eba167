// Turns the captured responses into the review's structure: each distinct response once, with every way it
// was reached, placed under the topic and passage (or glossary term, or conversation situation) it belongs to,
// and measured: words, listening time, reading ease, SSML length, and flags against the limits.
import { type GlossaryEntry, glossary, source, type Topic, topics } from '../../content';
import { ITEM_MAX_WORDS, SUMMARY_MAX_WORDS } from '../../content/validate';
import { type Passage, type Position, passageAt } from '../../lambda/conversation/catalog';
import { pronounce } from '../../lambda/speech/pronounce';
import { NORMAL_RATE, RATE_STEPS } from '../../lambda/speech/rate';
import { MAX_SSML_CHARS, PAUSE, ssmlToText } from '../../lambda/speech/ssml';
import type { Capture, CrawlSummary } from './collect';
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

export interface Review {
  source: typeof source;
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

// Situations for responses that are neither a passage nor a definition, by the request that produced them.
const SITUATIONS: Array<[string, RegExp]> = [
  ['Opening the skill', /^LaunchRequest$/],
  ['Help, and when the skill does not understand', /^(AMAZON\.HelpIntent|AMAZON\.FallbackIntent|broken intent request|RetiredIntent)$/],
  [
    'Lists, menus and moving around',
    /^(ListTopicsIntent|GuidedTourIntent|AMAZON\.(StartOver|NavigateHome|Previous|Next|More|Repeat|Yes|No)Intent)$/,
  ],
  ['Something the skill has no answer for', /^(TellMeAboutIntent|DefineTermIntent)$/],
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
  kind: 'passage' | 'term' | 'situation';
  key: string;
}

/** Which passage, glossary term or situation a response belongs to, from the state it left and its words. */
function place(capture: Capture, ssml: string): Placement {
  const at = capture.state?.at;
  const passage = at ? passageAt(at) : undefined;
  if (at && passage && ssml.includes(pronounce(passage.text))) return { kind: 'passage', key: passageAnchor(at) };
  const entry = glossary.find((e) => ssml.includes(pronounce(e.definition)));
  if (entry) return { kind: 'term', key: entry.id };
  return { kind: 'situation', key: situationOf(capture) };
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
  if (response.ssml && !response.ends && !response.question) flags.push('the session stays open without a question');
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
      addPlacement(existing.id, place(capture, ssml));
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
    addPlacement(response.id, place(capture, ssml));
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

  const situations: ReviewSituation[] = SITUATIONS.map(([name]) => ({
    name,
    anchor: `situation-${slug(name)}`,
    responses: responses.filter((r) => isPlaced(r.id, 'situation', name)),
  })).filter((s) => s.responses.length > 0);

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
  for (const s of situations) {
    for (const r of s.responses)
      if (r.flags.length > 0) flagged.push({ anchor: r.id, label: `${s.name} (response ${r.id})`, flags: r.flags });
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

  return {
    source,
    ...(crawl ? { crawl } : {}),
    topics: reviewTopics,
    glossary: reviewGlossary,
    situations,
    responses,
    captures: captures.length,
    flagged,
  };
}
