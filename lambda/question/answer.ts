// Finds the sentence or two of the sheet that answer a person's own question, or decides that the sheet does
// not answer it. The search library (MiniSearch: BM25 ranking, prefix and fuzzy matching) finds where each of
// the question's words is said; the decision is made from what the question asks about and what a passage
// actually says: a passage answers only if it says what the question names, together.
//   - every word of the question found in one passage: that passage answers it;
//   - words the sheet never uses ("cannabis", "cost"): the sheet does not cover it, and the nearest topic is
//     offered;
//   - words the sheet uses, but never together ("side effects" and "chemo"): it does not cover it exactly,
//     and the closest passage is offered as such, never as the answer.
import { clauseAsks, clauseStarts } from '../../content/language/clauses';
import {
  adviceBesideSymptom,
  type CompiledKind,
  classifyInClauses,
  classifyQuestion,
  questionTokens,
  sheetKindBesideSymptom,
} from '../../content/language/kinds';
import { FUNCTION_WORDS, isNumberStem, normalizeText, stem, type Token } from '../../content/language/normalize';
import type { Unit } from './corpus';
import type { SearchIndexFile } from './index-build';
import { type ReadQuestion, readQuestion } from './read';
import indexJson from './search-index.json';
import { contentStems, SEARCH_OPTIONS } from './search-options';
import { SheetSearch } from './sheet-search';

/** What the question asks for, when it is one of the kinds the sheet answers only in some sentences, if at all. */
export interface Asked {
  /** The kind's id (content/question-kinds.json). */
  id: string;
  /** Said gently, with the support line. */
  gentle?: boolean;
  /** What it was asked of, when another passage gives the answer ("what can be done for a fracture": surgery). */
  of?: Unit;
  /** The second of two things asked of together ("the difference between chemo and targeted therapy"). */
  and?: Unit;
}

export type Answer =
  /** An emergency: triple zero first. */
  | { kind: 'urgent' }
  /** Despair or crisis: no passage, crisis support; and the escalation line when a symptom now is said beside it. */
  | { kind: 'crisis'; symptom?: true }
  /** A symptom happening now: the escalation line first, then what the sheet says of it, when it does. */
  | { kind: 'escalate'; unit?: Unit; sentences?: string[]; then?: Answer; nearest?: Unit }
  /** Advice on the person's own treatment or medicines: declined, the nearest passage only offered. */
  | { kind: 'decline'; nearest?: Unit; sentences?: string[] }
  /** Nothing in the question names a subject ("can you tell me"). */
  | { kind: 'unclear' }
  /** The whole passage or glossary entry answers it. */
  | { kind: 'passage'; unit: Unit }
  /** These sentences of the passage answer it (and `rest` says there is more to hear). */
  | { kind: 'excerpt'; unit: Unit; sentences: string[]; asked?: Asked; also?: Answer }
  /** The sheet does not answer it exactly; these sentences are the closest it comes. */
  | { kind: 'partial'; unit: Unit; sentences: string[] }
  /** The sheet does not cover it; `nearest` is the closest passage, when anything in the question is in the sheet. */
  | { kind: 'not-covered'; nearest?: Unit; asked?: Asked };

/**
 * A word of the question this specific (said in few passages) must be in the passage that answers it: a
 * passage that lacks it is only the closest the sheet comes. Weights are ln(1 + units / units saying it).
 */
const SPECIFIC = 2;
/** What the known words of a question with an unknown one must weigh in one passage to quote it as the closest. */
const QUOTE_CLOSEST = 2;
/** A nearest topic is offered only when what the question shares with it weighs this much: "cancer" alone does not. */
const NEAREST = 1.5;
/** Glossary entries repeat what passages say; a passage saying as much is the better answer (it leads on). */
const GLOSSARY_HANDICAP = 0.25;
/** A passage this short is quoted whole: it is already "the sentence or two". */
const SHORT_UNIT = 2;
/** ...and one of this many words or fewer: a third sentence of it costs the listener less than a missing fact. */
const SHORT_WORDS = 32;
/** One rare word in passing ("for her hip") must not outweigh the rest of the question. */
const WEIGHT_CAP = 2.5;
/** At most this many sentences are quoted as an answer. */
const MAX_SENTENCES = 2;
/** A sentence that starts with one of these, or points back with "these" or "those", leans on the one before it. */
const LEANS_BACK = /^(?:This|That|These|Those|They|It|Its|Such|Several|Both|Either|Neither|Others)\b|\b(?:these|those)\b/;
/** A sentence this short introduces the next one ("There are two ways."). */
const INTRODUCES = 5;
/** A pair of words that names at most this many units is a name said whole ("bone scan"); more is a subject. */
const NAME_PAIR_UNITS = 3;
/** Names this close in weight are told apart by which the question says last (the head of the phrase). */
const HEAD_MARGIN = 0.5;
/** A word the sheet says in at most this many units, and names none by, tells apart things named alike. */
const TELLS_APART = 2;
/** How much less specifically than the first a thing may be named and still be what a kind is asked of. */
const GIVING_MARGIN = 1;
/** What the question says of a unit's names weighs at least this for the question to name the unit. */
const NAMES = 1.5;
/** How far the best passage must be ahead of one from another part of the sheet to be read as the answer... */
const MARGIN = 1;
/**
 * ...and what the question's words must weigh in it (names counted twice): two or three common words ("spread",
 * "bones") are a guess. On the development sets, passages read below this were wrong 8 times in 22.
 */
const CONFIDENT = 5;
/** What a question asks beyond a passage's own title weighs at least this, or the passage is the answer whole. */
const NARROWER = 1.5;

interface Where {
  /** Units (passages and glossary entries) that say the word anywhere, their names included. */
  units: Set<string>;
  /** Units whose title or names say it. */
  named: Set<string>;
  /** Units whose title says it. */
  titled: Set<string>;
  /** "unit#n" for each sentence whose text says it. */
  sentences: Set<string>;
}

interface Group {
  /** A word, or the words either side of an "or". */
  terms: string[];
  weight: number;
}

// Written by npm run generate (index-build.ts); its shape is the build's, not worth the compiler inferring.
const indexFile = indexJson as unknown as SearchIndexFile;

let search: SheetSearch | undefined;
let units: readonly Unit[] = [];
const byKey = new Map<string, Unit>();

function index(): SheetSearch {
  if (!search) {
    search = new SheetSearch(indexFile.index, SEARCH_OPTIONS);
  }
  return search;
}

function pairKey(a: string, b: string): string {
  return `${a} ${b}`;
}

/**
 * Whether phrases (stems joined by spaces, phrases by commas: index-build.ts) say two stems side by side: "a b"
 * between the phrases' separators. A stem is never empty and has no space or comma in it (normalize.ts's tokens).
 */
function saysPair(phrases: string, a: string, b: string): boolean {
  const pair = pairKey(a, b);
  for (let at = phrases.indexOf(pair); at !== -1; at = phrases.indexOf(pair, at + 1)) {
    const before = at === 0 ? ',' : phrases[at - 1];
    const after = phrases[at + pair.length] ?? ',';
    if ((before === ' ' || before === ',') && (after === ' ' || after === ',')) return true;
  }
  return false;
}

/** Which units say two stems side by side (in their sentences or names), and how many units' names do. */
interface PairUse {
  units: ReadonlySet<string>;
  naming: number;
}

/**
 * Pairs of neighbouring stems looked up as questions say them, kept for the container's life (bounded, oldest
 * first out, as saidCache). Every unit's pairs were made into Sets at the first question (~400 KB of garbage and
 * ~2 ms cold: docs/performance.md, "Issue 16, fifth pass"); a question says a few pairs, each found in the index's
 * stems (12 KB of text) with indexOf.
 */
const pairCache = new Map<string, PairUse>();
const PAIR_CACHE_SIZE = 2000;

function pairUse(a: string, b: string): PairUse {
  const key = pairKey(a, b);
  const cached = pairCache.get(key);
  if (cached) return cached;
  const saying = new Set<string>();
  let naming = 0;
  for (let i = 0; i < units.length; i += 1) {
    const unit = (units[i] as Unit).key;
    const [sentences = '', names = ''] = indexFile.stems[unit] ?? [];
    const inNames = saysPair(names, a, b);
    if (inNames) naming += 1;
    if (inNames || saysPair(sentences, a, b)) saying.add(unit);
  }
  const use = { units: saying, naming };
  // A key is one pair only when neither stem has a space (as none has).
  if (a.includes(' ') || b.includes(' ')) return use;
  if (pairCache.size >= PAIR_CACHE_SIZE) pairCache.delete(pairCache.keys().next().value as string);
  pairCache.set(key, use);
  return use;
}

/** Whether a unit says two stems side by side, in either order (its sentences or its names). */
function saysTogether(unit: string, a: string, b: string): boolean {
  return pairUse(a, b).units.has(unit) || pairUse(b, a).units.has(unit);
}

/**
 * Whether two neighbouring stems, in this order, are a name of one or two things ("bone scan"), not one that half
 * the content is called by ("bone cancer"): a pair that is a name names one thing, which a passage must say whole.
 */
function isNamePair(a: string, b: string): boolean {
  const { naming } = pairUse(a, b);
  return naming > 0 && naming <= NAME_PAIR_UNITS;
}

// Endings that keep a word's meaning: "numb" is said as "numbness", "inject" as "injection"; "work" is not
// "workers". A word is looked up by its root, and a longer word in the sheet counts only with one of these.
const KEEPS_MEANING = /^(?:s|es|d|ed|n|ing|ion|ions|ation|ations|ness|ly|ity|al|ally|en|y|e|ic|ive)?$/;
const DERIVED = /(?:ations?|ions?|ness|ment|ity|ly)$/;

/** A word's root for lookup: derivational endings removed where enough is left to mean something. */
function rootOf(term: string): string {
  const root = term.replace(DERIVED, '');
  return root.length >= 4 ? root : term;
}

/**
 * Where each word is said, kept for the container's life: a warm container is asked the same words again and
 * again, and a search per word per question was most of a question's garbage (the warm process's peak memory,
 * docs/performance.md). Bounded, oldest first out, since a word may be anything a person says.
 */
const saidCache = new Map<string, Where>();
const SAID_CACHE_SIZE = 2000;

/** Stem → the units whose reviewed questions (content/answers.json) use it; made once, with the first question. */
let askedBy: Map<string, Set<string>> | undefined;

function unitsAsking(stem: string): ReadonlySet<string> | undefined {
  if (!askedBy) {
    askedBy = new Map();
    for (const [unit, questions] of reviewedQuestions()) {
      for (const question of questions) {
        for (const word of question) {
          const set = askedBy.get(word) ?? new Set<string>();
          set.add(unit);
          askedBy.set(word, set);
        }
      }
    }
  }
  return askedBy.get(stem);
}

/** Each unit's reviewed questions as words, split once (not on every question: docs/performance.md). */
let askedWords: Array<[string, string[][]]> | undefined;

function reviewedQuestions(): Array<[string, string[][]]> {
  askedWords ??= Object.entries(indexFile.asked).map(([unit, questions]) => [
    unit,
    questions.split(',').map((question) => question.split(' ')),
  ]);
  return askedWords;
}

/** How telling a word is among the reviewed questions: a word few units' questions use says most. */
function askedWeight(stem: string): number {
  return Math.log(1 + units.length / (1 + (unitsAsking(stem)?.size ?? 0)));
}

/**
 * Every reviewed question as words, with each word's weight and their sum, worked out once and kept flat: question q's
 * words are words[from[q]] up to words[from[q + 1]]. closestAsked reads them all for every general question, and
 * read as objects and arrays per question (a for…of over each, destructured) that was a third of a warm question's
 * garbage (docs/performance.md, "Issue 16, fifth pass").
 */
interface WeighedQuestions {
  unit: string[];
  from: Int32Array;
  words: string[];
  weights: Float64Array;
  own: Float64Array;
}

let weighed: WeighedQuestions | undefined;

/** The reviewed questions weighed once (weighing them again for every question was most of its warm time). */
function weighedQuestions(): WeighedQuestions {
  if (weighed) return weighed;
  const reviewed = reviewedQuestions();
  const unit: string[] = [];
  const from: number[] = [];
  const words: string[] = [];
  const weights: number[] = [];
  const own: number[] = [];
  for (const [key, questions] of reviewed) {
    for (const question of questions) {
      unit.push(key);
      from.push(words.length);
      let sum = 0;
      for (const word of question) {
        const weight = askedWeight(word);
        words.push(word);
        weights.push(weight);
        sum += weight;
      }
      own.push(sum);
    }
  }
  from.push(words.length);
  weighed = { unit, from: Int32Array.from(from), words, weights: Float64Array.from(weights), own: Float64Array.from(own) };
  return weighed;
}

interface AskedMatch {
  unit: string;
  /** How closely one of the unit's reviewed questions says the question: 0–1 (weighted F1 of their words). */
  score: number;
}

/** The unit whose reviewed questions say this question most closely (FAQ retrieval: question against question). */
function closestAsked(terms: readonly string[], names: ReadonlyArray<[string, string]> = []): AskedMatch | undefined {
  const said = new Set(terms);
  const total = terms.reduce((sum, term) => sum + askedWeight(term), 0);
  if (total === 0) return undefined;
  const { unit, from, words, weights, own } = weighedQuestions();
  let bestUnit: string | undefined;
  let bestScore = 0;
  for (let q = 0; q < unit.length; q += 1) {
    const start = from[q] as number;
    const end = from[q + 1] as number;
    let shared = 0;
    for (let n = start; n < end; n += 1) if (said.has(words[n] as string)) shared += weights[n] as number;
    if (shared === 0) continue;
    const recall = shared / total;
    const precision = shared / (own[q] as number);
    // Everything the question says must be in the reviewed question: "do bone scans hurt" is not "what is a
    // bone scan", however much of it that says.
    if (recall < ASKED_RECALL || precision < ASKED_PRECISION) continue;
    // A name the question says whole ("bone scan") is said whole by a question that asks the same: "what
    // scans check the bones" is not "what is the bone scan looking for".
    let splits = false;
    for (let p = 0; p < names.length && !splits; p += 1) splits = splitsName(words, start, end, names[p] as [string, string]);
    if (splits) continue;
    const score = (2 * recall * precision) / (recall + precision);
    if (bestUnit === undefined || score > bestScore) {
      bestUnit = unit[q] as string;
      bestScore = score;
    }
  }
  return bestUnit === undefined ? undefined : { unit: bestUnit, score: bestScore };
}

/** Whether words[start] up to words[end] say both words of a name, but never side by side. */
function splitsName(words: readonly string[], start: number, end: number, [a, b]: readonly [string, string]): boolean {
  let saysA = false;
  let saysB = false;
  for (let n = start; n < end; n += 1) {
    if (words[n] === a) saysA = true;
    if (words[n] === b) saysB = true;
  }
  if (!saysA || !saysB) return false;
  for (let n = start; n < end; n += 1) {
    if (words[n] === a && ((n + 1 < end && words[n + 1] === b) || (n - 1 >= start && words[n - 1] === b))) return false;
  }
  return true;
}

function whereSaid(term: string): Where {
  const cached = saidCache.get(term);
  if (cached) return cached;
  const where = searchWhereSaid(term);

  if (saidCache.size >= SAID_CACHE_SIZE) saidCache.delete(saidCache.keys().next().value as string);
  saidCache.set(term, where);
  return where;
}

/** Letters that open a word with the same sound, as a recogniser may write either ("kemotherapy", "emunotherapy"). */
const FIRST_SOUNDS = ['ckq', 'csz', 'aeiou'];

/** A misheard long word keeps its first sound ("hypercalcimia"): "dangerous" is not "cancerous". */
function sameFirstSound(a: string, b: string): boolean {
  return a[0] === b[0] || FIRST_SOUNDS.some((sound) => sound.includes(a[0] as string) && sound.includes(b[0] as string));
}

function searchWhereSaid(term: string): Where {
  const where: Where = { units: new Set(), named: new Set(), titled: new Set(), sentences: new Set() };
  const root = rootOf(term);
  for (const result of index().search(root, SEARCH_OPTIONS)) {
    // The library matched by prefix or by a misheard spelling: keep only sheet words that mean the same.
    const fields = Object.entries(result.match)
      .filter(
        ([said]) =>
          said === root ||
          said === term ||
          (said.startsWith(root) ? KEEPS_MEANING.test(said.slice(root.length)) : root.length >= 7 && sameFirstSound(said, root)),
      )
      .flatMap(([, in_]) => in_);
    if (fields.length === 0) continue;
    const id = String(result.id);
    const hash = id.indexOf('#');
    const unit = hash === -1 ? id : id.slice(0, hash);
    where.units.add(unit);
    if (fields.includes('title') || fields.includes('names')) where.named.add(unit);
    if (fields.includes('title')) where.titled.add(unit);
    if (hash !== -1 && fields.includes('text')) where.sentences.add(id);
  }
  return where;
}

/** A rare word says more about what is asked than one the sheet uses everywhere ("cancer"). */
function weightOf(where: Where): number {
  return Math.log(1 + units.length / Math.max(1, where.units.size));
}

function groupsOf(terms: readonly string[], alternatives: readonly string[][], found: Map<string, Where>): Group[] {
  const groups: Group[] = [];
  const grouped = new Set<string>();
  for (const chain of alternatives) {
    const free = chain.filter((term) => !grouped.has(term));
    if (free.length === 0) continue;
    for (const term of free) grouped.add(term);
    groups.push({ terms: free, weight: 0 });
  }
  for (const term of terms) if (!grouped.has(term)) groups.push({ terms: [term], weight: 0 });
  // Alternatives weigh what the most common of them weighs: any of them will do.
  for (const group of groups) group.weight = Math.min(...group.terms.map((term) => weightOf(found.get(term) as Where)));
  return groups;
}

function says(group: Group, unit: string, found: Map<string, Where>): boolean {
  return group.terms.some((term) => found.get(term)?.units.has(unit));
}

interface Fit {
  unit: string;
  covered: number;
  /** The weightiest group (or pair) of the question the unit does not say. */
  gap: number;
  /** The library's own ranking of the unit for the whole question, set to break a tie. */
  rank: number;
}

/** How well each unit says what the question asks: the weight it says, and the weightiest part it does not. */
function fitOf(unit: string, groups: readonly Group[], pairs: ReadonlyArray<[string, string]>, found: Map<string, Where>): Fit {
  let covered = 0;
  let gap = 0;
  for (const group of groups) {
    if (says(group, unit, found)) covered += Math.min(group.weight, WEIGHT_CAP);
    else gap = Math.max(gap, group.weight);
  }
  for (const [a, b] of pairs) {
    if (saysTogether(unit, a, b)) continue;
    // The words are said, but not as the name asked about ("bone" and "scan" in a passage on CT scans): neither
    // counts for this passage.
    const weights = [weightOf(found.get(a) as Where), weightOf(found.get(b) as Where)];
    covered -= weights.reduce((sum, weight) => sum + Math.min(weight, WEIGHT_CAP), 0);
    gap = Math.max(gap, Math.min(...weights));
  }
  return { unit, covered: unit.startsWith('g:') ? covered - GLOSSARY_HANDICAP : covered, gap, rank: 0 };
}

function better(a: Fit, b: Fit): boolean {
  if (Math.abs(a.covered - b.covered) > 1e-9) return a.covered > b.covered;
  if (Math.abs(a.rank - b.rank) > 1e-9) return a.rank > b.rank;
  // Passages before glossary entries: a passage can be followed into the topic.
  return a.unit.startsWith('p:') && !b.unit.startsWith('p:');
}

/**
 * The sentences that say what the question asks beyond the passage's own name ("how long" of "how long does a
 * vertebroplasty take"): the one that says most, then one that says what it left, each with the sentence
 * before it when it leans on it ("It usually takes about an hour").
 */
function chooseSentences(unit: Unit, groups: readonly Group[], found: Map<string, Where>, byNames = false): number[] {
  const untitled = groups.filter((group) => !group.terms.some((t) => found.get(t)?.titled.has(unit.key)));
  // By names: the passage's names other than its title ("osteoblastic" in the two types), which say where in it.
  const asked = byNames ? untitled.filter((group) => group.terms.some((t) => found.get(t)?.named.has(unit.key))) : untitled;
  const beyondNames = asked.filter((group) => !group.terms.some((t) => found.get(t)?.named.has(unit.key)));
  if (!byNames && beyondNames.reduce((sum, group) => sum + group.weight, 0) < NARROWER) return [];
  const inSentence = (group: Group, n: number): boolean => group.terms.some((t) => found.get(t)?.sentences.has(`${unit.key}#${n}`));
  const chosen = new Set<number>();
  const left = new Set(asked);
  for (let pick = 0; pick < MAX_SENTENCES && left.size > 0; pick += 1) {
    let best: number | undefined;
    let bestGain = 0;
    unit.sentences.forEach((_, n) => {
      if (chosen.has(n)) return;
      const gain = [...left].reduce((sum, group) => sum + (inSentence(group, n) ? group.weight : 0), 0);
      if (gain > bestGain) {
        best = n;
        bestGain = gain;
      }
    });
    if (best === undefined) break;
    chosen.add(best);
    // Sentences that say what it says, side by side ("In a core needle biopsy … local anaesthetic. In a
    // surgical biopsy … general anaesthetic."), are the answer together.
    const said = [...left].filter((group) => inSentence(group, best as number));
    unit.sentences.forEach((_, n) => {
      if (!chosen.has(n) && said.length > 0 && said.every((group) => inSentence(group, n))) chosen.add(n);
    });
    for (const group of said) left.delete(group);
  }
  // A sentence that leans on the one before brings it; one that the next leans on brings that too
  // ("… fear, anxiety … These reactions are normal"), and so on down a chain ("… bone cement. This is called a
  // vertebroplasty. It helps to strengthen …"), so that the quote never stops at a name without what it does.
  const order = [...chosen];
  for (let i = 0; i < order.length; i += 1) {
    const n = order[i] as number;
    const sentence = unit.sentences[n] ?? '';
    // Back down a chain too: "It can be given as tablets" after "It may be used for …" needs the name before both.
    if (n > 0 && LEANS_BACK.test(sentence) && !chosen.has(n - 1)) {
      chosen.add(n - 1);
      order.push(n - 1);
    }
    const next = unit.sentences[n + 1];
    const introduced = introducedAfter(unit, n);
    if (introduced.length > 0) {
      for (const k of introduced) {
        if (!chosen.has(k)) order.push(k);
        chosen.add(k);
      }
    } else if (next !== undefined && !chosen.has(n + 1) && chosen.size < MAX_SENTENCES + 1 && LEANS_BACK.test(next)) {
      chosen.add(n + 1);
      order.push(n + 1);
    }
  }
  return [...chosen].sort((a, b) => a - b);
}

/** How many sentences a short one introduces: "There are two ways." the two that follow; another short one, the next. */
function introducedBy(sentence: string): number {
  const words = sentence.toLowerCase().replace(/[.:]$/, '').split(' ');
  if (words.length > INTRODUCES) return 0;
  const counted = words.map((word) => COUNTED.indexOf(word)).find((n) => n > 0);
  return counted ?? 1;
}

/** Numbers an introducing sentence may count what follows in, by their place. */
const COUNTED = ['', 'one', 'two', 'three'];

/** The numbers of the sentences that sentence n of a unit introduces, if it is short enough to introduce any. */
function introducedAfter(unit: Unit, n: number): number[] {
  const count = introducedBy(unit.sentences[n] ?? '');
  const numbers: number[] = [];
  for (let k = n + 1; k <= n + count && k < unit.sentences.length; k += 1) numbers.push(k);
  return numbers;
}

/** A passage's first sentences with what they introduce: never "There are two ways." alone (cf. `opening`). */
function openingWithIntroduced(unit: Unit): string[] {
  const chosen = new Set<number>();
  for (let n = 0; n < MAX_SENTENCES && n < unit.sentences.length; n += 1) {
    chosen.add(n);
    for (const k of introducedAfter(unit, n)) chosen.add(k);
  }
  return [...chosen].sort((a, b) => a - b).map((n) => unit.sentences[n] as string);
}

/** Whether a unit is long enough to quote some of its sentences rather than read it whole. */
function quotable(unit: Unit): boolean {
  return !unit.term && unit.sentences.length > SHORT_UNIT && wordsIn(unit) > SHORT_WORDS;
}

/** The sentences chosen, when they are some of the unit and not all of it. */
function someOf(unit: Unit, chosen: readonly number[]): string[] | undefined {
  return chosen.length === 0 || chosen.length >= unit.sentences.length ? undefined : chosen.map((n) => unit.sentences[n] as string);
}

function quote(unit: Unit, groups: readonly Group[], found: Map<string, Where>): string[] | undefined {
  return quotable(unit) ? someOf(unit, chooseSentences(unit, groups, found)) : undefined;
}

/**
 * What is said as the closest the sheet comes: the sentences that say what was asked; a short passage whole; else
 * the sentences that say a name it has other than its title ("what does osteoblastic mean" of the two types: the
 * osteoblastic sentence, not the first two), and failing those, the passage's opening.
 */
function closestSentences(unit: Unit, groups: readonly Group[], found: Map<string, Where>): string[] {
  const short = unit.sentences.length <= MAX_SENTENCES + 1;
  const few = wordsIn(unit) <= SHORT_WORDS;
  // The sentences that say what was asked, chosen once: quoted when they are some of a longer passage; a short passage
  // whole, and so too one of three sentences whose answer leans back through all of them ("It can be given as
  // tablets" after "It may be used for …" after the name).
  const canQuote = quotable(unit);
  const chosen = canQuote || (short && !few) ? chooseSentences(unit, groups, found) : [];
  const quoted = canQuote ? someOf(unit, chosen) : undefined;
  if (quoted) return quoted;
  if (short && (few || chosen.length === unit.sentences.length)) return [...unit.sentences];
  const byNames = chooseSentences(unit, groups, found, true);
  return byNames.length > 0 ? byNames.map((n) => unit.sentences[n] as string) : openingWithIntroduced(unit);
}

function wordsIn(unit: Unit): number {
  return unit.sentences.reduce((sum, sentence) => sum + sentence.split(' ').length, 0);
}

/** What the question's words that are a unit's own names weigh: a passage named is more surely meant than one that mentions. */
function namedWeight(unit: string, groups: readonly Group[], found: Map<string, Where>): number {
  let weight = 0;
  for (const group of groups) if (group.terms.some((t) => found.get(t)?.named.has(unit))) weight += Math.min(group.weight, WEIGHT_CAP);
  return weight;
}

/** Whether a unit says what another does: itself, or a glossary entry and a passage of the same part of the sheet. */
function sameAnswer(key: string, unit: Unit): boolean {
  if (key === unit.key) return true;
  const other = byKey.get(key);
  return other !== undefined && (other.term !== undefined) !== (unit.term !== undefined) && other.section === unit.section;
}

/** The guide's opening topic: what a question that names nothing but secondary bone cancer is asking about. */
function overview(): Unit {
  return units[0] as Unit;
}

/**
 * The answerer over the skill's units (lambda/question/corpus.ts). They are passed in, not imported: this
 * module is bundled apart and loaded with the first question (find.ts), and carries no content of its own.
 */
export function createAnswerer(all: readonly Unit[]): (question: string) => Answer {
  units = all;
  byKey.clear();
  for (const unit of all) byKey.set(unit.key, unit);
  search = undefined;
  pairCache.clear();
  askedBy = undefined;
  askedWords = undefined;
  weighed = undefined;
  saidCache.clear();
  return answerQuestion;
}

let framing: ReadonlySet<string> | undefined;

/** Whether some of these words say more than framing ("recipe", not "kindly" or "tell"): content/lay-words.json. */
export function saysMoreThanFraming(words: readonly string[]): boolean {
  framing ??= new Set(indexFile.reading.framing);
  return words.some((word) => !framing?.has(stem(word)));
}

/** What a question asks for (content/question-kinds.json), as the answerer reads it; undefined for a plain question. */
export function kindAsked(text: string): CompiledKind | undefined {
  return classifyQuestion(text, indexFile.kinds);
}

/** The sentences of a unit that give this kind of answer (content/answers.json), in order. */
function givenBy(unit: Unit, kind: string): string[] {
  return (indexFile.gives[unit.key]?.[kind] ?? []).map((n) => unit.sentences[n]).filter((s): s is string => s !== undefined);
}

function askedOf(kind: CompiledKind): Asked {
  return { id: kind.id, ...(kind.gentle ? { gentle: true } : {}) };
}

/** The unit an answer is about, if any. */
function unitOf(found: Answer): Unit | undefined {
  if ('unit' in found) return found.unit;
  return 'nearest' in found ? found.nearest : undefined;
}

/**
 * Whether the question said apart from a kind's remark is the one to answer, when the sheet answers it. After a gentle
 * kind, only a word the sheet explains, after a remark that tells rather than asks ("is she dying | what does
 * metastatic mean" keeps the gentle reply).
 */
function asksApart(text: string, apart: string, asked: CompiledKind | undefined): boolean {
  const meaning = ASKS_MEANING.test(normalizeText(apart));
  if (!asked?.gentle) return meaning || namesAUnit(apart);
  const split = beforeLastClause(text);
  // A remark tells with a verb: "she dying" is "is she dying" whose "is" the question's carrier phrase took.
  return meaning && namesAUnit(apart) && split?.beforeAsks === false && TELLS.test(split.before);
}

/** A verb a remark tells with ("her dad is terminal", "the doctor said it's terminal"). */
const TELLS = /\b(?:is|are|was|were|has|have|had|said|says|told|keeps|got)\b/;

/**
 * What the question asks for decides how it may be answered before any passage is chosen: crisis support, an
 * emergency, an escalation or a decline are never a passage read as the answer; a kind that only some
 * sentences give (how long, how many, time left, cure) is answered by those sentences or not at all.
 */
function answerQuestion(text: string, inTwo = true): Answer {
  const classified = classifyInClauses(text, indexFile.kinds);
  const asked = classified.kind;
  // Only where the whole asks nothing the sheet's passages must not answer: a crisis or a symptom said in the remark
  // ("prognosis, i don't want to be here anymore, what does it mean") keeps its reply.
  const ofReported = asked ? undefined : askedOfReported(text);
  if (ofReported) return ofReported;
  const ofWord = !asked || (asked.reply === 'sheet' && !asked.gentle) ? askedOfWordBeforeRemark(text) : undefined;
  if (ofWord) return ofWord;
  // A remark beside a question that names a passage of its own ("my husband's lung cancer is in his bones now, what
  // treatments are there"): that question is answered, when the sheet answers it, whatever the remark named. Not after
  // a gentle kind's remark ("i'm exhausted and overwhelmed, where can i get support"), which is answered itself.
  // So too a question of what a word means ("my oncologist wrote bone mets in the letter to my gp | what does mets mean"),
  // even after a gentle kind's remark when the word is one the sheet explains ("her dad is terminal | what does
  // secondary bone cancer mean"): the remark tells, the question asks.
  if (classified.apart && asksApart(text, classified.apart, asked)) {
    const apart = answerQuestion(classified.apart, false);
    if (answers(apart)) return apart;
  }
  // A gentle kind asked after what a word means ("what does prognosis mean and what do they base it on") is the
  // second of two questions: the word's meaning is not the kind's to give.
  const twoAsked = !asked || (asked.reply === 'sheet' && (!asked.gentle || MEANING_THEN_ASKS.test(normalizeText(text))));
  const both = inTwo && twoAsked ? answerBoth(text) : undefined;
  if (both) return both;
  if (!asked) {
    const found = askedDespiteDone(text) ?? withReasonAsked(text, findInSheet(text), true);
    const past = pastFirstCancer(text, found);
    if (past) return past;
    if (answers(found)) return found;
    const split = beforeLastClause(text);
    return askedBeforeRemark(split) ?? askedAfterStory(split) ?? found;
  }
  if (asked.yieldsToQuestion) {
    const later = laterQuestion(text, asked) ?? askedBeforeRemark(beforeLastClause(text), asked);
    if (later) return later;
  }
  switch (asked.reply) {
    case 'crisis':
      // Despair said beside a symptom now ("i can't deal with this anymore, mum has fallen and can't get up"): the
      // crisis support keeps the escalation line, which the symptom alone would have had.
      return classifyQuestion(text, indexFile.kinds, 0, (kind) => kind.reply === 'escalate')
        ? { kind: 'crisis', symptom: true }
        : { kind: 'crisis' };
    case 'emergency':
      return { kind: 'urgent' };
    case 'escalate': {
      // A symptom said on the way to a hard question ("he sleeps all day now, how long do people last"): the
      // escalation line first, then the sheet's answer to what was asked, rather than the symptom's passage.
      const also = sheetKindBesideSymptom(text, indexFile.kinds, asked);
      const then = also ? answerOfKind(text, also) : undefined;
      // A kind that reads the symptom's passage too (withSymptomPassage: "he's talking nonsense and vomiting, is he
      // dying"), or one the sheet never says of anything ("her arm broke, will it heal like normal"): the passage,
      // then the sheet's words on what was asked, or that it does not say it.
      const readsSymptom =
        (also?.withSymptomPassage && then?.kind === 'excerpt') ||
        (then?.kind === 'not-covered' && also !== undefined && givenAnywhere(also.id).length === 0);
      const symptom = readsSymptom ? escalation(asked) : undefined;
      if (symptom?.kind === 'escalate') return { ...symptom, then };
      if (then?.kind === 'excerpt' || then?.kind === 'partial') return { kind: 'escalate', then };
      // Advice on a treatment or medicine asked beside it ("he keeps vomiting, should i stop his chemo"): the escalation
      // line, then the decline, with the symptom's passage offered rather than read. Not care sought ("should i take him
      // to hospital", "what should i do"), which the escalation line and the passage answer.
      return escalation(asked, adviceBesideSymptom(text, indexFile.kinds) !== undefined);
    }
    case 'decline': {
      // Time left, dying or a cure asked with the advice ("how long has he got, should i tell the kids"): what the sheet
      // says of that is what it does say, after the decline.
      // Not a kind that only colours a question (feelings: "should i refuse the surgery, i'm scared of it").
      const gentle = classifyQuestion(text, indexFile.kinds, 0, (kind) => kind.gentle === true && !kind.yieldsToQuestion);
      const beside = gentle ? answerOfKind(text, gentle) : undefined;
      const sentences = beside && 'sentences' in beside && beside.sentences?.length ? beside.sentences : givenAnywhere(asked.id);
      return { kind: 'decline', ...nearestOf(findInSheet(text)), sentences };
    }
    case 'sheet': {
      // "Why do they give breaks between the chemo": the sentences that say how many, but not why, do not answer it.
      const found = withReasonAsked(text, answerOfKind(text, asked));
      return found.kind === 'not-covered' ? (kindBeforeRemark(text, asked) ?? found) : found;
    }
  }
}

/**
 * A kind asked before a remark that names other things ("how long will the mri take, i need to get back to work
 * straight after"): when the whole names nothing that gives it, the question before the remark, asking the same kind,
 * may name what does.
 */
function kindBeforeRemark(text: string, asked: CompiledKind): Answer | undefined {
  const split = beforeLastClause(text);
  // Not a remark that names what was asked of ("how long does the scan take, she's got a bone scan on monday").
  if (!split?.beforeAsks || split.lastAsks || namesAUnit(split.last)) return undefined;
  if (classifyQuestion(split.before, indexFile.kinds)?.id !== asked.id) return undefined;
  const found = answerOfKind(split.before, asked);
  return found.kind === 'excerpt' ? found : undefined;
}

/** The first cancer said as where the cancer in the bone came from ("when lung cancer has gone to the bone"). */
const FIRST_CANCER_IN_BONE =
  /\b(?:prostate|breast|lung|lungs|thyroid|kidney|bowel)(?: cancer)?(?: that| which)?(?: has|'s| is)?(?: gone| spread| moved| got)? (?:to|in|into) (?:the |his |her |my |their )?bones?\b/;
/** The passage that lists the first cancers. */
const FIRST_CANCERS = 'p:primaries:-1';
/** Units that "secondary bone cancer", said in the first cancer's place, names. */
const SAID_IN_ITS_PLACE = /^(?:p:primaries|p:overview|g:secondary|g:primary)/;

/**
 * A question asked of secondary bone cancer said through its first cancer ("what kind of pain do you get when lung
 * cancer has gone to the bone"): the first cancer names the passage that lists them, which does not answer it. Read as
 * secondary bone cancer, the question's other words may name the passage that does.
 */
function pastFirstCancer(text: string, found: Answer): Answer | undefined {
  if (unitOf(found)?.key !== FIRST_CANCERS) return undefined;
  const said = normalizeText(text);
  if (!FIRST_CANCER_IN_BONE.test(said)) return undefined;
  // What secondary bone cancer is, or the first cancers, are what the words said in its place name: not an answer.
  const again = findInSheet(said.replace(FIRST_CANCER_IN_BONE, 'secondary bone cancer'));
  return answers(again) && !SAID_IN_ITS_PLACE.test(again.unit.key) ? again : undefined;
}

/** Words that open a question, and the verbs that may follow them ("how long", "what is", "does"). */
const ASKING = 'how|what|when|where|why|who|which';
const ASKING_VERB = 'is|are|am|was|does|do|did|will|would|can|could|should|has|have';
/** Words said before a question that say nothing of it. */
const FILLERS = '^(?:(?:so|and|but|um|er|ok|okay|well) )*';
/** Where a second question starts after "and": "what is a vertebroplasty and how long does it take". */
const AND_THEN_ASKS = new RegExp(` and (?:(?:also|then|um|uh|er|erm|so) )*(?=(?:${ASKING}|${ASKING_VERB})\\b)`);
/** A question's opening words, which the second of two questions asked of one thing does without. */
const OPENING = new RegExp(
  `${FILLERS}(?:(?:${ASKING})(?: (?:long|many|much|often))?(?: (?:${ASKING_VERB}))?|${ASKING_VERB}|tell me|explain)\\b ?`,
);
/** Words that tell of someone before a question ("he had a scan last week and what does osteolytic mean"). */
const STORY = new RegExp(`${FILLERS}(?:i|we|he|she|they|my|his|her|our|their|mum|mom|dad|the doctors?|the specialist|thanks|thank you)\\b`);
/** A question asked of what was just named: "hormone therapy, what does it do". */
const ASKS_OF_IT = / (?:what|how|why)(?:s| is| are| does| do)? (?:it|that|this|they)\b.*$/;
/** Words with which a second question leans on what the first asked about ("… and how long does it take"). */
const LEANS_ON_FIRST = /\b(?:it|its|they|them|their|that|this|those|these)\b/;
/** Replies that are never a passage read as the answer, most urgent first: one of them in either half is the reply. */
const BEFORE_ANY_PASSAGE: ReadonlyArray<Answer['kind']> = ['crisis', 'urgent', 'escalate', 'decline'];

type Read = Extract<Answer, { kind: 'excerpt' | 'passage' }>;

/** Whether an answer reads something of the sheet as the answer. */
function answers(found: Answer): found is Read {
  return found.kind === 'excerpt' || found.kind === 'passage';
}

/** An answer as the sentences of its unit that are said. */
function asExcerpt(found: Read): Extract<Answer, { kind: 'excerpt' }> {
  return found.kind === 'excerpt' ? found : { kind: 'excerpt', unit: found.unit, sentences: [...found.unit.sentences] };
}

/** The second of two answers, said short: a longer passage only opened. */
function asSecond(found: Read): Extract<Answer, { kind: 'excerpt' }> {
  const { unit } = found;
  return found.kind === 'passage' && unit.sentences.length > MAX_SENTENCES + 1
    ? { kind: 'excerpt', unit, sentences: opening(unit) }
    : asExcerpt(found);
}

/**
 * Two questions asked in one breath: each is answered from the sheet, or the one it answers is and the other is said
 * not to be covered, rather than one of them answered as if it were all that was asked. A crisis, an emergency, a
 * symptom now or advice in either half is the reply, as it would be alone. Undefined when it is one question, when
 * a half is only heard as time left (a bare "how long"), or when the sheet answers neither half: the question is then
 * answered whole. Each half is answered whole itself (split once: three questions are a first and the rest).
 */
function answerBoth(text: string): Answer | undefined {
  // Most questions say no "and": they are read no further (nor allocate for it: the warm run's peak depends on it).
  if (!/\band\b/i.test(text)) return undefined;
  const said = normalizeText(text);
  const and = AND_THEN_ASKS.exec(said);
  const firstSaid = and ? said.slice(0, and.index) : '';
  if (!and || STORY.test(firstSaid) || !firstSaid.includes(' ')) return undefined;
  const asSaid = said.slice(and.index + and[0].length);
  const secondSaid = doneAsFirst(asSaid, firstSaid);
  if (!secondSaid.includes(' ')) return undefined;
  // Asked of what the first question named ("… and how often"), the second is read with its words, or, if the sheet
  // does not answer it so and it names something of its own, alone ("where does it spread and which cancers cause it");
  // so too when it says the first's verb itself ("… and which cancers do it most").
  const named = secondSaid !== asSaid || namesAUnit(secondSaid);
  const subject = firstSaid.replace(OPENING, '').replace(ASKS_OF_IT, '');
  const leaning = LEANS_ON_FIRST.test(secondSaid)
    ? secondSaid.replace(LEANS_ON_FIRST, subject)
    : named
      ? undefined
      : `${secondSaid} ${subject}`;
  const withFirst = leaning === undefined ? undefined : answerQuestion(leaning, false);
  const first = answerQuestion(firstSaid, false);
  const second = (withFirst && answers(withFirst) ? undefined : aloneOf(secondSaid, named, first)) ?? withFirst;
  if (!second) return undefined;
  for (const kind of BEFORE_ANY_PASSAGE) {
    const urgent = [first, second].find((found) => found.kind === kind);
    if (urgent) return urgent;
  }
  if ([first, second].some((found) => found.kind === 'unclear' || (found.kind === 'excerpt' && found.asked?.id === 'time-left')))
    return undefined;
  const [main, other] = answers(first) ? [first, second] : [second, first];
  // Neither half answered, but both come closest in one passage ("what are these chemo cycles, and why the breaks"):
  // that is the closest the sheet comes to the question.
  if (first.kind === 'partial' && second.kind === 'partial' && first.unit.key === second.unit.key) return first;
  if (!answers(main)) return undefined;
  if (!answers(other)) {
    // The closest the sheet comes, in the passage already said, may be the answer after all.
    return other.kind === 'partial' && other.unit.key === main.unit.key ? main : { ...asExcerpt(main), also: other };
  }
  const more = asSecond(other);
  const told = asExcerpt(main);
  if (main.unit.key !== other.unit.key) {
    // What the second answer says again is said once ("It helps to strengthen and stabilise them").
    const kept = told.sentences.filter((sentence) => !more.sentences.some((again) => saysAll(again, sentence)));
    return { ...told, sentences: kept.length > 0 ? kept : told.sentences, also: more };
  }
  if (main.kind === 'passage' || other.kind === 'passage') return { kind: 'passage', unit: main.unit };
  const sentences = main.unit.sentences.filter((sentence) => told.sentences.includes(sentence) || more.sentences.includes(sentence));
  return { kind: 'excerpt', unit: main.unit, sentences, ...(main.asked?.id === more.asked?.id && main.asked ? { asked: main.asked } : {}) };
}

/** What the first of two questions asks that something does ("where does it spread"), with its subject. */
const FIRST_ACTION = /\b(?:does|do|did|will|can|could|would) (?:it|they|cancer|the cancer) (\w+)/;
/**
 * A second question that asks who or what does the same ("… and which cancers do it most", "why does it do that"):
 * "do it" said after its subject and at the end or before a word of how much, not an auxiliary ("does it hurt").
 */
const DOES_IT =
  /(?<=\w )(?<!\b(?:why|how|what|where|when|who|which|and|so|but) )(?:do|does|did) (?:it|that)(?=$| (?:most|more|less|least|often|usually|too|also|first|as well|the most|to|in|like that)\b)/;

/** The second of two questions with "do it" said as the first's verb: "which cancers do it most" of "where does it spread". */
function doneAsFirst(secondSaid: string, firstSaid: string): string {
  const action = DOES_IT.test(secondSaid) ? FIRST_ACTION.exec(firstSaid)?.[1] : undefined;
  return action ? secondSaid.replace(DOES_IT, action) : secondSaid;
}

/**
 * The second of two questions read without the first's words: when it names something of its own, or when what
 * the first asked of its subject ("does the biopsy hurt and will i be awake") kept the second from being answered
 * and the second, alone, is answered in the passage the first was about.
 */
function aloneOf(secondSaid: string, named: boolean, first: Answer): Answer | undefined {
  if (named) return answerQuestion(secondSaid, false);
  const subject = unitOf(first);
  if (!subject) return undefined;
  // Asked of the first's subject by its title ("will i be asleep", of a bone biopsy), else in its own words; not by a
  // title that asks something itself ("Where this information comes from").
  const byTitle = classifyQuestion(subject.title, indexFile.kinds) ? [] : [`${secondSaid} ${subject.title}`];
  for (const said of [...byTitle, secondSaid]) {
    const alone = answerQuestion(said, false);
    if (answers(alone) && alone.unit.key === subject.key) return alone;
  }
  return undefined;
}

/** Whether a sentence says every content word of another. */
function saysAll(sentence: string, other: string): boolean {
  const said = new Set(contentStems(sentence));
  return contentStems(other).every((word) => said.has(word));
}

/** Whether words name a passage or glossary entry ("the side effects", "a bone scan"). */
function namesAUnit(words: string): boolean {
  const line = stemLine(words);
  return unitNames().some(([, names]) => names.some((name) => name !== '' && line.includes(` ${name} `)));
}

/**
 * A question that asks why ("why does the pain get worse at night", "how come", "what makes it"), what someone would
 * need a thing for, or when it is used ("when would someone get the cement": the sheet's "if the cancer is causing
 * severe back pain" is its reason).
 */
const ASKS_WHY = new RegExp(
  `${FILLERS}(?:\\w+ ){0,3}?(?:why|how come|what makes|what causes|whats the reason|what's the reason|what is the reason|(?:would|does|do|will|might) (?:someone|anyone|people|you) need|who (?:would|might|does|do|should) (?:get|need|have)|when (?:(?:would|might|should|do|does) )?(?:someone|anyone|people|a person|you|they|doctors|the doctors?) (?:get|gets|have|has|need|needs|use|do|give|offer|recommend|suggest)|when (?:is|are|would|might) (?:\\w+ ){1,3}?(?:used|given|done|needed|offered|recommended|suggested))\\b`,
);

/**
 * Words with which a sentence gives a reason or a purpose ("because", "as", "when bone breaks down, it releases",
 * "to check for", "used to", "can cause"), not only the fact asked about.
 */
const GIVES_REASON =
  /\b(?:because|as|since|so|cause|causes|causing|caused|leads?|due|when|if|which|helps?|used|aims?|therefore|releases?|to (?:check|kill|slow|help|reduce|relieve|find|see|strengthen|stop|look|show|highlight|control|remove|improve|shrink|damage|lower|block|treat|manage|ease|confirm|make|keep)|for (?:examination|a closer look)|shows?|highlights?|checks? for|to be (?:looked|examined|checked|tested|seen))\b/i;

/** The question's words as the kinds read them (remembered from classifying it): not tokenised and stemmed again. */
function wordsAsRead(text: string): string {
  return questionTokens(text)
    .map((token) => token.word)
    .join(' ');
}

/**
 * "Why does the pain get worse at night": a passage that says so, but not why, does not answer it. The same words
 * are said as only the closest the sheet comes.
 */
function withReasonAsked(text: string, found: Answer, ofAThing = false): Answer {
  const words = wordsAsRead(text);
  if (!ASKS_WHY.test(words)) return found;
  if (!answers(found) && found.kind !== 'partial') return found;
  // Why a thing with a passage of its own is done, asked of nothing but it ("why would they do a vertebroplasty",
  // "why would someone need the cement"): that passage's reasons, not a summary that lists it among others, nor what
  // the word means.
  const summary = found.unit.key.endsWith(':-1');
  const named = ofAThing && (summary || found.unit.term) ? namedRanked(text).ranked.find(([key]) => key.startsWith('p:')) : undefined;
  // The passage itself, when the question says nothing but its names ("when would someone get the cement").
  const passage = named
    ? byKey.get(named[0])
    : ofAThing && found.kind === 'partial' && ASKS_WHY_DONE.test(words) && onlyNames(words.replace(ASKS_WHY_DONE, ''), found.unit)
      ? found.unit
      : undefined;
  const own = passage && (!summary || passage.key.startsWith(found.unit.key.slice(0, -2)));
  const reasons = own ? passage.sentences.filter((line) => GIVES_REASON.test(line)) : [];
  if (passage && reasons.length > 0) return { kind: 'excerpt', unit: passage, sentences: reasons };
  if (!answers(found)) return found;
  const sentences = found.kind === 'excerpt' ? found.sentences : found.unit.sentences;
  if (found.unit.term || givesReasonForIt(text, found.unit, sentences)) return found;
  return { kind: 'partial', unit: found.unit, sentences };
}

/** Why or when a thing is done to someone ("when would they suggest the cement"), not why something happens. */
const ASKS_WHY_DONE =
  /\b(?:why|when) (?:would|do|does|did|might|will|should|could) (?:\w+ ){1,2}?(?:do|need|get|have|use|give|offer|recommend|suggest|want|try)s?\b/;

/** Whether every word the sheet says of what is asked (less who does it: "the doctors") is one of a passage's names. */
function onlyNames(text: string, unit: Unit): boolean {
  if (unit.term || unit.key.endsWith(':-1')) return false;
  const { known, found } = analyse(text);
  return known.length > 0 && known.every((term) => found.get(term)?.named.has(unit.key));
}

/**
 * Whether a sentence read gives a reason and says as much of what the question asks (beyond the passage's names) as
 * any sentence read: a reason said of something else ("checkpoint inhibitor drugs are used for lung cancer") does not
 * explain the fact asked about ("why do some cancers make checkpoints", which the sheet only says they do).
 */
function givesReasonForIt(text: string, unit: Unit, sentences: readonly string[]): boolean {
  const reasons = sentences.filter((sentence) => GIVES_REASON.test(sentence));
  if (reasons.length === 0) return false;
  const { known, found } = analyse(text);
  // The passage's own names are what it is about, said in any of its sentences ("bone scan"), not the fact asked.
  const asked = known.filter((term) => !found.get(term)?.named.has(unit.key));
  const askedIn = (sentence: string): number => {
    const id = `${unit.key}#${unit.sentences.indexOf(sentence)}`;
    return asked.filter((term) => found.get(term)?.sentences.has(id)).length;
  };
  const most = Math.max(...sentences.map(askedIn));
  return reasons.some((sentence) => askedIn(sentence) >= most);
}

/**
 * A question of why something is done, or of its point or need, then what was done already: "why does she need a pet
 * scan when she's already had a ct", "what's the point of the biopsy if the bone scan showed it".
 */
const WHY_THOUGH_DONE =
  /\b((?:why|what(?: is)?(?: the)? (?:point|purpose|reason|use)|(?:do|does|did|will|would) (?:\w+ ){1,3}(?:need|have to))\b.*?) (?:if|when|since|(?:al)?though|as|because|but|after) (?:\w+ ){0,5}?(?:already|had|did|done|showed|shown|found)\b/;

/**
 * Why one test or treatment is done after another is what the sheet never says: what it says of the one asked about
 * is only the closest it comes, never read as the answer. The clause of what was done already is background, as a
 * remark is ("… when she already had a ct" must not choose the CT passage, nor the list of tests).
 */
function askedDespiteDone(text: string): Answer | undefined {
  const main = WHY_THOUGH_DONE.exec(wordsAsRead(text))?.[1];
  // Only of a thing named ("why did it come back if she already had chemo" names none).
  const found = main && namesAUnit(main) ? answerQuestion(main, false) : undefined;
  if (!found || !(answers(found) || found.kind === 'partial')) return undefined;
  return { kind: 'partial', unit: found.unit, sentences: found.kind === 'passage' ? forWhat(found.unit) : found.sentences };
}

/** What a thing does or is for, asked of the thing just reported ("… they mentioned immuno therapy, what does that do"). */
const ASKS_WHAT_IT_DOES =
  /\b(?:what (?:does|will) (?:that|it|this) (?:do|involve)|what is (?:that|it|this) for|how does (?:that|it|this) work)$/;

/**
 * A thing reported after a remark, then asked of ("his lung cancer is in his spine and they mentioned immuno therapy,
 * what does that do"): the remark named the first cancer and the spread, the question asks of the thing reported.
 */
function askedOfReported(text: string): Answer | undefined {
  const said = normalizeText(text);
  const asks = ASKS_WHAT_IT_DOES.exec(said);
  const reported = asks ? REPORTS.exec(said.slice(0, asks.index)) : null;
  const thing = asks && reported ? said.slice(reported[0].length, asks.index).trim() : '';
  if (!asks || !thing || !namesAUnit(thing)) return undefined;
  const found = answerQuestion(`${thing} ${asks[0]}`, false);
  if (!answers(found)) return undefined;
  // Only a thing said wholly by the passage's names: "a cement injection for her hip" asks of more than the
  // vertebroplasty (a spine's), so the closest the sheet comes stays as it was.
  const names = new Set((indexFile.stems[found.unit.key]?.[1] ?? '').split(/[ ,]/));
  const { known, unknown } = analyse(thing);
  return unknown === 0 && known.every((term) => names.has(term)) ? found : undefined;
}

/** What a passage says a thing is: its first sentences, past one that only spells out its name ("PET stands for …"). */
function forWhat(unit: Unit): string[] {
  const [first = ''] = unit.sentences;
  return unit.sentences.slice(0, first.split(' ').length <= SPELLS_OUT ? MAX_SENTENCES + 1 : MAX_SENTENCES);
}

/** Where the last question of what was said starts: its "what", "which", "how", "why"… */
const QUESTION_WORD = /\b(?:what|what's|whats|which|how|why|is there|are there)\b/g;

/** Words before a "what" or "how" that make it part of what is said, not a question of its own ("I don't know what to feel"). */
const EMBEDS =
  /\b(?:know|knew|sure|wonder|wondering|ask|asking|asked|tell|told|understand|about|explain|idea|matter|decide|see|figure|work out|imagine|care|of|for|at|over)(?: (?:even|really|just))? $/;

/** A question after a remark that only asks what to make of it ("… what does the sheet suggest"): no question of its own. */
const REFERS_BACK =
  /^(?:what|how) (?:does|do|would|should|can|could) (?:the (?:fact )?sheet|the information|it|you|they|i|we) (?:say|says|suggest|recommend|advise|do)(?: about (?:it|that|this))?$/;

/** Fewest words a question said after other words must have to be read on its own. */
const LATER_QUESTION_WORDS = 4;

/** What was said before the last clause and the last clause, and whether a clause of each asks something. */
interface LastClause {
  before: string;
  last: string;
  beforeAsks: boolean;
  lastAsks: boolean;
}

/** A question's last clause and what was said before it (LastClause); undefined when it is one clause. */
function beforeLastClause(text: string): LastClause | undefined {
  const said = normalizeText(text);
  const tokens = questionTokens(said);
  const starts = clauseStarts(tokens, said);
  const last = starts.at(-1) as number;
  if (last === 0) return undefined;
  const at = (tokens[last] as Token).start;
  return {
    before: said.slice(0, at).trim(),
    last: said.slice(at).trim(),
    beforeAsks: starts.slice(0, -1).some((start, n) => clauseAsks(tokens, start, starts[n + 1])),
    lastAsks: clauseAsks(tokens, last),
  };
}

/** Part of what was said, read on its own: by its kind's sentences, or from the sheet with any why's reason asked. */
function answeredAlone(words: string, kind: CompiledKind | undefined): Answer {
  return kind ? answerOfKind(words, kind) : withReasonAsked(words, findInSheet(words), true);
}

/** A last question that asks only what "it" means, does or is for: it asks of a word said before. */
const ASKS_OF_PRONOUN =
  /\bwhat (?:does|do) (?:it|that|this|they|those|these) (?:mean|do|stand for)$|\bwhat (?:is|are) (?:it|that|this|they|those) for$/;
/** The words ASKS_OF_PRONOUN can end with ("stand for" ends in "for"): a string test before the expression. */
const ASKED_OF_PRONOUN_ENDS = [' mean', ' do', ' for'];
/**
 * "Prog nosis the doctor used that word twice, what does it mean": the word named first, asked of with the remark on
 * who said it left out ("prog nosis what does it mean"), when that names a part of the sheet and the sheet answers it.
 * Read whole, the remark's words ("doctor", "oncologist") had drawn the treatment team.
 */
function askedOfWordBeforeRemark(text: string): Answer | undefined {
  // Most questions end otherwise, and are not normalised or matched here: a first question's cost (1.3M instructions).
  const end = text.trimEnd().toLowerCase();
  if (!ASKED_OF_PRONOUN_ENDS.some((word) => end.endsWith(word) || end.endsWith(`${word}?`))) return undefined;
  const said = normalizeText(text);
  if (!ASKS_OF_PRONOUN.test(said)) return undefined;
  const split = beforeLastClause(said);
  // The name is the words before the remark's first function word ("the doctor …"), a few of them: not a story ("mum
  // had a scan | she's worried").
  const words = split && !split.beforeAsks ? split.before.split(' ') : [];
  const named = words.findIndex((one) => FUNCTION_WORDS.has(one));
  if (!split || named < 1 || named > 4) return undefined;
  const name = words.slice(0, named);
  const found = answerQuestion(`${name.join(' ')} ${split.last}`, false);
  // The part answered is the one the word names, as said or as a speech recogniser split it ("prog nosis").
  const joined = [nameStems(name).replaceAll(' ', ''), stem(name.join(''))];
  const answered = unitOf(found)?.key;
  const names = unitNames().find(([key]) => key === answered)?.[1] ?? [];
  return answers(found) && names.some((name) => joined.includes(name.replaceAll(' ', ''))) ? found : undefined;
}

/** Fewest words a story told before a question must have for that question to be read on its own. */
const STORY_WORDS = 8;

/**
 * A question asked at the end of a story that only tells ("mum's first chemo is on monday and she asked me if it's
 * every day for weeks on end and i didn't know | how do the chemo sessions work"), read alone when the sheet does not
 * answer the whole and answers the question with confidence. Not one that leans on the story for what it asks of
 * ("… | what are those scans for"), nor one of a kind that is never a passage.
 */
function askedAfterStory(split: LastClause | undefined): Answer | undefined {
  if (!split || split.beforeAsks || !split.lastAsks || LEANS_ON_FIRST.test(split.last)) return undefined;
  if (split.before.split(' ').length < STORY_WORDS || split.last.split(' ').length < LATER_QUESTION_WORDS) return undefined;
  const kind = classifyQuestion(split.last, indexFile.kinds);
  if (kind && kind.reply !== 'sheet') return undefined;
  const found = answeredAlone(split.last, kind);
  return answers(found) ? found : undefined;
}

/**
 * A question with a remark after it that tells rather than asks, read alone: "are there different kinds of it | i'm
 * doing a school project on cancer" when the sheet does not answer the whole; "the gp's ordering x rays of his chest,
 * what are they looking for exactly | he's worried sick" when the remark is the feelings (`first`) that only colour
 * it, as those said before a question do (laterQuestion). Only the closest the sheet comes is still the answer
 * after feelings, unless the question asks how (how to cope, which the feelings answer says).
 */
function askedBeforeRemark(split: LastClause | undefined, first?: CompiledKind): Answer | undefined {
  if (!split?.beforeAsks || (!first && split.lastAsks) || split.before.split(' ').length < LATER_QUESTION_WORDS) return undefined;
  const { before } = split;
  // After feelings, a question that asks something of the sheet ("what are they looking for"), not "won't talk about it".
  if (first && before.search(QUESTION_WORD) === -1) return undefined;
  const kind = classifyQuestion(before, indexFile.kinds);
  if (kind && (!first || kind.id === first.id || kind.reply !== 'sheet')) return undefined;
  const found = answeredAlone(before, kind);
  return answers(found) || (first && found.kind === 'partial' && !/\bhow\b/.test(before)) ? found : undefined;
}

/**
 * "My sister's terrified it'll go to her bones, which cancers spread there": the feelings said first only colour
 * the question asked after them. That question is answered when the sheet answers it with confidence and it does
 * not ask the same kind; otherwise the kind asked first stands.
 */
function laterQuestion(text: string, first: CompiledKind): Answer | undefined {
  const said = normalizeText(text);
  const starts = [...said.matchAll(QUESTION_WORD)].map((match) => match.index);
  const start = starts.at(-1);
  if (!start || EMBEDS.test(said.slice(0, start))) return undefined;
  const clause = said.slice(start);
  if (clause.split(' ').length < LATER_QUESTION_WORDS || REFERS_BACK.test(clause)) return undefined;
  const kind = classifyQuestion(clause, indexFile.kinds);
  if (kind?.id === first.id) return undefined;
  const found = kind ? (kind.reply === 'sheet' ? answerOfKind(clause, kind) : undefined) : findInSheet(clause);
  if (found && answers(found)) return found;
  // Only the closest the sheet comes to a "what" or "which" asked after the feelings, still that question's answer;
  // a "how" after feelings ("how do other people manage") asks how to cope, which the feelings answer says.
  return found?.kind === 'partial' && !clause.startsWith('how') ? found : undefined;
}

/** The sentences a kind is given by wherever the sheet says them ("Talk to your doctor about treatment options …"). */
function givenAnywhere(kind: string): string[] {
  return Object.keys(indexFile.gives).flatMap((key) => {
    const unit = byKey.get(key);
    return unit ? givenBy(unit, kind) : [];
  });
}

function nearestOf(found: Answer): { nearest?: Unit } {
  const unit = unitOf(found);
  return unit ? { nearest: unit } : {};
}

/**
 * The escalation line comes first; then the sheet's passage on that symptom (the kind's unit), short as it is, or, for a
 * symptom the sheet does not describe, that passage only offered. With advice `declined` beside it, the decline follows
 * the line, and the passage is only offered.
 */
function escalation(kind: CompiledKind, declined = false): Answer {
  const unit = kind.from ? byKey.get(kind.from) : undefined;
  if (declined) {
    const then: Answer = { kind: 'decline', ...(unit ? { nearest: unit } : {}) };
    return { kind: 'escalate', then };
  }
  if (unit && kind.notDescribed) return { kind: 'escalate', nearest: unit };
  return unit ? { kind: 'escalate', unit, sentences: unit.sentences.slice(0, MAX_SENTENCES + 1) } : { kind: 'escalate' };
}

/** The units the question names, the most specifically named first, with how specifically. */
function namedRanked(
  text: string,
  bothSides = false,
): {
  question: ReadQuestion;
  ranked: Array<[string, number]>;
  naming: Map<string, Map<string, number>>;
} {
  const question = joinSplitWords(readQuestion(text, indexFile.reading));
  // Each unit's names the question says, with how much each says.
  const naming = new Map<string, Map<string, number>>();
  // Words read as alternatives ("how many": number or several) say what is asked, not what it is asked of; a
  // number is said in passing ("two things", "bowls at two"), not as "the two main types".
  // Not so when two things are compared ("a bone scan or an x ray, which shows what"): the alternatives are its sides.
  // Nor when every alternative is a name of one thing ("the ct or mri"): that thing is named.
  const oneThing = (chain: string[]) => {
    const [first, ...rest] = chain.map((term) => whereSaid(term).named);
    return [...(first ?? [])].some((unit) => rest.every((named) => named.has(unit)));
  };
  const asking = new Set(bothSides ? [] : question.alternatives.filter((chain) => !oneThing(chain)).flat());
  for (const term of question.terms) {
    if (asking.has(term) || isNumberStem(term)) continue;
    const where = whereSaid(term);
    if (where.units.size === 0) continue;
    for (const unit of where.named) {
      const terms = naming.get(unit) ?? new Map<string, number>();
      naming.set(unit, terms.set(term, Math.min(weightOf(where), WEIGHT_CAP)));
    }
  }
  // A name said whole ("bone scan") names only the units that say it whole: not the CT scans' "scans". What else
  // the question names them by still counts ("chemo and targeted therapy": chemotherapy by "chemo").
  const names = question.pairs.filter(([a, b]) => isNamePair(a, b) || isNamePair(b, a));
  for (const [unit, terms] of naming) {
    // Words of a name the unit does say whole ("bone scan" in "a pet scan or a bone scan") still name it.
    const kept = new Set(names.filter(([a, b]) => saysTogether(unit, a, b)).flat());
    for (const [a, b] of names) {
      if (saysTogether(unit, a, b)) continue;
      for (const term of [a, b]) if (!kept.has(term)) terms.delete(term);
    }
    if (terms.size === 0) naming.delete(unit);
  }
  const weights = new Map([...naming].map(([unit, terms]) => [unit, [...terms.values()].reduce((sum, w) => sum + w, 0)]));
  // The most specific name wins, a passage before a glossary entry; a word as common as "bone" names nothing.
  // Of names nearly as specific, the one said last: in "the ct guided biopsy" the biopsy is what is named.
  const ranked = [...weights]
    .filter(([, weight]) => weight >= NAMES)
    .sort(([a, wa], [b, wb]) => wb - wa || Number(b.startsWith('p:')) - Number(a.startsWith('p:')));
  return { question, ranked, naming };
}

/**
 * The unit the question names by its title or names ("the ct scanner" names the CT and MRI scans): a kind such
 * as "how long" is asked of a thing, and only that thing's passage may give it.
 */
function namedUnit(text: string, kind?: string, asksOf?: string): Unit | undefined {
  const named = namedIn(namedRanked(text), text, kind, asksOf);
  if (!kind || named?.key.startsWith('p:')) return named;
  // Alternatives that leave a kind no passage to be asked of may not be what it asks ("put to sleep for the biopsy or
  // awake": not the biopsy or a local anaesthetic): the passage they name, if it gives the kind.
  const either = namedIn(namedRanked(text, true), text, kind, asksOf);
  return either && (indexFile.gives[either.key]?.[kind]?.length ?? 0) > 0 ? either : named;
}

/** Words that put what follows them under a thing named before them ("the cement in her back", "the mri of his spine"). */
const UNDER_WHAT_CAME_BEFORE = new Set(['of', 'in', 'on', 'for', 'at', 'into']);

/**
 * Whether `head` is what the question names rather than `other`: named after it ("a bone pain radiotherapy session"),
 * or before it with "of", "in" or the like between ("the cement in her back"), not as a word put before it ("the ct
 * guided biopsy"). A name read from a lay word, not said in the sheet's words, decides nothing.
 */
function namedAsHead(text: string, head: string, other: string, naming: Map<string, Map<string, number>>): boolean {
  const [at, otherAt, between] = whereNamed(text, head, other, naming);
  if (at === -1 || otherAt === -1 || at > otherAt) return true;
  return between.some((token) => UNDER_WHAT_CAME_BEFORE.has(token.word));
}

/** Where the question first names each of two units (-1 when it does not), and the words between the two. */
function whereNamed(
  text: string,
  head: string,
  other: string,
  naming: Map<string, Map<string, number>>,
): [number, number, readonly Token[]] {
  const tokens = questionTokens(text);
  const firstSaid = (unit: string) => tokens.findIndex((token) => naming.get(unit)?.has(token.stem));
  const at = firstSaid(head);
  const otherAt = firstSaid(other);
  return [at, otherAt, tokens.slice(at + 1, otherAt)];
}

/** Words that may stand between a thing and what is put under it: "of", "in"… and "the", "his"… */
const UNDER_OR_WHOSE = new Set([...UNDER_WHAT_CAME_BEFORE, 'the', 'a', 'an', 'his', 'her', 'my', 'their', 'our', 'your']);

/** Whether `other` is put under `head` in one phrase: "the ct of his spine" (not "the surgeon do for her hip"). */
function putUnder(text: string, head: string, other: string, naming: Map<string, Map<string, number>>): boolean {
  const [at, otherAt, between] = whereNamed(text, head, other, naming);
  return (
    at !== -1 &&
    otherAt > at &&
    between.some((token) => UNDER_WHAT_CAME_BEFORE.has(token.word)) &&
    between.every((token) => UNDER_OR_WHOSE.has(token.word))
  );
}

/** namedUnit, from one reading of the names (namedRanked). */
function namedIn(read: ReturnType<typeof namedRanked>, text: string, kind?: string, asksOf?: string): Unit | undefined {
  const { question, ranked: named, naming } = read;
  // A passage's key is "p:topic:item"; a glossary entry ("g:term") is never one of a topic's passages.
  const topics = asksOf?.split(',');
  const all = topics ? named.filter(([unit]) => unit.startsWith('p:') && topics.includes(topicOf(unit) ?? '')) : named;
  // A kind is asked of a passage when one is named: "put to sleep for the cement" names the anaesthetic's entry by
  // the words that ask, and the vertebroplasty by what it is asked of.
  const passages = kind ? all.filter(([unit]) => unit.startsWith('p:')) : [];
  const ranked = passages.length > 0 ? passages : all;
  // A kind is asked of a thing that can give it: "how long is radiotherapy for bone pain" asks of radiotherapy.
  // Only of a thing named about as specifically as the first: "the difference between chemo and targeted therapy"
  // is not asked of the treatment passage for naming "therapy" and giving a comparison of its own.
  // Things named alike ("the scan") are told apart by a word put before the name that only one or two units say and
  // none is named by ("the glucose scan": the PET scan's passage says glucose), and that one, named as much as any
  // other the name names, is asked of first, not another named alike that gives the kind, nor what the rest names
  // ("and does it hurt").
  // The units named alike by the name after word i, when word i tells `unit` apart among them.
  const namedAlike = (unit: string, i: number) => {
    const { named, units } = whereSaid(question.terms[i] ?? '');
    const next = question.terms[i + 1];
    const alike = next === undefined ? undefined : whereSaid(next).named;
    return named.size === 0 && units.size <= TELLS_APART && units.has(unit) && alike?.has(unit) ? alike : undefined;
  };
  const toldApart = ranked.findIndex(([unit, weight]) =>
    question.terms.some((_, i) => {
      const alike = namedAlike(unit, i);
      return alike !== undefined && ranked.every(([other, otherWeight]) => otherWeight <= weight || !alike.has(other));
    }),
  );
  if (toldApart > 0) ranked.unshift(...ranked.splice(toldApart, 1));
  const told = toldApart === -1 ? undefined : ranked[0]?.[0];
  const [firstKey, first = 0] = ranked[0] ?? [];
  // When the first is named whole ("the bone scan"), another passage gives the kind only by words of its own: a word
  // the first's sentences say is said of it ("the bone scan, from the injection" asks of its injection, not the
  // vertebroplasty's).
  const namePairs = question.pairs.filter(([a, b]) => isNamePair(a, b) || isNamePair(b, a));
  const namedWhole = (unit: string) => namePairs.some(([a, b]) => saysTogether(unit, a, b));
  const ownWeight = (unit: string, first: string) =>
    [...(naming.get(unit) ?? [])].reduce((sum, [term, weight]) => (whereSaid(term).units.has(first) ? sum : sum + weight), 0);
  const namedApart = (unit: string) =>
    firstKey === undefined ||
    (!namedWhole(firstKey) && told === undefined) ||
    namedWhole(unit) ||
    !unit.startsWith('p:') ||
    ownWeight(unit, firstKey) >= NAMES;
  const gives = ([unit, weight]: [string, number]) =>
    (indexFile.gives[unit]?.[kind ?? '']?.length ?? 0) > 0 && first - weight <= GIVING_MARGIN && namedApart(unit);
  // When no passage named gives it, a glossary entry named as specifically may ("what does ebrt stand for").
  const giving = kind ? (ranked.some(gives) ? ranked.filter(gives) : all.filter(gives)) : [];
  if (giving.length > 0 && !giving.some(([unit]) => unit === ranked[0]?.[0])) ranked.splice(0, ranked.length, ...giving);
  else if (giving.length === 1) {
    // The one thing that gives it, named as what is asked of ("the cement in her back, how long": the vertebroplasty,
    // not the back's nerves), is asked of before names nearly as specific said after it.
    const [giver] = giving[0] as [string, number];
    const others = ranked.filter(([unit, weight]) => unit !== giver && (ranked[0]?.[1] ?? 0) - weight <= HEAD_MARGIN);
    if (others.every(([unit]) => namedAsHead(text, giver, unit, naming))) ranked.splice(0, ranked.length, ...giving);
  }
  // The one told apart is what is asked of, whatever else is named after it, unless another gives what is asked.
  if (told !== undefined && ranked[0]?.[0] === told) return byKey.get(told);
  const best = ranked[0]?.[1] ?? 0;
  const close = ranked.filter(([, weight]) => best - weight <= HEAD_MARGIN);
  if (close.length > 1) {
    // The one the others are put under ("the ct of his spine"), else the one named last.
    const heads = close.filter(([unit]) => close.every(([other]) => other === unit || putUnder(text, unit, other, naming)));
    if (heads.length === 1) return byKey.get((heads[0] as [string, number])[0]);
    const lastNamed = (unit: string) => Math.max(...question.terms.map((term, i) => (whereSaid(term).named.has(unit) ? i : -1)));
    const head = [...close].sort(([a], [b]) => lastNamed(b) - lastNamed(a))[0];
    if (head) return byKey.get(head[0]);
  }
  const top = ranked[0];
  return top ? byKey.get(top[0]) : undefined;
}

/** A question of a kind only some sentences give: those sentences, or honestly not covered. */
function answerOfKind(text: string, kind: CompiledKind): Answer {
  const found = sentencesOfKind(text, kind);
  if (found.kind !== 'excerpt') return found;
  // Only the closest the sheet comes: always (closestOnly), asked with a word the sheet never says ("can mobile phones
  // cause it"), or of a thing its sentences do not name ("is hormone therapy used for lung cancer").
  const closest =
    kind.closestOnly ||
    (kind.hedgedByUnknown && analyse(text).unknown > 0) ||
    (kind.hedgedUnlessSaid && !saysWhatIsNamed(text, found.unit, found.sentences)) ||
    (kind.eachNamed && !saysEachSide(text, [found.unit.key, ...(found.asked?.and ? [found.asked.and.key] : [])]));
  return closest ? { kind: 'partial', unit: found.unit, sentences: found.sentences } : found;
}

/**
 * Whether the sentences say every thing the question names beside the passage's own names and the words of the spread
 * ("is hormone therapy used for breast cancer": "It may be used for prostate or breast cancer" says breast).
 */
function saysWhatIsNamed(text: string, unit: Unit, sentences: readonly string[]): boolean {
  const own = new Set((indexFile.stems[unit.key]?.[1] ?? '').split(/[ ,]/));
  const said = stemLine(normalizeText(sentences.join(' ')));
  return analyse(text).known.every((term) => own.has(term) || isTheSpreadsWord(term) || said.includes(` ${term} `));
}

function sentencesOfKind(text: string, kind: CompiledKind): Answer {
  const asked = askedOf(kind);
  // A kind with a passage of its own is asked of what the question names only when that names it first.
  // A kind given elsewhere is asked of the thing named, never of a passage for giving the kind ("hypercalcaemia
  // treatment" asks of high calcium, not of the treatment passage).
  const named = namedUnit(text, kind.from || kind.givenElsewhere ? undefined : kind.id, kind.asksOf);
  const namedGives = named && named.key !== kind.from && named.key !== kind.alsoFrom ? givenBy(named, kind.id) : [];
  if (kind.eachNamed) {
    // Two of one passage's names ("is radiation therapy the same as radiotherapy"): the same thing, said as it opens;
    // names as common as "secondary bone cancer" and "bone metastases" name a passage only said together.
    // Not only the thing named first ("the oncologist keeps saying bone mets, is that the same as secondary bone cancer").
    const twice = named && namesTwice(stemLine(normalizeText(text)), named) ? named : passageNamedTwice(text);
    if (twice) return { kind: 'excerpt', unit: twice, sentences: opening(twice), asked: { id: 'same-thing' } };
    // One side something the sheet never names ("is osteolytic the same as osteoporosis"): it cannot say how they differ.
    if (named && namedGives.length > 0 && comparesWithUnknown(text)) return { kind: 'not-covered', asked, nearest: named };
  }
  const each = kind.eachNamed ? eachNamed(text, kind.id) : undefined;
  if (each) {
    const [first, second] = each;
    return {
      kind: 'excerpt',
      unit: first,
      sentences: [first, second].flatMap(sideOf),
      asked: { ...asked, and: second },
    };
  }
  if (named && kind.givenElsewhere) {
    // Asked of a treatment itself ("does radiotherapy help with bone pain"), it is about that treatment; else
    // about the thing named, from the passage that gives it.
    if (namedGives.length > 0) return { kind: 'excerpt', unit: named, sentences: withLeanedOn(named, kind.id) };
    const elsewhere = givenElsewhere(text, kind.id, named);
    if (elsewhere) return { kind: 'excerpt', unit: elsewhere, sentences: withLeanedOn(elsewhere, kind.id), asked: { ...asked, of: named } };
  }
  if (named && namedGives.length > 0) return { kind: 'excerpt', unit: named, sentences: namedGives, asked };
  // A kind with a passage of its own (time left: the prognosis) is answered there when nothing else named gives it.
  const fixed = kind.from ? byKey.get(kind.from) : undefined;
  const also = kind.alsoFrom ? byKey.get(kind.alsoFrom) : undefined;
  if (fixed) {
    const sentences = [...givenBy(fixed, kind.id), ...(also ? givenBy(also, kind.id) : [])];
    // Weighed against something the sheet never names ("palliative care or a hospice"), its passage is only the
    // closest the sheet comes.
    // Not a gentle kind's unless it is hedged so (palliative care's meaning): "how long has he got, weeks or months"
    // keeps its gentle reply, which says what the sheet does not cover.
    if ((!kind.gentle || kind.hedgedByUnknown) && weighedAgainstUnknown(text)) return { kind: 'partial', unit: fixed, sentences };
    return { kind: 'excerpt', unit: fixed, sentences, asked };
  }
  const found = named ? undefined : findInSheet(text);
  const unit = named ?? (found && answers(found) ? found.unit : undefined);
  const sentences = unit ? givenBy(unit, kind.id) : [];
  if (unit && sentences.length > 0) return { kind: 'excerpt', unit, sentences, asked };
  const nearest = unit ?? (found ? unitOf(found) : undefined);
  return { kind: 'not-covered', asked, ...(nearest ? { nearest } : {}) };
}

/** The one passage the question says two names of, when it names nothing more specifically. */
function passageNamedTwice(text: string): Unit | undefined {
  const said = stemLine(normalizeText(text));
  const twice = units.filter((unit) => unit.key.startsWith('p:') && namesTwice(said, unit));
  return twice.length === 1 ? twice[0] : undefined;
}

/**
 * Whether the question (its stem line, `stemLine`) says two of a unit's names, neither a part of the other
 * ("radiation therapy", "radiotherapy").
 */
function namesTwice(said: string, unit: Unit): boolean {
  const names = (indexFile.stems[unit.key]?.[1] ?? '').split(',').filter((name) => name.length > 0 && said.includes(` ${name} `));
  const whole = names.filter((name) => !names.some((other) => other !== name && ` ${other} `.includes(` ${name} `)));
  if (whole.length < 2) return false;
  // Only names the passage's opening says together ("Radiation therapy, also called radiotherapy"): a passage's
  // names are also the things it is about ("a radiologist", "a radiation oncologist"), which are not one thing.
  // Or that one glossary entry has as its own ("bone metastases" of secondary bone cancer).
  const opens = stemLine(normalizeText(opening(unit).join(' ')));
  const oneEntry = glossaryNames().some(([, own]) => whole.every((name) => own.includes(name)));
  if (!oneEntry && !whole.every((name) => opens.includes(` ${name} `))) return false;
  // Nor two things it opens with together ("CT and MRI scans"): no glossary entry may have one name and not another.
  return !glossaryNames().some(([, own]) => {
    const has = whole.map((name) => own.includes(name));
    return has.some(Boolean) && !has.every(Boolean);
  });
}

/** Words after which the other side of a comparison is said ("same as", "compared to", "or"). */
const WEIGHED_WITH = 'same (?:(?:thing|stuff|kind|type|sort) )?as|different (?:from|to|than)|differ from|compared (?:to|with)|versus|vs|or';
/** A side: the word after an article, if it is not a comparison's own word ("or different" has none). */
const SIDE = '(?:(?:a|an|the|his|her|my|their) )?(?!(?:different|same|similar|alike|not)\\b)(\\w+)';
/** The word after "same as", "different from", "or", "and"…: the other side of a comparison ("or different" has none). */
const OTHER_SIDE = new RegExp(`\\b(?:${WEIGHED_WITH}|and|between) ${SIDE}`, 'g');
/** The thing said to be the same as, or different from, another: "is arthritis the same as …". */
const ONE_SIDE =
  /(?:^|\b(?:is|are|was|isn't|aren't) )(?:(?:a|an|the|his|her|my|their) )?(\w+) (?:the same|the same thing|same|any different|different|like)\b/g;
/** The word weighed against the thing a question names, when it is plainly weighed: "X or in a Y", "between X and Y". */
const WEIGHED_AGAINST = new RegExp(`\\b(?:${WEIGHED_WITH}|between \\w+(?: \\w+)? and) (?:(?:in|at|to|into) )?${SIDE}`, 'g');

/** The words of the thing weighed, before "the same", "different"…: "is metastatic disease of the bones the same as". */
const SIDE_BEFORE = /(?:^|\b(?:is|are|was|does|do|did) )((?:\w+ ){1,5}?)(?:the same|any different|different|similar)\b/g;

/** A unit's topic: "overview" of "p:overview:2". */
const topicOf = (unit: string) => unit.split(':')[1];

/** The words that ask ("how", "is"), which a side read from the question's start may hold. */
const ASKS = new Set(`${ASKING}|${ASKING_VERB}`.split('|'));

/**
 * Whether the passages read say each side of the comparison the sheet has words for: the two types are not how
 * "metastatic disease of the bones" differs from secondary bone cancer.
 */
function saysEachSide(text: string, read: readonly string[]): boolean {
  const said = normalizeText(text);
  const sides = [...said.matchAll(OTHER_SIDE), ...said.matchAll(SIDE_BEFORE)].flatMap((match) => (match[1] as string).trim().split(' '));
  return sides.every((word) => {
    const { units } = whereSaid(stem(word));
    // Said in the read passage's topic will do ("bone mets": the overview's name for what primary and secondary compare).
    const topics = new Set([...units].map(topicOf));
    return FUNCTION_WORDS.has(word) || ASKS.has(word) || units.size === 0 || read.some((unit) => topics.has(topicOf(unit)));
  });
}

/** Whether a side of the comparison is something the sheet never names ("is osteolytic the same as osteoporosis"). */
function comparesWithUnknown(text: string): boolean {
  const { said, question } = analyse(text);
  const terms = new Set(question.terms);
  for (const match of [...said.matchAll(OTHER_SIDE), ...said.matchAll(ONE_SIDE)]) {
    const term = stem(match[1] as string);
    if (terms.has(term) && whereSaid(term).units.size === 0) return true;
  }
  return false;
}

/**
 * Whether a question plainly weighs its subject against a word the sheet itself never says, even one read as a lay
 * word for something it does say ("palliative care or a hospice": a hospice is read as palliative care).
 */
function weighedAgainstUnknown(text: string): boolean {
  for (const match of normalizeText(text).matchAll(WEIGHED_AGAINST)) {
    const word = match[1] as string;
    if (!FUNCTION_WORDS.has(word) && whereSaid(stem(word)).units.size === 0) return true;
  }
  return false;
}

/** What a passage opens with: its first sentence, and the next when the first only spells out a name. */
function opening(unit: Unit): string[] {
  const [first = '', second] = unit.sentences;
  return first.split(' ').length <= SPELLS_OUT && second ? [first, second] : [first];
}

/** Most words of a passage said whole as one side of a comparison. */
const SIDE_WORDS = 24;

/** One side of a comparison: a short passage whole ("X-rays … They check for bone damage"), else its opening. */
function sideOf(unit: Unit): string[] {
  return unit.sentences.length <= MAX_SENTENCES && wordsIn(unit) <= SIDE_WORDS ? [...unit.sentences] : opening(unit);
}

/** Words, by stem, that ask whether two things differ. */
const COMPARING = new Set('different differ similar alike'.split(' ').map(stem));

/** A sentence this short says only what a name stands for ("PET stands for positron emission tomography"). */
const SPELLS_OUT = 6;

/**
 * The two passages a question names about equally specifically ("chemo and targeted therapy"), when neither gives
 * the kind asked: each says what it is, side by side. Undefined when the question names fewer, or one gives it.
 */
function eachNamed(text: string, kind: string): [Unit, Unit] | undefined {
  // A difference in something the sheet never says ("the sensitivity of a bone scan compared to a PET scan") it
  // does not give.
  // The words that ask for the comparison ("different", "similar") are not a thing compared.
  const { question, found } = analyse(text);
  if (question.terms.some((term) => (found.get(term) as Where).units.size === 0 && !COMPARING.has(term))) return undefined;
  const { ranked, naming } = namedRanked(text, true);
  const [first, second] = ranked.filter(([unit]) => unit.startsWith('p:'));
  if (!first || !second) return undefined;
  // Two things, each named by a word of its own: not one thing and the passage that lists it.
  const own = (unit: string, other: string) => [...(naming.get(unit)?.keys() ?? [])].some((term) => !naming.get(other)?.has(term));
  if (!own(first[0], second[0]) || !own(second[0], first[0])) return undefined;
  const a = byKey.get(first[0]);
  const b = byKey.get(second[0]);
  if (!a || !b || [a, b].some((unit) => (indexFile.gives[unit.key]?.[kind]?.length ?? 0) > 0)) return undefined;
  return [a, b];
}

/** A unit's sentences of a kind, each with the one before when it leans on it ("It is also used to reduce pain"). */
function withLeanedOn(unit: Unit, kind: string): string[] {
  const given = indexFile.gives[unit.key]?.[kind] ?? [];
  const numbers = new Set(given.flatMap((n) => (n > 0 && LEANS_BACK.test(unit.sentences[n] ?? '') ? [n - 1, n] : [n])));
  return [...numbers].sort((a, b) => a - b).map((n) => unit.sentences[n] as string);
}

/**
 * A kind asked of a thing whose own passage does not give it may be given by another passage that names the thing
 * ("what can they do for a broken bone": the fracture's passage says nothing of treatment; surgery's says "… cause
 * a fracture. Surgery may be used …"). Only a passage that says one of the thing's names whole can: the CT scans'
 * length is not a PET scan's.
 */
function givenElsewhere(text: string, kind: string, named: Unit): Unit | undefined {
  const names = (indexFile.stems[named.key]?.[1] ?? '').split(',').filter((name) => name.length > 0);
  const saysAName = (unit: string) => {
    const sentences = `,${indexFile.stems[unit]?.[0] ?? ''},`.replaceAll(',', ' , ');
    return names.some((name) => sentences.includes(` ${name} `));
  };
  const giving = Object.keys(indexFile.gives).filter(
    (unit) => unit !== named.key && (indexFile.gives[unit]?.[kind]?.length ?? 0) > 0 && saysAName(unit),
  );
  if (giving.length === 0) return undefined;
  // One of them named by the question itself ("what can the palliative people do for her bone pain") is the one asked.
  const { naming } = namedRanked(text);
  const namedHere = giving.filter((unit) => naming.has(unit));
  if (namedHere.length === 1) return byKey.get(namedHere[0] as string);
  const { groups, pairs, found } = analyse(text);
  let best: Fit | undefined;
  for (const unit of giving) {
    const fit = fitOf(unit, groups, pairs, found);
    if (!best || better(fit, best)) best = fit;
  }
  return best ? byKey.get(best.unit) : undefined;
}

/** A question read, and where each of its words is said. */
interface Analysis {
  /** The question as said, normalised. */
  said: string;
  question: ReadQuestion;
  found: Map<string, Where>;
  known: string[];
  unknown: number;
  groups: Group[];
  pairs: Array<[string, string]>;
}

/** A word joined from two this long at least may be a long word the recogniser split ("oster lytic"). */
const JOINED = 8;
/** ...and this much longer than the longest of its words that the sheet says. */
const UNSAID_PART = 4;

/**
 * A long medical word a speech recogniser wrote as two or three ("oster lytic", "bye opsy", "verta bro plasty"):
 * where one of neighbouring words is not in the sheet and the words written as one are (allowing for a misheard
 * letter or two), they are read as that one word; as written, or stemmed again when whole ("hyper calcium ia").
 */
function joinSplitWords(question: ReadQuestion): ReadQuestion {
  let { terms, pairs } = question;
  for (const [a, b] of question.pairs) {
    const after = question.pairs.find(([x, y]) => x === b && y !== a)?.[1];
    // Two words written as one first: a third word joined only when the two are not a word of the sheet already, or
    // first when it is only a piece of one ("hyper calcium ia").
    const three = after === undefined ? [] : [[a, b, after]];
    const piece = after !== undefined && after.length <= 2;
    for (const parts of piece ? [...three, [a, b]] : [[a, b], ...three]) {
      if (!parts.every((part) => terms.includes(part))) continue;
      // One of them the sheet never says, and more than an ending after a word it does ("radiation dos[e]").
      const known = parts.filter((part) => whereSaid(part).units.size > 0);
      const written = parts.join('');
      if (known.length === parts.length || written.length - Math.max(0, ...known.map((part) => part.length)) < UNSAID_PART) continue;
      const joined = [written, stem(written)].find((word) => word.length >= JOINED && whereSaid(word).units.size > 0);
      if (!joined) continue;
      const inIt = (term: string) => parts.includes(term);
      terms = terms.flatMap((term) => (term === a ? [joined] : inIt(term) ? [] : [term]));
      pairs = pairs.filter(([x, y]) => !(inIt(x) && inIt(y))).map(([x, y]) => [inIt(x) ? joined : x, inIt(y) ? joined : y]);
      break;
    }
  }
  return terms === question.terms ? question : { ...question, terms, pairs };
}

/**
 * Who said it, at the start ("the gp rang and said …", "the oncologist mentioned …", "my friend reckons …"): the
 * one who said it is not what is asked, so the words after are read.
 */
const REPORTED =
  /^(?:(?:so|um|uh|and|well|ok|okay|right|oh|yeah) )*(?:(?:the|my|our|his|her|their|a|mum|dad) )?(?:\w+ ){0,2}?(?:said|says|told (?:me|us|him|her|them|mum|dad)|mentioned|mentions|reckons|rang and said|called and said|rang to say|wrote|explained|keeps saying|kept saying|talked about|talked of|spoke about|spoke of|brought up|suggested|recommended|want to do|wants to do|are talking about|were talking about|have been talking about)(?: that| doing| having)? /;

/**
 * A remark before who said it, that asks nothing ("we're out past dubbo and the specialist rang to say …"): no
 * question word in it, and not opened by an auxiliary.
 */
const REMARK_BEFORE_REPORT =
  /^(?!(?:is|are|can|could|does|do|did|will|would|should|has|have) )(?:(?!(?:how|what|why|which|who|where|when) )[\w']+ ){1,10}?(?:and|so|but|then) /;

/** The passage whose names are the people who say things (the oncologist, the GP): a remark may name them. */
const WHO_SAYS_IT = 'p:team:-1';

/** Whether a remark names nothing of the sheet but who said it ("my sister asked for targeted therapy" names a treatment). */
function namesNoneButWhoSaid(remark: string): boolean {
  return remark
    .split(' ')
    .every((word) => !word || FUNCTION_WORDS.has(word) || [...whereSaid(stem(word)).named].every((unit) => unit === WHO_SAYS_IT));
}

/** Where what is asked starts, past who said it, at the start or after a remark that asks nothing; 0 when no one did. */
function pastWhoSaidIt(said: string): number {
  const reported = REPORTED.exec(said);
  if (reported) return reported[0].length;
  const remark = REMARK_BEFORE_REPORT.exec(said)?.[0];
  if (!remark || !namesNoneButWhoSaid(remark)) return 0;
  const after = REPORTED.exec(said.slice(remark.length));
  return after ? remark.length + after[0].length : 0;
}

function analyse(text: string): Analysis {
  const said = normalizeText(text);
  const end = pastWhoSaidIt(said);
  const asked = end > 0 && said.length - end > 0 ? said.slice(end) : text;
  const question = joinSplitWords(readQuestion(asked, indexFile.reading));
  const found = new Map(question.terms.map((term) => [term, whereSaid(term)]));
  const known = question.terms.filter((term) => (found.get(term) as Where).units.size > 0);
  const knownSet = new Set(known);
  const groups = groupsOf(
    known,
    question.alternatives.map((chain) => chain.filter((term) => knownSet.has(term))),
    found,
  );
  // Words said together in the question that make one of the content's names ("bone scan") name one thing.
  const pairs = question.pairs.filter(([a, b]) => isNamePair(a, b) || isNamePair(b, a));
  return { said, question, found, known, unknown: question.terms.length - known.length, groups, pairs };
}

/**
 * What the question's words must weigh among the reviewed questions for one of those to answer it: a word or two
 * that many reviewed questions use ("spread", "bones") is left of "what cancers go to the bones" and of "how does
 * it spread to the bones" alike, and cannot tell them apart.
 */
const ASKED_EVIDENCE = 3;

function enoughToAsk(terms: readonly string[]): boolean {
  return terms.reduce((sum, term) => sum + askedWeight(term), 0) >= ASKED_EVIDENCE;
}

/** How closely a reviewed question must say the question for its unit to answer it, whatever the words say. */
const ASKED = 0.7;
/** ...saying at least this share of the question's words, by weight... */
const ASKED_RECALL = 0.85;
/** ...and asking little else: "what are the two types of bone biopsy" is not "what are the two types". */
const ASKED_PRECISION = 0.75;

/**
 * Where the sheet says what the question asks about, or that it does not: from the words the sheet says, and
 * from the questions reviewed for each passage. A question said almost as one of a passage's reviewed questions
 * is answered by that passage ("what's the name for the type where the bone gets eaten away").
 */
function findInSheet(text: string, quoting = true): Answer {
  const quoted = quoting ? quotedAsked(text) : undefined;
  const alone = quoted ? findInSheet(quoted, false) : undefined;
  if (alone && answers(alone)) return alone;
  const analysis = analyse(text);
  const ofTheSpread = askedOfTheSpread(text, analysis);
  if (ofTheSpread) return { kind: 'passage', unit: ofTheSpread };
  // What a term means, asked outright, is answered by what the sheet says of that term (or that it says nothing),
  // whichever reviewed question the rest of the words are close to ("they said myeloma is one of the cancers that
  // goes to bone, what actually is myeloma").
  if (analysis.known.length > 0) {
    const term = termAsked(analysis.said);
    const stems = term ? contentStems(term) : [];
    const mentioned = mentionedOnly(stems);
    if (mentioned) return mentioned;
    // A glossary name, the whole of what is asked ("myeloma", not the "biopsy" of "core needle biopsy").
    const entry = stems.length > 0 && glossaryNames().find(([, names]) => names.includes(stems.join(' ')));
    const unit = entry && byKey.get(entry[0]);
    if (unit) return { kind: 'passage', unit };
  }
  const byWords = fromSheetWords(analysis);
  const asked = enoughToAsk(analysis.question.terms) ? closestAsked(analysis.question.terms, analysis.pairs) : undefined;
  const unit = asked && asked.score >= ASKED ? byKey.get(asked.unit) : undefined;
  if (!unit) return byWords;
  const answered = answers(byWords) ? byWords.unit : undefined;
  if (answered?.key === unit.key) return byWords;
  const sentences = quote(unit, analysis.groups, analysis.found);
  return sentences ? { kind: 'excerpt', unit, sentences } : { kind: 'passage', unit };
}

/** Words that ask what something means or is called ("what does that mean", "what is it called"). */
const ASKS_MEANING = /\b(?:mean|means|meaning|called)\b|\bwhat (?:actually |exactly |really )?is (?:it|that|this)(?:$| when\b| if\b)/;
/** What a word means asked first, then another question ("what does prognosis mean and how do they work it out"). */
const MEANING_THEN_ASKS = /\b(?:mean|means|meaning)\b.* and (?:(?:also|then|so) )?(?:what|how|why|when|who|where|which)\b/;
/** Words that ask how it shows itself ("what are the signs", "how would I know"), not telling someone ("how do i tell my kids"). */
const ASKS_SIGNS =
  /\b(?:signs?|symptoms?|warning)\b|\bhow (?:(?:would|do|will|can|could|might) )?(?:i|you|we|they|someone|anyone) (?:know|tell\b(?! (?:my|his|her|our|their|your|the|them|him|us|me|kids|children|family|people|everyone)\b))\b/;
/** The words for signs themselves. */
const SIGNS_SAID = /\b(?:signs?|symptoms?|warning signs?)\b/;
/** The passage on the signs and symptoms (content/topics.json). */
const SYMPTOMS = 'p:symptoms:-1';

/**
 * "My husband's prostate cancer has spread to his bones, what does that mean?": what it means is what secondary
 * bone cancer is (the overview); "what are the signs that breast cancer has gone to the bone" asks for the signs
 * and symptoms. Either only when every word the question says is the overview's own or names the cancer it
 * started as, which says whose it is, not what is asked ("which cancers spread to bone" asks neither).
 */
function askedOfTheSpread(text: string, analysis: Analysis): Unit | undefined {
  const said = normalizeText(text);
  const asked = ASKS_MEANING.test(said) ? overview() : ASKS_SIGNS.test(said) ? byKey.get(SYMPTOMS) : undefined;
  if (!asked || saysOnlyTheSpread(analysis)) return asked;
  // Or in the last clause, after a remark that said more ("i had prostate cancer treated last year | what signs would
  // tell me it's gone to the bones"): what was done for the cancer it started as says whose it is, not what is asked.
  const tokens = questionTokens(text);
  const last = clauseStarts(tokens, text).at(-1) as number;
  const clause = last > 0 ? text.slice((tokens[last] as Token).start) : '';
  const alone = clause ? analyse(clause) : undefined;
  const again = asked === overview() ? ASKS_MEANING : ASKS_SIGNS;
  return alone?.known.some(isTheSpreadsWord) && saysOnlyTheSpread(alone, asked.key) && again.test(normalizeText(clause))
    ? asked
    : undefined;
}

/** Every word known is the overview's own, names the cancer it started as, or names the passage `also` (if given). */
function saysOnlyTheSpread({ known, unknown }: Analysis, also?: string): boolean {
  if (known.length === 0 || unknown > 0) return false;
  const alsoNames = new Set(also ? (indexFile.stems[also]?.[1] ?? '').split(/[ ,]/) : []);
  const cancer = stem('cancer');
  // A cancer the content names ("prostate cancer") by the word before "cancer", and no glossary entry by itself
  // ("osteolytic" is a word to explain).
  const namesACancer = (term: string) =>
    isNamePair(term, cancer) && ![...whereSaid(term).named].some((unit) => byKey.get(unit)?.term !== undefined);
  return known.every((term) => isTheSpreadsWord(term) || alsoNames.has(term) || namesACancer(term));
}

/** The words that name what a "what" or "which" asks for: "what blood tests …", "which kind of scan …". */
const FOCUS = /\b(?:what|which)(?:s| is| are)?(?: (?:kinds?|sorts?|types?) of)?(?: (?:a|an|the|that|this|these|those))? (\w+)(?: (\w+)|$)/;

/** Words before a "what" that make it part of something else said ("a say in what treatment i have"), not what is asked. */
const EMBEDDING = /\b(?:in|on|about|of|for|to|with|from|by|at|matter|matters|change|changes|decide|decides|depends?|affects?) $/;

/** The passage the question's focus names (a two-word name of one passage: "blood test"), among those that fit. */
function focusOf(said: string, fits: readonly Fit[], known: readonly string[]): { fit: Fit; byPair: boolean } | undefined {
  const focus = FOCUS.exec(said);
  if (!focus) return undefined;
  const a = stem(focus[1] as string);
  // The last words of the question ("… which doctors") have nothing after them.
  const next = focus[2];
  const b = next === undefined ? '' : stem(next);
  const passages = fits.filter((fit) => fit.covered > 0 && fit.unit.startsWith('p:'));
  if (next !== undefined && isNamePair(a, b)) {
    const naming = passages.filter((fit) => saysPair(indexFile.stems[fit.unit]?.[1] ?? '', a, b));
    return naming.length === 1 && naming[0] ? { fit: naming[0], byPair: true } : undefined;
  }
  // One word, when the next frames the question rather than naming more ("what treatments are there", "which
  // tests do they do"): the passage that word alone is a name of.
  // Only a "what" that asks ("in what treatment i have" does not), and not "what are the signs
  // of too much calcium": what follows "of" names the thing.
  // Nor the signs of a thing named after them ("what signs you have too much calcium"): that thing is what is asked of.
  const signsOfNamed = SIGNS_SAID.test(a) && known.some((term) => term !== a && !isTheSpreadsWord(term) && whereSaid(term).named.size > 0);
  if (EMBEDDING.test(said.slice(0, focus.index)) || (next !== undefined && (!FUNCTION_WORDS.has(next) || next === 'of' || signsOfNamed)))
    return undefined;
  const naming = passages.filter((fit) => (indexFile.stems[fit.unit]?.[1] ?? '').split(',').includes(a));
  return naming.length === 1 && naming[0] ? { fit: naming[0], byPair: false } : undefined;
}

/** Whether a word is one the overview itself says ("spread", "bone"). */
function isTheSpreadsWord(term: string): boolean {
  overviewWords ??= new Set((indexFile.stems[overview().key]?.[0] ?? '').split(/[ ,]/));
  return overviewWords.has(term);
}
let overviewWords: Set<string> | undefined;

/** A normalised line's words as stems, with a space at each end, so that ` ${name} ` finds a name said whole. */
function stemLine(said: string): string {
  return ` ${said.split(' ').map(stem).join(' ')} `;
}

/** Whether the question says one of the overview's names ("bone mets", "secondary bone cancer"). */
function namesTheCancer(said: string): boolean {
  const stems = stemLine(said);
  const [, names = ''] = indexFile.stems[overview().key] ?? [];
  return names.split(',').some((name) => name.includes(' ') && stems.includes(` ${name} `));
}

/** A question that ends by asking what something just said means: "the oncologist wrote ebrt, what's that". */
const ASKS_WHAT_THAT_MEANS =
  /\bwhat(?:s| is| does| do)? (?:(?:that|this|it|he|she|they|the doctor|the doctors) )?(?:(?:actually|really|exactly) )?(?:means?|meant)?(?: by (?:that|this|it))?$|\bwhat(?:s| is) (?:that|this|it)(?: for| word| exactly| actually| again)?$|\bwhat (?:does|do) (?:that|this|it) mean (?:in plain english|in plain words|in simple terms|simply|for us|for him|for her)$|\b(?:i )?(?:do not|don't|dont) (?:really )?(?:get|understand) (?:it|that|this|what (?:that|it|this) means)$|\bnot sure what (?:that|it|this) (?:means|is)$|\b(?:can|could|would) you explain (?:that|this|it|what (?:that|it|this) (?:(?:actually|really|exactly) )?means)(?: (?:to me|to us))?(?: in (?:simple|plain) (?:words|english|terms)| simply)?$|\bwhy (?:(?:is|was) (?:it|that|this) )?called \w+(?: \w+){0,2}$|\bwhy (?:(?:do|did|would) )?(?:(?:they|you|doctors|people|the doctors) )?call (?:it|this|that) \w+(?: \w+){0,2}$/;

/**
 * "What does osteolytic mean", said anywhere in a longer question ("the report said osteolytic lesion, what on
 * earth does osteolytic mean, nobody explained"): the words between its "what does" and "mean" name the term. So
 * too the name in "why do they call it secondary when it's in his bones".
 */
const ASKS_WHAT_X_MEANS =
  /\bwhat (?:on earth |actually |exactly |really )?(?:does|do|did|is|are) (?:the word |the term |a |an )?((?:\w+ ){0,3}?\w+) (?:actually |really |exactly |even )?mean\b|\bwhat (?:is|are) (?:a |an |the )?((?:\w+ ){0,2}\w+) in (?:plain|simple) (?:words|english|terms)\b|\bwhat(?:s| is| are) (?:a |an |the )?((?:\w+ ){0,2}\w+) and (?:why|how|what|when|where|is|does|do|can|will)\b|\b(?:tell (?:me|us)|explain(?: to (?:me|us))?|know) what ((?:\w+ ){0,2}\w+) (?:is|are|means)(?: in (?:plain|simple) (?:words|english|terms))?$|\bwhy (?:(?:do|did|would|does) )?(?:(?:they|you|doctors|people|the doctors|the doctor) )?call (?:it|this|that) ((?:\w+ ){0,2}?\w+)(?= (?:when|if|because|though|but)\b)/;

/** The last words that report what a letter, a scan or a doctor said, up to what is asked about. */
const REPORTS =
  /^.*\b(?:says|said|wrote|writes|written|mentions|mentioned|showed|shows|reads|states|stated|calls it|called it|found)(?: (?:that|it was|it is|there is|there are|there was|some|a|an|the))? /;

/** The glossary entry whose name is said first in these words, before the question's own ending. */
function firstDefinedIn(words: string): Unit | undefined {
  const asked = ASKS_WHAT_THAT_MEANS.exec(words);
  const stems = stemLine(asked ? words.slice(0, asked.index) : words);
  let first: string | undefined;
  let start = Number.POSITIVE_INFINITY;
  let longest = 0;
  for (const [key, names] of glossaryNames()) {
    for (const name of names) {
      const at = name.length > 0 ? stems.indexOf(` ${name} `) : -1;
      // Of names said from the same word, the longest ("bone scan", not "bone").
      if (at >= 0 && (at < start || (at === start && name.length > longest))) {
        start = at;
        longest = name.length;
        first = key;
      }
    }
  }
  return first ? byKey.get(first) : undefined;
}

/** The glossary entry whose name is said last before "what does that mean", if the question ends so. */
function definedLast({ said: whole }: Analysis): Unit | undefined {
  const term = ASKS_WHAT_THAT_MEANS.test(whole) ? undefined : ASKS_WHAT_X_MEANS.exec(whole);
  if (!term && !ASKS_WHAT_THAT_MEANS.test(whole)) return undefined;
  // Reported ("the mri says spinal cord compression, what does that mean"): what was said after the report is
  // asked about, its first name the head of it ("osteoblastic metastases"); nothing named there, nothing defined.
  const reported = term ? undefined : REPORTS.exec(whole);
  if (reported) return firstDefinedIn(whole.slice(reported.index + reported[0].length));
  const said = term ? termOf(term) : whole;
  const stems = stemLine(said);
  let last: string | undefined;
  let end = -1;
  for (const [key, names] of glossaryNames()) {
    for (const name of names) {
      if (name.length === 0) continue;
      const at = stems.lastIndexOf(` ${name} `);
      if (at >= 0 && at + name.length > end) {
        end = at + name.length;
        last = key;
      }
    }
  }
  if (last) return byKey.get(last);
  // A long word a speech recogniser wrote as two ("osteo blastic"): the entry whose one-word name the words make.
  const squashed = said.replaceAll(' ', '');
  for (const [key, names] of glossaryNames()) {
    for (const name of names) {
      if (name.length < JOINED || name.includes(' ')) continue;
      const at = squashed.lastIndexOf(name);
      if (at >= 0 && at + name.length > end) {
        end = at + name.length;
        last = key;
      }
    }
  }
  return last ? byKey.get(last) : undefined;
}

/** The words a match of ASKS_WHAT_X_MEANS or WHAT_IS_X names. */
function termOf(match: RegExpExecArray): string {
  return match.slice(1).find((group) => group !== undefined) ?? '';
}

/**
 * A question that ends by asking what something is: "what's a clinical trial", "… what actually is myeloma", "what kind
 * of cancer is myeloma", and "what's osteoblastic mean" as it is said.
 */
const WHAT_IS_X =
  /(?:^|\b(?!what\b)\w+ )(?:(?:so|um|uh|ok|okay|and|well|what) )*(?:what(?:s| (?:actually |exactly |really )?(?:is|are))|what (?:kind|type|sort) of (?:\w+ )?(?:is|are)|define|explain) (?:actually |exactly |really )?(?:a |an |the )?((?:\w+ ){0,2}?\w+)(?: (?:actually|exactly|really|again))?(?: means?)?$/;

/** A phrase too general to be a term: "the most common type", "the main one". */
const GENERAL = /^(?:typ|kind|way|one|thing|part|common|main|best|first|other|differenc|risk|chanc)$/;
/** A phrase that picks one of many rather than naming a term: "the most common symptom", "the main sign". */
const PICKS_ONE = /^(?:most|main|commonest|usual|biggest|first)$/;
/** Words that only say what kind of thing a name is: "checkpoint inhibitor drugs", "the pet scan test". */
const HEAD_WORDS = / (?:drug|medicin|medication|test|scan|treat|therapy|procedur|cancer|lesion|injection)(?= )/g;

/** Of a term the sheet says, at most this many sentences: said more often, it is a word the sheet uses, not a term it mentions. */
const FEW_MENTIONS = 3;

/** What a sentence says after a term it names, to say what it is: "(…)", "is a …", "uses …", ", with rest periods …". */
const DEFINES =
  /^\s*(?:\(|(?:of \w+)?, with\b|,? which is\b| (?:is|are) (?:an?|the|when|\w+ that)\b| (?:mean|use|help|aim|attack|stop)s?\b)/i;

/** A sentence that names what the one before it describes ("This is called a vertebroplasty."). */
const NAMES_WHAT_WAS_SAID = /^(?:This|It) is (?:called|known as)\b/;
/** What a sentence says before a term it names, to say what it is: "In a core needle biopsy, …", "also called …". */
const INTRODUCES_NAME = /(?:^(?:In|For) an?|also called|also known as)\s*$/i;

/**
 * "What is a clinical trial", "what does under CT guidance mean": a term the sheet says in passing, in a sentence
 * or three, that is no name of a passage or glossary entry. A sentence that says what it is answers; otherwise the
 * sheet only mentions it, which is not an answer: the part that mentions it is offered, never read as one.
 * Undefined for anything else (a name of the content, a word the sheet never says, a word it uses everywhere).
 */
function mentionedOnly(stems: readonly string[]): Answer | undefined {
  const last = stems.at(-1);
  if (last === undefined || GENERAL.test(last) || PICKS_ONE.test(stems[0] ?? '')) return undefined;
  const phrase = ` ${stems.join(' ')} `;
  const core = phrase.replace(HEAD_WORDS, '');
  // A passage's first name, or a glossary entry's, is answered by its content; another name of a passage ("full blood
  // count", "oncologist") only if the sentence that says it says what it is.
  const naming = (name: string) => name && [phrase, core].some((part) => part.trim() && ` ${name} `.includes(part));
  // A word alone names a glossary entry only as one of its names, or all of one but what kind of thing it is ("pet"
  // of "pet scan"): not as one word of a longer name ("positron" of "positron emission tomography").
  const bare = (name: string) => ` ${name} `.replace(HEAD_WORDS, '').trim();
  const isName = (name: string) => (stems.length > 1 ? naming(name) : name === last || bare(name) === last);
  for (const [key, names] of unitNames()) if (key.startsWith('g:') ? names.some(isName) : naming(names[0] ?? '')) return undefined;
  const saying: Array<[Unit, string]> = [];
  for (const [key, [sentences]] of Object.entries(indexFile.stems)) {
    const unit = byKey.get(key);
    if (unit && key.startsWith('p:'))
      sentences.split(',').forEach((line, n) => {
        if (` ${line} `.includes(phrase)) saying.push([unit, unit.sentences[n] ?? '']);
      });
  }
  const [first] = saying;
  if (!first || saying.length > FEW_MENTIONS) return undefined;
  const words = new RegExp(stems.map((word) => `${word.replace(/\W/g, '')}\\w*`).join('[\\s,]+'), 'i');
  for (const [unit, sentence] of saying) {
    const at = words.exec(sentence);
    if (at && (DEFINES.test(sentence.slice(at.index + at[0].length)) || INTRODUCES_NAME.test(sentence.slice(0, at.index))))
      return { kind: 'excerpt', unit, sentences: [sentence] };
    // A name of the passage ("bone cement") in the sentence that describes what the next one names as its subject ("…
    // an injection of bone cement … This is called a vertebroplasty"): the passage says what it is. Not any word of
    // that sentence ("severe back pain").
    const isName = unitNames().some(([key, names]) => key === unit.key && names.includes(stems.join(' ')));
    if (at && isName && NAMES_WHAT_WAS_SAID.test(unit.sentences[unit.sentences.indexOf(sentence) + 1] ?? ''))
      return { kind: 'passage', unit };
  }
  return { kind: 'not-covered', nearest: first[0] };
}

/** The term a question asks the meaning of, outright ("what is a clinical trial", "… what does EBRT mean"). */
function termAsked(said: string): string | undefined {
  const asked = WHAT_IS_X.exec(said) ?? ASKS_WHAT_X_MEANS.exec(said);
  const named = asked ? termOf(asked).split(' ') : [];
  // "What is that" names nothing itself: the name said before it does ("oncologist, what is that").
  const words = named.every((word) => FUNCTION_WORDS.has(word)) ? namedBefore(said) : named;
  // Words like "they" or a last "for" make the phrase part of a question, not a term: "what are they looking for"
  // ("under" may open a term of three words: "under CT guidance").
  return words.some((word, i) => (i > 0 || !words[2]) && FUNCTION_WORDS.has(word)) ? undefined : words.join(' ') || undefined;
}

/** A name said, then "what's that" ("core needle biopsy, what's that"): a name of three words at most, and nothing else. */
function namedBefore(said: string): string[] {
  const named = nameBeforeAsking(said, false)?.name;
  if (named) return named;
  // Else a name said whole last before it, after a function word ("so the surgeon wants a | biopsy, what is that").
  const asked = ASKS_WHAT_THAT_MEANS.exec(said);
  const before = asked ? said.slice(0, asked.index).trim().split(' ') : [];
  const last = before.slice(before.findLastIndex((word) => FUNCTION_WORDS.has(word)) + 1);
  const stems = nameStems(last);
  // A name of a passage or entry that says a glossary name ("core needle biopsy"), not any name ("lung cancer").
  const glossed = glossaryNames().some(([, names]) => names.some((name) => ` ${stems} `.includes(` ${name} `)));
  return glossed && isUnitName(stems) ? last : [];
}

/** Words as a unit's names are stored: their content stems, spaced. */
function nameStems(words: readonly string[]): string {
  return contentStems(words.join(' ')).join(' ');
}

/** Whether stems (nameStems) are a name of a passage or glossary entry, whole. */
function isUnitName(stems: string): boolean {
  return unitNames().some(([, names]) => names.includes(stems));
}

/**
 * A name quoted from someone, then what it means asked ("mum's letter from the hospital says secondary bone cancer,
 * can you explain what that means"): the question asked of the name alone, without the story around it.
 */
function quotedAsked(text: string): string | undefined {
  const quoted = nameBeforeAsking(normalizeText(text), true);
  return quoted && quoted.name.length > 0 ? `${quoted.name.join(' ')} ${quoted.asking}` : undefined;
}

/**
 * The words said before a question of what something means, from after the last quoting word when `quoted` (and only
 * if there is one), with that question's words: when they are a name of three words at most, no function word.
 */
function nameBeforeAsking(said: string, quoted: boolean): { name: string[]; asking: string } | undefined {
  const asked = ASKS_WHAT_THAT_MEANS.exec(said);
  if (!asked) return undefined;
  const before = said.slice(0, asked.index).trim().split(' ');
  const quoting = quoted ? before.findLastIndex((word) => QUOTING.has(word)) : -1;
  if (quoted && quoting < 0) return undefined;
  const after = before.slice(quoting + 1);
  // Quoted, a unit's name runs to the first function word ("said targeted therapy | might be an option for me").
  const end = quoted ? after.findIndex((word) => FUNCTION_WORDS.has(word)) : -1;
  const cut = end > 0 ? after.slice(0, end) : undefined;
  const name = cut && isUnitName(nameStems(cut)) ? cut : after;
  return name.length <= 3 && !name.some((word) => FUNCTION_WORDS.has(word)) ? { name, asking: asked[0] } : undefined;
}

/** Words after which a name is quoted: "the letter says …", "the nurse mentioned …". */
const QUOTING = new Set([
  'says',
  'said',
  'say',
  'mentioned',
  'mentions',
  'wrote',
  'written',
  'reads',
  'read',
  'called',
  'word',
  'words',
  'term',
]);

/** Every unit's key with its names as stems, read once from the index. */
function unitNames(): ReadonlyArray<readonly [string, readonly string[]]> {
  named ??= Object.entries(indexFile.stems).map(([key, [, names]]) => [key, names.split(',')] as const);
  return named;
}
let named: ReadonlyArray<readonly [string, readonly string[]]> | undefined;

/** Each glossary entry's key with its names as stems. */
function glossaryNames(): ReadonlyArray<readonly [string, readonly string[]]> {
  glossed ??= unitNames().filter(([key]) => key.startsWith('g:'));
  return glossed;
}
let glossed: ReadonlyArray<readonly [string, readonly string[]]> | undefined;

/** Where the sheet's own words say what the question asks about, or that they do not. */
function fromSheetWords(analysis: Analysis): Answer {
  const { said, question, found, known, unknown, groups, pairs } = analysis;
  if (question.terms.length === 0) {
    // "What are the signs of it": the words that ask of its signs are framing elsewhere ("is pain a sign of it").
    const signs = SIGNS_SAID.test(said) ? byKey.get(SYMPTOMS) : undefined;
    if (signs) return { kind: 'passage', unit: signs };
    if (!question.namesSubject) return { kind: 'unclear' };
    // "Can kids get it": what it asks was in words set aside as framing, and the overview is only the nearest.
    return question.asksWhatItIs ? { kind: 'passage', unit: overview() } : { kind: 'not-covered', nearest: overview() };
  }
  // Nothing it asks is in the sheet; if it names the cancer itself ("yoga for bone mets"), the overview is the nearest.
  if (known.length === 0) return namesTheCancer(said) ? { kind: 'not-covered', nearest: overview() } : { kind: 'not-covered' };

  const defined = definedLast(analysis);
  if (defined) return { kind: 'passage', unit: defined };

  const fits = [...new Set(known.flatMap((term) => [...(found.get(term) as Where).units]))].map((unit) =>
    fitOf(unit, groups, pairs, found),
  );
  if (fits.length === 0) return { kind: 'not-covered' };
  const top = Math.max(...fits.map((fit) => fit.covered));
  const tied = fits.filter((fit) => top - fit.covered < 1e-9);
  // Passages that say the question equally well are ranked by the library (BM25 over the whole question).
  if (tied.length > 1) {
    const ranks = new Map<string, number>();
    for (const result of index().search(known.join(' '), SEARCH_OPTIONS)) {
      const unit = String(result.id).split('#')[0] as string;
      ranks.set(unit, (ranks.get(unit) ?? 0) + result.score);
    }
    for (const fit of tied) fit.rank = ranks.get(fit.unit) ?? 0;
  }
  let best: Fit | undefined;
  for (const fit of tied) if (!best || better(fit, best)) best = fit;
  // The thing the question asks for by name, after its "what" or "which" ("what blood tests do they do"), is
  // the passage it asks about, whatever else it says ("doctor thinks it's gone to the bone"), if it says it.
  const focus = focusOf(said, fits, known);
  if (focus && best && best.unit !== focus.fit.unit && !sameAnswer(focus.fit.unit, byKey.get(best.unit) as Unit)) {
    // One word of focus does not outweigh a passage the question names more ("pressure on the spine, what
    // symptoms"); the words of the spread itself ("if it's spread to the bones") name nothing asked.
    const beyond = (unit: string) =>
      namedWeight(
        unit,
        groups.filter((group) => !group.terms.every(isTheSpreadsWord)),
        found,
      );
    if (focus.byPair || beyond(best.unit) <= beyond(focus.fit.unit)) best = focus.fit;
  }
  // The signs of a thing the symptoms passage only lists ("what are the signs if the calcium gets too high"): the
  // thing's own passage, which says them. Not by a word the symptoms passage is named by itself ("is pain the main
  // symptom": pain is its own, though "back pain" names the nerves).
  if (best?.unit === SYMPTOMS && SIGNS_SAID.test(said)) {
    const namesOnly = (term: string, unit: string) => found.get(term)?.named.has(unit) && !found.get(term)?.named.has(SYMPTOMS);
    const own = fits.find((fit) => fit.unit.startsWith('p:symptoms:') && known.some((term) => namesOnly(term, fit.unit)));
    if (own) best = own;
  }
  const unit = best ? byKey.get(best.unit) : undefined;
  if (!best || !unit) return { kind: 'not-covered' };
  // "What treatments are there for cancer that's spread to the bones": the passage named, and nothing narrower.
  if (best === focus?.fit && saysOnlyTheSpread(analysis, unit.key)) return { kind: 'passage', unit };
  // How far ahead of the best passage of another part of the sheet it is: words that two parts say as well are
  // a guess between them, not an answer.
  const strength = (fit: Fit): number => fit.covered + namedWeight(fit.unit, groups, found);
  const rival = Math.max(0, ...fits.filter((fit) => !sameAnswer(fit.unit, unit)).map(strength));
  const unsure = strength(best) < CONFIDENT || strength(best) - rival < MARGIN;

  const closest = (): Answer => ({ kind: 'partial', unit, sentences: closestSentences(unit, groups, found) });
  // A word the sheet never uses is what the question is about ("cannabis", "cost"): the sheet does not cover it.
  // Only when the rest names a passage very specifically is that passage worth quoting as the closest it comes.
  if (unknown > 0) {
    // Said as only the closest it comes, never as the answer: a listener hears what the sheet does say, and that
    // it may not be what was asked.
    if (best.covered >= QUOTE_CLOSEST) return closest();
    return best.covered >= NEAREST ? { kind: 'not-covered', nearest: unit } : { kind: 'not-covered' };
  }
  if (best.gap >= SPECIFIC) return closest();
  // A question that names the passage and asks nothing narrower ("what is palliative care") gets all of it.
  const named = groups.every((group) => group.terms.some((t) => found.get(t)?.named.has(unit.key)));
  const sentences = named ? undefined : quote(unit, groups, found);
  // Unsure, or a question that names the passage but asks something of it the words do not say ("how many ways
  // can they do a biopsy"): the same sentences, said as the closest the sheet comes, not the answer.
  // A question that asks what a passage is, in its own names ("what is the treatment", "what tests"), is answered
  // by it, however many other passages say the same common word.
  if (named && question.asksWhatItIs) return sentences ? { kind: 'excerpt', unit, sentences } : { kind: 'passage', unit };
  if (unsure || named) return { kind: 'partial', unit, sentences: sentences ?? unit.sentences };
  return sentences ? { kind: 'excerpt', unit, sentences } : { kind: 'passage', unit };
}
