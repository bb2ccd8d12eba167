/**
 * Local stand-in for Alexa's language understanding: utterance text → intent and slots, learned from the
 * interaction model alone (its samples, slot types, values, ids and synonyms).
 *
 * How an utterance is read:
 * 1. Normalise and stem it, join or split words the model writes differently, correct typos against the
 *    model's own vocabulary (normalize.ts, vocabulary.ts).
 * 2. Find known slot values in it, longest first (values.ts).
 * 3. Score it against every sample that shares a word or a slot type with it: a weighted word overlap in
 *    both directions (a word used by one intent weighs much more than a word every intent uses), where a
 *    sample's `{slot}` matches a found value of the slot's type, with a small bonus for word order. An
 *    intent's score also rewards utterance words, and more so pairs of neighbouring content words, found
 *    anywhere in that intent's samples, which is what lets "how do doctors treat it" reach the intent
 *    whose sample is "how is it treated", and keeps an intent that merely shares a word ("what time is
 *    it" and "one more time") from reaching the threshold.
 * 4. Single-slot samples are also tried as templates (templates.ts), which captures values the model does
 *    not list, for Alexa's ER_SUCCESS_NO_MATCH.
 * 5. The best intent wins if it scores above a threshold; otherwise AMAZON.FallbackIntent.
 */
import { compileModel, type Intent, push, type Sample } from './compiled';
import { FALLBACK_INTENT, type InteractionModel, parseSample } from './model';
import { HESITATIONS, remembering, stem, tokenize } from './normalize';
import { modelFromTables, RESOLVER_TABLES, type ResolverTables } from './tables';
import { align, type Template } from './templates';
import { buildValueIndex, type ValueRef, type ValueSpan } from './values';
import type { Word } from './vocabulary';

export interface SlotResolution {
  status: 'ER_SUCCESS_MATCH' | 'ER_SUCCESS_NO_MATCH';
  id?: string;
  name?: string;
}

export interface ResolvedSlot {
  name: string;
  /** The words as the user said them; '' when the slot is not filled. */
  value: string;
  /** Present for a filled slot of a custom type; absent when unfilled (as Alexa sends it). */
  resolution?: SlotResolution;
}

export interface Resolution {
  intent: string;
  slots: Record<string, ResolvedSlot>;
  /** 0–1: how well the utterance fits the chosen intent (for Fallback: how little it fits any). */
  confidence: number;
  /**
   * Content words of the utterance that no sample of the chosen intent uses and no slot takes ("recipe" and
   * "smoothie" of "give me a recipe for a high calcium smoothie" read as "tell me about high calcium").
   */
  unexplained?: string[];
}

export interface Resolver {
  resolve(text: string): Resolution;
  /** The best-scoring intents for the text, best first, before the Fallback threshold: for debugging. */
  explain(text: string, count?: number): Explanation[];
}

export interface Explanation {
  intent: string;
  score: number;
  /** The sample (or template, or part of the utterance) that gave the score. */
  via: string;
}

export interface ResolverOptions {
  /** Minimum score for an intent to win over Fallback (default 0.5). */
  readonly threshold?: number;
}

/**
 * Whether the resolver keeps how each reading was found, for `explain` (debugging). The web app's page never asks,
 * and its build sets this off (scripts/build-web-app.mjs: 0.1 KB of page.js gzipped, and a string less for every
 * sample scored): there `explain` gives no reading.
 */
const EXPLAINING = process.env.RESOLVER_EXPLAIN !== 'off';

const DEFAULT_THRESHOLD = 0.5;
// Utterances are a sentence; anything longer is read up to here so a pasted essay cannot stall the loop.
const MAX_WORDS = 60;
const MAX_CHARS = 1000;
// Share of an intent's score from its best sample; the rest is how much of the utterance its samples'
// words cover, which generalises to phrasings no single sample has.
const SAMPLE_SHARE = 0.8;
// Share of that coverage that comes from pairs of neighbouring words rather than single words.
const PAIR_SHARE = 0.75;
// Share of a sample's score that depends on the matched words being in the sample's order.
const ORDER_SHARE = 0.2;
// A sample slot the utterance leaves empty costs the sample this share of the maximum word weight.
const UNFILLED_SLOT = 0.5;
// A template read around an unknown value is discounted below a clear sample match, and more so if the
// "unknown" words are ones the model uses elsewhere (then it is more likely another intent's phrasing).
const TEMPLATE_NO_MATCH_SCORE = 0.8;
const TEMPLATE_KNOWN_WORDS_PENALTY = 0.35;
/**
 * AMAZON.SearchQuery is a phrase slot: it takes whatever follows (or precedes) its carrier, known words
 * included, and its intent wins where no other intent's samples say the utterance well. Its reading is
 * discounted by this much, so a sample that says the words of another intent still wins over it.
 */
export const PHRASE_TYPE = 'AMAZON.SearchQuery';
/** How a built-in intent's name starts. */
const BUILT_IN = 'AMAZON.';
const PHRASE_FACTOR = 0.72;
/**
 * ...and it yields to any other intent whose samples say the utterance at least this well: a phrase slot is
 * where the questions go that no intent of the model was written for.
 */
const PHRASE_YIELD = 0.5;
/** What each carrier word skipped to fit the utterance costs a phrase reading. */
const PHRASE_SKIP_COST = 0.03;
/** A reading that leaves part of the utterance unexplained keeps its lead over the phrase slot only by this much. */
const PHRASE_MARGIN = 0.15;
/** Share of an utterance's content words the model never uses, above which no other intent explains it. */
const UNKNOWN_SHARE = 0.2;
/** An utterance no sample says goes to the question intent when the model knows this many of its words... */
const OWN_WORDS_MIN = 2;
/** ...and at least this share of them: a carer describing a fall in their own words ("mummy fell down and her arm looks wrong") says more words no sample has than words it has. */
const OWN_WORDS_KNOWN = 0.25;
/** Modal verbs a question carrier asks with: a reading that does not say them asks something else. */
const MODALS = new Set(['should', 'shall', 'would', 'could', 'must']);
/** Words that may stand around a bare slot value ("um, chemotherapy please") without asking anything of it. */
const BARE_SLOT_FILLERS = new Set(
  [...HESITATIONS, 'please', 'alexa', 'the', 'a', 'an', 'and', 'so', 'okay', 'ok', 'about', 'more'].map(stem),
);
/** Share of an utterance's content words its reading's sample may leave unsaid and still explain it. */
const UNSAID_SHARE = 0.6;
// A carrier must hold at least this share of the maximum word weight to capture an unknown value: "what
// is {term}" must not turn "what is the weather" into a glossary lookup.
const DISTINCTIVE_CARRIER = 0.5;
// A slot value is a name or a short phrase; a longer middle means the template is the wrong reading.
const MAX_CAPTURE = 6;
// What a carrier such as "tell me about" or "what is" wraps may be a whole request of another intent
// ("tell me about how it is treated"); such a reading is scored on its own, discounted a little.
const MAX_REMAINDER = 16;
const REMAINDER_FACTOR = 0.92;
// ...and only where the remainder says most of one of that intent's samples, not just shares a word.
const REMAINDER_RECALL = 0.6;

interface Candidate {
  readonly intent: number;
  readonly score: number;
  /** Slots filled by the sample: on a tie, Alexa prefers the sample that says the words literally. */
  readonly slotCount: number;
  /** How the reading was found, for `explain`. */
  readonly via: string;
  /** Read through a phrase slot's carrier. */
  readonly phrase?: boolean;
  /** Stems of the sample's own words: what of the utterance the reading says (with its slots' words). */
  readonly said?: ReadonlySet<string>;
  /** A phrase reading's carrier words, as stems. */
  readonly carrier?: ReadonlySet<string>;
  /** Slot name → filled value. */
  readonly fills: ReadonlyMap<string, Fill>;
}

/** Words that make what follows someone's own ("my prognosis"): said in a slot's place, they are part of its value. */
const POSSESSIVE = new Set(['my', 'his', 'her', 'their', 'our', 'your']);

interface Fill {
  readonly start: number;
  readonly end: number;
  readonly value: ValueRef | undefined;
}

export function createResolver(given: InteractionModel, options: ResolverOptions = {}): Resolver {
  // A model built with its tables (the web app's: local/nlu/tables.ts) has its texts read already.
  const tables = (given as { [RESOLVER_TABLES]?: () => ResolverTables })[RESOLVER_TABLES]?.();
  const prepared = tables ? modelFromTables(tables) : undefined;
  const model = prepared?.model ?? given;
  const lm = model.interactionModel.languageModel;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  // The model's texts are read once each: a slot type's values are part of every intent that uses the type, and
  // tokenizing and stemming them again for each such intent was most of the compile (docs/performance.md).
  const tokenizeOnce = prepared?.tokens ?? remembering(tokenize);
  const stemOnce = prepared?.stem ?? remembering(stem);
  const values = buildValueIndex(lm.types ?? [], tokenizeOnce);

  // Every intent is known only by its own samples: a built-in the model declares without samples (as
  // AMAZON.FallbackIntent usually is) can never be chosen, however plainly the user names it.
  const intentDefs = lm.intents.filter((i) => i.name !== FALLBACK_INTENT || (i.samples?.length ?? 0) > 0);
  // Samples and intents are compiled as utterances reach them (compiled.ts).
  const sampleWords =
    prepared?.sampleWords ??
    ((sample: string) =>
      parseSample(sample).flatMap((part) => (part.kind === 'slot' ? [`{${part.name}}`] : tokenizeOnce(part.text).map((t) => t.word))));
  const {
    intents,
    vocab,
    sample: sampleAt,
    samplesSaying,
    samplesTaking,
    templatesFor,
  } = compileModel(intentDefs, lm.types ?? [], values, tokenizeOnce, stemOnce, sampleWords);

  /** Offer each intent its best sample score for the words in `a`, which start at word `offset`. */
  const scoreWords = (a: Analysis, offset: number, factor: number, minRecall: number, offer: (c: Candidate) => void): void => {
    const covered = new Map<number, number>();
    // Samples reached only through function words cannot beat one that shares a content word, so those
    // are skipped unless the utterance has nothing else (it keeps resolve() fast on big models).
    const touched = new Set<number>();
    const content = a.words.some((w) => !w.fn && samplesSaying(w.stem) !== undefined);
    for (const w of a.words) if (!content || !w.fn) for (const k of samplesSaying(w.stem) ?? []) touched.add(k);
    for (const span of a.spans) for (const type of span.values.keys()) for (const k of samplesTaking(type) ?? []) touched.add(k);
    for (const k of [...touched].sort((x, y) => x - y)) {
      const sample = sampleAt(k);
      const { score, recall, fills } = scoreSample(sample, a, vocab.maxWeight);
      if (score === 0 || recall < minRecall) continue;
      // A phrase slot is read only through its carrier (matchPhrase): a sample that leaves it empty while the
      // utterance says more would send the question without its words.
      const saysMore = a.words.some((w) => !w.fn && !sample.said.has(w.stem));
      if (saysMore && sample.slots.some((slot) => slot.type === PHRASE_TYPE && !fills.has(slot.slot))) continue;
      let cover = covered.get(sample.intent);
      if (cover === undefined) {
        cover = coverage(intents[sample.intent] as Intent, a);
        covered.set(sample.intent, cover);
      }
      let shifted = fills;
      if (offset > 0 && fills.size > 0) {
        shifted = new Map([...fills].map(([slot, f]) => [slot, { ...f, start: f.start + offset, end: f.end + offset }]));
      }
      const blended = factor * (SAMPLE_SHARE * score + (1 - SAMPLE_SHARE) * cover);
      const via = !EXPLAINING ? '' : offset > 0 || factor < 1 ? `part from word ${offset}: ${sample.text}` : sample.text;
      offer({ intent: sample.intent, score: blended, slotCount: fills.size, fills: shifted, via, said: sample.said });
    }
  };

  /** Every intent's best reading of the text, best first. */
  const rank = (text: string): { analysis: Analysis; ranked: Candidate[] } | undefined => {
    const tokens = tokenize(text.slice(0, MAX_CHARS)).slice(0, MAX_WORDS);
    const words = vocab.repair(tokens);
    if (words.length === 0) return undefined;
    const analysis = analyse(words, values.detect(words));

    const best = new Map<number, Candidate>();
    const offer = (c: Candidate): void => {
      const prev = best.get(c.intent);
      if (!prev || better(c, prev)) best.set(c.intent, c);
    };
    scoreWords(analysis, 0, 1, 0, offer);

    const remainders = new Set<number>();
    for (const k of templatesFor(analysis.stems)) {
      const sample = sampleAt(k);
      const { candidate, remainder } = matchTemplate(sample, sample.template as Template, analysis, vocab.maxWeight);
      if (candidate) offer(candidate);
      // "tell me about the symptoms": what fills the slot is another intent's request, so read it alone.
      if (remainder && !remainders.has(remainder.start * 1000 + remainder.end)) {
        remainders.add(remainder.start * 1000 + remainder.end);
        const sub = words.slice(remainder.start, remainder.end);
        scoreWords(analyse(sub, values.detect(sub)), remainder.start, REMAINDER_FACTOR, REMAINDER_RECALL, offer);
      }
    }
    // Sorted by intent first so equal candidates fall back to the model's order.
    const ranked = [...best.values()].sort((x, y) => x.intent - y.intent);
    ranked.sort((x, y) => (better(x, y) ? -1 : better(y, x) ? 1 : 0));
    preferExplained(ranked, analysis);
    return { analysis, ranked };
  };

  /**
   * Whether a reading accounts for the whole utterance: no word the model never uses ("cannabis"), and no
   * named subject its intent's samples do not say ("high calcium" in "what are the signs of high calcium").
   */
  const explains = (c: Candidate, a: Analysis, bySample = false): boolean => {
    // A slot read around words that are not one of its values is a guess, not an explanation.
    if ([...c.fills.values()].some((f) => f.value === undefined)) return false;
    const content = a.words.filter((w) => !w.fn);
    const unknown = content.filter((w) => !w.known).length;
    const filled = (i: number) => [...c.fills.values()].some((f) => i >= f.start && i < f.end);
    // Known words the reading's own sample does not say: "{subject}" does not explain "pet scan how long does
    // it take", however well "pet scan" fits.
    const unsaid = bySample && c.said ? a.words.filter((w, i) => !w.fn && w.known && !filled(i) && !c.said?.has(w.stem)).length : 0;
    // A sample that is nothing but its slot ("{subject}") explains nothing said around the value: "should I have
    // the radiotherapy" asks something of radiotherapy, which a phrase slot's carrier has heard.
    if (c.said?.size === 0 && a.words.some((w, i) => !filled(i) && !BARE_SLOT_FILLERS.has(w.stem))) return false;
    // Against a question's phrase slot, a sample explains the utterance only if it says every known word and
    // the model knows them all: a word it never heard ("will I see christmas") is what the question is about.
    const saysAllKnown = bySample && c.said !== undefined && unsaid === 0 && unknown === 0;
    if (bySample && !saysAllKnown) return false;
    if (!saysAllKnown && unknown > UNKNOWN_SHARE * content.length) return false;
    if (unsaid + unknown > UNSAID_SHARE * content.length) return false;
    const intent = intents[c.intent] as Intent;
    const used = new Set([...c.fills.values()].map((f) => f.start));
    // A value of the type read, left beside the one read ("biopsy" of "what's a bone marrow biopsy", read as "bone
    // marrow"), is a second thing named that the reading drops.
    const types = [...c.fills.values()].map((f) => f.value?.type);
    return a.spans.every(
      (span) =>
        used.has(span.start) ||
        (!types.some((type) => type !== undefined && span.values.has(type)) &&
          a.words.slice(span.start, span.end).every((w) => w.fn || intent.stems.has(w.stem))),
    );
  };

  /**
   * A built-in intent (a repeat, a next) that leaves a thing the model names unsaid ("sorry what's a biopsy" read as
   * "sorry what") yields to a close reading whose slot names it and that explains the utterance ("what's {term}"):
   * moving about the conversation never names a thing of the sheet.
   */
  const preferNamed = (ranked: Candidate[], a: Analysis): void => {
    const top = ranked[0];
    if (!top || !(intents[top.intent] as Intent).name.startsWith(BUILT_IN) || top.fills.size > 0 || explains(top, a)) return;
    const named = ranked.findIndex(
      (c) => c !== top && !c.phrase && top.score - c.score < PHRASE_MARGIN && c.fills.size > 0 && explains(c, a),
    );
    if (named > 0) ranked.unshift(...ranked.splice(named, 1));
  };

  /**
   * The phrase slot takes the questions the model's other intents were not written for: it yields to a reading
   * that explains the utterance and scores at least PHRASE_YIELD, and wins over one that leaves part of it
   * unexplained unless that one leads by PHRASE_MARGIN.
   */
  /** Whether another reading's sample says the content words of a phrase reading's carrier ("long", "take"). */
  const saysCarrierOf = (phrase: Candidate, other: Candidate, a: Analysis): boolean => {
    const fill = [...phrase.fills.values()][0];
    // Content words, and the modal verbs that make it a question of another kind ("should I …" asks for advice).
    const carrier = a.words.filter((w, i) => (!w.fn || MODALS.has(w.stem)) && fill !== undefined && (i < fill.start || i >= fill.end));
    return other.said !== undefined && carrier.every((w) => other.said?.has(w.stem));
  };

  const preferExplained = (ranked: Candidate[], a: Analysis): void => {
    preferLongerCarrier(ranked, a);
    preferNamed(ranked, a);
    const top = ranked[0];
    const phraseAt = ranked.findIndex((c) => c.phrase);
    const phrase = ranked[phraseAt];
    if (!top || !phrase) return;
    if (top === phrase) {
      // Only to the best of the other readings: one further down that explains the utterance only by leaving
      // its telling word unsaid ("can secondary bone cancer be prevented" for "… be cured") is no better.
      const other = ranked.findIndex((c) => !c.phrase);
      const best = ranked[other];
      // Nor to one whose sample leaves the carrier's own words unsaid ("long" and "take" of "how long does a …
      // take" are not said by "how does a {subject} work").
      if (other > 0 && best && best.score >= PHRASE_YIELD && saysCarrierOf(phrase, best, a) && explains(best, a, true))
        ranked.unshift(...ranked.splice(other, 1));
    } else if (
      phrase.score >= threshold &&
      ((top.score - phrase.score < PHRASE_MARGIN && !explains(top, a)) || !saysCarrierOf(phrase, top, a))
    ) {
      // A reading that leaves a question carrier's own words unsaid ("long" of "how long is a ct scan", read as
      // "what is a {term}") misses what is asked, however well the rest fits.
      ranked.unshift(...ranked.splice(phraseAt, 1));
    }
  };

  // The phrase-slot intent with the most carriers: where an own-words question with no sample of its shape goes.
  const catchAll = intentDefs
    .filter((def) => (def.slots ?? []).some((slot) => slot.type === PHRASE_TYPE))
    .sort((a, b) => (b.samples?.length ?? 0) - (a.samples?.length ?? 0))[0];
  const catchAllSlot = catchAll?.slots?.find((slot) => slot.type === PHRASE_TYPE)?.name;

  /**
   * An utterance no sample says, in the skill's own words ("both my legs have gone numb and tingly"): with
   * the fallback sensitivity LOW, Alexa sends what sounds in the skill's domain to its closest intent, and for
   * words no sample has the shape of that is the question intent. Off-topic words ("order a pizza") still
   * fall back.
   */
  const ownWords = (a: Analysis, text: string, confidence: number): Resolution | undefined => {
    if (!catchAll || !catchAllSlot) return undefined;
    const content = a.words.filter((w) => !w.fn);
    const known = content.filter((w) => w.known).length;
    if (known < OWN_WORDS_MIN || known < OWN_WORDS_KNOWN * content.length) return undefined;
    return { intent: catchAll.name, slots: { [catchAllSlot]: { name: catchAllSlot, value: text.trim() } }, confidence };
  };

  /** A sample that is nothing but its slot ("{subject}") read around other words: a guess, not a reading. */
  const bareGuess = (c: Candidate, a: Analysis): boolean => {
    const fill = [...c.fills.values()][0];
    return c.said?.size === 0 && a.words.some((w, i) => !BARE_SLOT_FILLERS.has(w.stem) && (!fill || i < fill.start || i >= fill.end));
  };

  const resolve = (text: string): Resolution => {
    const result = rank(text);
    const winner = result?.ranked[0];
    if (!result || !winner || winner.score < threshold || bareGuess(winner, result.analysis)) {
      const confidence = 1 - (winner?.score ?? 0);
      const own = result && ownWords(result.analysis, text, confidence);
      if (own) return own;
      // A bare slot sample read around other words is a guess; the best reading that is not one may still stand
      // ("can you prevent it": the prevention topic, not a subject guessed from "prevent", then Fallback).
      const next = result?.ranked.find((c) => c.score >= threshold && !bareGuess(c, result.analysis));
      return result && next ? build(next, result.analysis, text) : fallback(confidence);
    }
    return build(winner, result.analysis, text);
  };

  const explain = !EXPLAINING
    ? (): Explanation[] => []
    : (text: string, count = 5): Explanation[] =>
        (rank(text)?.ranked ?? [])
          .slice(0, count)
          .map((c) => ({ intent: (intents[c.intent] as Intent).name, score: round(c.score), via: c.via }));

  const build = (c: Candidate, a: Analysis, text: string): Resolution => {
    const intent = intents[c.intent] as Intent;
    const fills = new Map(c.fills);
    // A declared slot the winning sample does not use is still filled from a value of its type found in
    // the utterance ("chemo side effects" matching "side effects" still carries the treatment).
    const used = new Set([...fills.values()].map((f) => f.start));
    for (const slot of intent.slots) {
      if (fills.has(slot.name)) continue;
      const span = a.spans.find((s) => s.values.has(slot.type) && !used.has(s.start));
      if (span) {
        fills.set(slot.name, { start: span.start, end: span.end, value: span.values.get(slot.type) });
        used.add(span.start);
      }
    }
    const slots: Record<string, ResolvedSlot> = {};
    for (const slot of intent.slots) {
      const fill = fills.get(slot.name);
      if (!fill) {
        slots[slot.name] = { name: slot.name, value: '' };
        continue;
      }
      // Alexa fills a slot with every word said in its place: "what's my prognosis" read by "what's {term}" gives
      // the term "my prognosis", which no value or synonym matches. Whose it is ("my", "his", "dad's"), said just
      // before a value and not by the sample itself, is part of the slot, and the slot is then not matched.
      const before = a.words[fill.start - 1];
      const owned =
        fill.value !== undefined &&
        before !== undefined &&
        !c.said?.has(before.stem) &&
        (POSSESSIVE.has(before.stem) || (!before.fn && /['’]s$/i.test(text.slice(before.start, before.end))));
      const first = (owned ? before : a.words[fill.start]) as Word;
      const last = a.words[fill.end - 1] as Word;
      const value = text.slice(first.start, last.end).trim();
      const resolved: ResolvedSlot = { name: slot.name, value };
      if (owned) resolved.resolution = { status: 'ER_SUCCESS_NO_MATCH' };
      else if (fill.value) resolved.resolution = withId({ status: 'ER_SUCCESS_MATCH', name: fill.value.name }, fill.value.id);
      else if (values.types.has(slot.type)) resolved.resolution = { status: 'ER_SUCCESS_NO_MATCH' };
      slots[slot.name] = resolved;
    }
    const filled = [...fills.values()];
    // Words none of the intent's samples or slot values use: what the person said beyond what the intent is for.
    const unexplained = a.words
      .filter((w, i) => !w.fn && !intent.stems.has(w.stem) && !filled.some((f) => i >= f.start && i < f.end))
      .map((w) => text.slice(w.start, w.end).toLowerCase());
    return { intent: intent.name, slots, confidence: round(Math.min(1, c.score)), ...(unexplained.length > 0 ? { unexplained } : {}) };
  };

  /** A phrase slot's carrier ("can it …", "… is that normal") with the rest of the utterance as its value. */
  const matchPhrase = (sample: Sample, t: Template, a: Analysis, maxWeight: number): Candidate | undefined => {
    for (const stem of t.content) if (!a.stems.has(stem)) return undefined;
    for (const cap of align(t, a.words, MAX_WORDS)) {
      // The carrier must be said, not just reachable by skipping its words: at least one of them ("his …" is
      // not said by "order a pizza").
      if (cap.skipped > 1 || cap.skipped >= t.prefix.length + t.suffix.length) continue;
      // A phrase slot keeps every word the person said after the carrier, small ones too ("… die from this"):
      // Alexa passes the phrase whole.
      const { start, end } = cap;
      if (start === end || a.words.slice(start, end).every((w) => w.fn)) continue;
      const fill: Fill = { start, end, value: undefined };
      const placeholder: ValueRef = { type: t.type, id: undefined, name: '' };
      // A carrier said word for word beats one reached by skipping a word ("how long does …" over "how can …").
      const score =
        PHRASE_FACTOR * scoreCapture(sample, intents[sample.intent] as Intent, a, fill, placeholder, maxWeight) -
        PHRASE_SKIP_COST * cap.skipped;
      const carrier = new Set([...t.prefix, ...t.suffix].map((literal) => literal.stem));
      return {
        intent: sample.intent,
        score,
        slotCount: 1,
        fills: new Map([[t.slot, fill]]),
        via: EXPLAINING ? `phrase: ${sample.text}` : '',
        phrase: true,
        carrier,
      };
    }
    return undefined;
  };

  const matchTemplate = (sample: Sample, t: Template, a: Analysis, maxWeight: number): { candidate?: Candidate; remainder?: Fill } => {
    if (t.type === PHRASE_TYPE) {
      const candidate = matchPhrase(sample, t, a, maxWeight);
      return candidate ? { candidate } : {};
    }
    for (const stem of t.content) if (!a.stems.has(stem)) return {};
    const captures = align(t, a.words, MAX_REMAINDER);
    const distinctive = t.carrierWeight >= DISTINCTIVE_CARRIER * maxWeight;
    let noMatch: Candidate | undefined;
    let remainder: Fill | undefined;
    for (const cap of captures) {
      // Trim function words at the edges: "about the chemo" captures "chemo".
      let start = cap.start;
      let end = cap.end;
      while (start < end && (a.words[start] as Word).fn) start++;
      while (end > start && (a.words[end - 1] as Word).fn) end--;
      if (start === end) continue;
      // Only a carrier with words of its own is a wrapper worth looking inside, and only when what it
      // wraps holds no value of its own slot (then the template itself is the better reading).
      const wraps = t.content.length > 0 && !a.spans.some((sp) => sp.start >= start && sp.end <= end && sp.values.has(t.type));
      if (!remainder && wraps && end - start < a.words.length) remainder = { start, end, value: undefined };
      if (cap.end - cap.start > MAX_CAPTURE) continue;
      const trimmed = a.words.slice(start, end);
      const whole = values.lookup(a.words.slice(cap.start, cap.end), t.type, false);
      // Spelling tolerance only where a word is unknown: known words that are not a value exactly are not
      // a misspelt value either.
      const fuzzy = trimmed.some((w) => !w.known);
      const ref = whole ?? values.lookup(trimmed, t.type, false) ?? (fuzzy ? values.lookup(trimmed, t.type, true) : undefined);
      if (ref) {
        const fill: Fill = whole ? { start: cap.start, end: cap.end, value: ref } : { start, end, value: ref };
        // Scored like any sample, with the capture as the slot's value, so an exact sample of another
        // intent that says the same words ("what is secondary bone cancer") still wins.
        const score = scoreCapture(sample, intents[sample.intent] as Intent, a, fill, ref, maxWeight);
        const via = EXPLAINING ? `template: ${sample.text}` : '';
        return { candidate: { intent: sample.intent, score, slotCount: 1, fills: new Map([[t.slot, fill]]), via, said: sample.said } };
      }
      if (distinctive && !noMatch) {
        let known = 0;
        let total = 0;
        for (const w of trimmed) {
          if (w.fn) continue;
          total += w.weight;
          if (w.known) known += w.weight;
        }
        const fill: Fill = { start, end, value: undefined };
        const placeholder: ValueRef = { type: t.type, id: undefined, name: '' };
        const factor = TEMPLATE_NO_MATCH_SCORE - TEMPLATE_KNOWN_WORDS_PENALTY * (total > 0 ? known / total : 1);
        const score = factor * scoreCapture(sample, intents[sample.intent] as Intent, a, fill, placeholder, maxWeight);
        const via = EXPLAINING ? `template, unknown value: ${sample.text}` : '';
        noMatch = { intent: sample.intent, score, slotCount: 1, fills: new Map([[t.slot, fill]]), via };
      }
    }
    return { ...(noMatch ? { candidate: noMatch } : {}), ...(remainder ? { remainder } : {}) };
  };

  return { resolve, explain };
}

// ---------------------------------------------------------------------------------------------------

interface Analysis {
  readonly words: readonly Word[];
  readonly spans: readonly ValueSpan[];
  readonly stems: ReadonlySet<string>;
  /** Stem → positions in the utterance. */
  readonly positions: ReadonlyMap<string, readonly number[]>;
  /** Word index → index of the value span covering it, or -1. */
  readonly spanAt: Int32Array;
  /** Neighbouring content words, for `coverage`. */
  readonly pairs: readonly WordPair[];
  /** Reused per sample while scoring, to avoid an allocation per sample. */
  readonly scratch: Uint8Array;
  readonly totalWeight: number;
}

function analyse(words: readonly Word[], spans: readonly ValueSpan[]): Analysis {
  const positions = new Map<string, number[]>();
  for (const [i, w] of words.entries()) push(positions, w.stem, i);
  const spanAt = new Int32Array(words.length).fill(-1);
  spans.forEach((s, k) => {
    for (let i = s.start; i < s.end; i++) spanAt[i] = k;
  });
  const totalWeight = words.reduce((sum, w) => sum + w.weight, 0);
  const scratch = new Uint8Array(words.length);
  // Each pair of neighbouring content words, with the spellings an intent may know it by: the stems, or
  // a value's slot type for a word that starts or ends a found value.
  const pairs: WordPair[] = [];
  let prev = -1;
  words.forEach((w, i) => {
    if (w.fn) return;
    if (prev >= 0) {
      const p = words[prev] as Word;
      const left = spanAt[prev] as number;
      const right = spanAt[i] as number;
      const keys = [`${p.stem} ${w.stem}`];
      const leftTypes =
        left >= 0 && left !== right && (spans[left] as ValueSpan).end === prev + 1 ? [...(spans[left] as ValueSpan).values.keys()] : [];
      const rightTypes =
        right >= 0 && left !== right && (spans[right] as ValueSpan).start === i ? [...(spans[right] as ValueSpan).values.keys()] : [];
      for (const t of leftTypes) keys.push(`{${t}} ${w.stem}`);
      for (const t of rightTypes) keys.push(`${p.stem} {${t}}`);
      for (const t of leftTypes) for (const u of rightTypes) keys.push(`{${t}} {${u}}`);
      const inside = left >= 0 && left === right ? [...(spans[left] as ValueSpan).values.keys()] : [];
      pairs.push({ keys, inside, weight: (p.weight + w.weight) / 2, trust: Math.min(p.trust, w.trust) });
    }
    prev = i;
  });
  return { words, spans, stems: new Set(words.map((w) => w.stem)), positions, spanAt, pairs, scratch, totalWeight };
}

/**
 * Weighted overlap between the utterance and one sample, as the harmonic mean of how much of the
 * utterance the sample explains and how much of the sample the utterance says, scaled a little by order.
 */
function scoreSample(sample: Sample, a: Analysis, maxWeight: number): { score: number; recall: number; fills: ReadonlyMap<string, Fill> } {
  const fills = sample.slots.length > 0 ? new Map<string, Fill>() : NO_FILLS;
  const consumed = a.scratch.fill(0);
  const pairs: [number, number][] = [];
  let matchedSlots = 0;
  let consumedWeight = 0;

  // Each {slot} takes the next found value of its type.
  let from = 0;
  for (const slot of sample.slots) {
    for (let k = 0; k < a.spans.length; k++) {
      const span = a.spans[k] as ValueSpan;
      if (span.start < from || consumed[span.start] || !span.values.has(slot.type)) continue;
      for (let i = span.start; i < span.end; i++) {
        consumed[i] = 1;
        consumedWeight += (a.words[i] as Word).weight;
      }
      (fills as Map<string, Fill>).set(slot.slot, { start: span.start, end: span.end, value: span.values.get(slot.type) });
      pairs.push([slot.position, span.start]);
      matchedSlots++;
      from = span.end;
      break;
    }
  }

  // Each literal takes the next unused equal word, preferring one after the previous match.
  // Matched weight is counted on each side with that side's weights: "okay" alone in a sample is a
  // strong word, "okay" opening "okay stop" is filler.
  let matchedLiteral = 0;
  let matchedWords = 0;
  let last = -1;
  for (const lit of sample.literals) {
    const at = a.positions.get(lit.stem);
    if (!at) continue;
    let pick = -1;
    for (const q of at) {
      if (consumed[q]) continue;
      if (q > last) {
        pick = q;
        break;
      }
      if (pick < 0) pick = q;
    }
    if (pick < 0) continue;
    consumed[pick] = 2;
    const word = a.words[pick] as Word;
    matchedLiteral += lit.weight * word.trust;
    matchedWords += word.weight * word.trust;
    pairs.push([lit.position, pick]);
    if (pick > last) last = pick;
  }
  if (pairs.length === 0) return { score: 0, recall: 0, fills };

  // A filled slot weighs what the words it took weigh, exactly as if the sample had said them; a slot
  // left empty costs the sample half the weight of a specific word.
  const sampleTotal = sample.literalWeight + consumedWeight + UNFILLED_SLOT * maxWeight * (sample.slots.length - matchedSlots);
  const precision = a.totalWeight > 0 ? (matchedWords + consumedWeight) / a.totalWeight : 0;
  const recall = sampleTotal > 0 ? (matchedLiteral + consumedWeight) / sampleTotal : 0;
  if (precision + recall === 0) return { score: 0, recall: 0, fills };
  const f = (2 * precision * recall) / (precision + recall);
  return { score: f * (1 - ORDER_SHARE + ORDER_SHARE * inOrder(pairs)), recall, fills };
}

const NO_FILLS: ReadonlyMap<string, Fill> = new Map();

/** Higher score wins; scores equal up to rounding go to the candidate with fewer slots filled. */
/** Of two phrase readings close in score, this much apart at most, the longer carrier is the likelier sample. */
const CARRIER_MARGIN = 0.1;

/**
 * Phrase readings that take the same words after a carrier, one carrier longer ("can i …" and "can …"): the
 * longer is the more specific sample, as Alexa would match it; the shorter only seems better by its intent's
 * many other samples.
 */
function preferLongerCarrier(ranked: Candidate[], a: Analysis): void {
  const top = ranked[0];
  const fillOf = (c: Candidate) => [...c.fills.values()][0];
  const topFill = top?.phrase ? fillOf(top) : undefined;
  if (!top || !topFill) return;
  // Longer only if it says every asking word before its slot: "i have {query}" read inside "should i have …"
  // leaves unsaid the "should" that "should i {query}" says, and that word is what the question asks.
  const keepsCarrier = (c: Candidate) =>
    a.words.every((w, i) => i >= (fillOf(c)?.start ?? 0) || !(MODALS.has(w.stem) || !w.fn) || c.carrier?.has(w.stem));
  const longer = ranked.findIndex((c) => {
    const fill = c.phrase ? fillOf(c) : undefined;
    return (
      fill !== undefined &&
      top.score - c.score <= CARRIER_MARGIN &&
      fill.end === topFill.end &&
      fill.start > topFill.start &&
      keepsCarrier(c)
    );
  });
  if (longer > 0) ranked.unshift(...ranked.splice(longer, 1));
}

function better(c: Candidate, than: Candidate): boolean {
  const gap = c.score - than.score;
  if (gap > 1e-9 || gap < -1e-9) return gap > 0;
  return c.slotCount < than.slotCount;
}

/** Score a sample against the utterance with one captured run of words standing for its slot. */
function scoreCapture(sample: Sample, intent: Intent, a: Analysis, fill: Fill, ref: ValueRef, maxWeight: number): number {
  const span: ValueSpan = { start: fill.start, end: fill.end, values: new Map([[ref.type, ref]]) };
  const reading = analyse(a.words, [span]);
  return SAMPLE_SHARE * scoreSample(sample, reading, maxWeight).score + (1 - SAMPLE_SHARE) * coverage(intent, reading);
}

/** Share of matched pairs that appear in the same order in sample and utterance (longest increasing run). */
function inOrder(pairs: [number, number][]): number {
  pairs.sort((x, y) => x[0] - y[0]);
  const best: number[] = [];
  let longest = 0;
  for (let i = 0; i < pairs.length; i++) {
    let len = 1;
    for (let j = 0; j < i; j++) {
      if ((pairs[j] as [number, number])[1] < (pairs[i] as [number, number])[1] && (best[j] as number) + 1 > len)
        len = (best[j] as number) + 1;
    }
    best.push(len);
    if (len > longest) longest = len;
  }
  return longest / pairs.length;
}

/**
 * How much of the utterance the intent's samples say anywhere: the share of its weight made of words (or
 * values) they use, blended with the share of its neighbouring content-word pairs they use. Words alone
 * reward an intent that merely shares vocabulary; pairs reward one whose samples say things the way the
 * utterance does ("cancer go to the bone" against "does prostate cancer often go to the bones").
 */
function coverage(intent: Intent, a: Analysis): number {
  if (a.totalWeight === 0) return 0;
  let covered = 0;
  a.words.forEach((w, i) => {
    const span = a.spanAt[i] as number;
    const inType = span >= 0 && [...(a.spans[span] as ValueSpan).values.keys()].some((t) => intent.slotTypes.has(t));
    if (inType || intent.stems.has(w.stem)) covered += w.weight * w.trust;
  });
  const words = covered / a.totalWeight;
  if (a.pairs.length === 0) return words;
  const pairs = intent.pairs();
  let pairTotal = 0;
  let pairCovered = 0;
  for (const pair of a.pairs) {
    pairTotal += pair.weight;
    if (pair.inside.some((t) => intent.slotTypes.has(t)) || pair.keys.some((k) => pairs.has(k))) pairCovered += pair.weight * pair.trust;
  }
  return (1 - PAIR_SHARE) * words + PAIR_SHARE * (pairCovered / pairTotal);
}

interface WordPair {
  /** "stem stem", and "{TYPE} stem" etc. where a word is the edge of a found value. */
  readonly keys: readonly string[];
  /** Slot types of the value both words are inside, if any. */
  readonly inside: readonly string[];
  readonly weight: number;
  readonly trust: number;
}

function fallback(confidence: number): Resolution {
  return { intent: FALLBACK_INTENT, slots: {}, confidence: round(Math.max(0, Math.min(1, confidence))) };
}

function withId(resolution: SlotResolution, id: string | undefined): SlotResolution {
  return id === undefined ? resolution : { ...resolution, id };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
