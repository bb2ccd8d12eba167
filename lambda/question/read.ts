// How a person's question is read before it is matched against the sheet: the skill's one text normalisation
// (content/language), then the reviewed lay-word table (content/lay-words.json): everyday words and
// mishearings become the sheet's own terms, and the words that only frame a question ("my nana", "is that
// normal", "I was wondering") are set aside, so they never decide the answer. The table is compiled at build
// time (compileReading, written into search-index.json), so the skill reads it without tokenising it again.
import type { LayWords } from '../../content';
import { questionTokens } from '../../content/language/kinds';
import { FUNCTION_WORDS, isNumberStem, rememberingStem, stem, type Token, tokenize } from '../../content/language/normalize';
import { PASSING, phraseStems } from '../../content/language/phrases';

/** A question as the matcher sees it. */
export interface ReadQuestion {
  /** The content words' stems, in the order said, each once. */
  terms: string[];
  /** Neighbouring content words ("bone scan"): where the sheet says them together, it must say them together. */
  pairs: Array<[string, string]>;
  /** Words joined by "or" ("a drip or tablets"): the sheet answers the question if it has any of them. */
  alternatives: string[][];
  /** The question names the guide's subject (cancer), whatever else it says. */
  namesSubject: boolean;
  /**
   * The question asks what something is, or to be told about it ("what is …", "tell me about …", or a name on
   * its own), rather than something about it that the words set aside may have said ("can kids get it", "how
   * is it given"): only then is a passage that its words merely name the answer.
   */
  asksWhatItIs: boolean;
}

/** Every question here is about cancer: the word alone names the guide's subject, not a part of it. */
const SUBJECT = 'cancer';
const BONE = stem('bone');
const MEAN = stem('mean');

/** Words that ask what a thing is, or to hear about it. */
const WHAT_IT_IS = new Set(['what', 'whats', 'explain', 'describe', 'define', 'definition', 'meaning', 'mean', 'means']);
/** Words before "about" or "me" that ask to hear about a thing ("tell me", "more about", "info about"). */
const HEAR_ABOUT = /\b(?:tell (?:me|us)|(?:hear|know|learn|more|info|information|all) about)\b/;
/** Words that open a question asking something else of a thing: whether, how, why, when, who. */
const ASKS_OF_IT = new Set([
  'can',
  'could',
  'does',
  'do',
  'did',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'should',
  'how',
  'why',
  'when',
  'where',
  'who',
  'which',
  'whose',
  'has',
  'have',
]);

/** Words set aside that ask for nothing: greetings, thanks, and asking to be told. */
const ASK_NOTHING = new Set([
  'thanks',
  'thank',
  'cheers',
  'hi',
  'hello',
  'sorry',
  'ok',
  'okay',
  'yes',
  'yeah',
  'guide',
  'skill',
  'morning',
  'afternoon',
  'evening',
  'tell',
  'know',
  'like',
  'want',
  'wondering',
  'wonder',
  'curious',
]);

/**
 * Whether the question asks what something is (see ReadQuestion.asksWhatItIs): it says so, or it says nothing
 * but the name. A carrier Alexa keeps out of the slot ("can", "is") takes its words with it, so a word set aside
 * ("kids get …") is as telling as the carrier.
 */
function asksWhatItIs(tokens: readonly Token[], setAside: readonly string[]): boolean {
  if (tokens.some((token) => WHAT_IT_IS.has(token.word))) return true;
  if (HEAR_ABOUT.test(tokens.map((token) => token.word).join(' '))) return true;
  if (tokens.some((token) => ASKS_OF_IT.has(token.word))) return false;
  return setAside.every((word) => ASK_NOTHING.has(word));
}

/** Questions are a sentence; a pasted essay is read up to here. */
const MAX_WORDS = 60;

interface Phrase {
  stems: string[];
  /** The sheet's term, as stems (null between alternatives); empty for words that only frame the question. */
  means: Array<string | null>;
}

/**
 * The lay-word table as it is stored for the reader (compactly: it travels in the Lambda bundle): each meaning
 * once, as stems with null between alternatives (the first, empty, is a framing phrase's); each phrase as its
 * stems joined by spaces with the index of its meaning, grouped by its first stem (so that the reader looks up
 * only the stems a question says), longest first, as text: "rest:meaning" for each phrase (its stems after the
 * first, and its meaning's index), joined by "|"; and the framing words' stems.
 */
export interface ReadingTable {
  meanings: Array<Array<string | null>>;
  phrases: Record<string, string>;
  framing: string[];
}

/** A lay-word term as tokenize reads it: the sheet's term's words, and each way to say it as its words. */
export type TermWords = readonly [means: readonly string[], said: readonly (readonly string[])[]];

/** A text's words as tokenize reads them (before stemming). */
function wordsOf(text: string): string[] {
  return tokenize(text).map((token) => token.word);
}

/** Compiles the lay-word table (at build time): every phrase as stems, longest first, so the longest match wins. */
export function compileReading(layWords: LayWords): ReadingTable {
  return readingFrom(
    layWords.framing.phrases.map(phraseStems),
    layWords.terms.map((term): TermWords => [wordsOf(term.means), term.said.map(wordsOf)]),
    layWords.framing.words.map((word) => stem(word)),
  );
}

/**
 * compileReading from the framing phrases already as their stems (phraseStems), the terms already as their words, and
 * the framing words' stems: what the web app carries of them, with the terms the page lends it as words
 * (local/web-app/question-index.ts, lay-terms.ts), so that the page does not tokenise them again. A phrase's stems are
 * its words' but those that only say who (PASSING), as phraseStems reads them; the sheet's term is its words' stems
 * but function words, with null for "or".
 */
export function readingFrom(
  framingPhrases: readonly (readonly string[])[],
  terms: readonly TermWords[],
  framingStems: readonly string[],
): ReadingTable {
  const stemOf = rememberingStem();
  const meanings: Array<Array<string | null>> = [[]];
  const keys = new Map<string, number>([['[]', 0]]);
  const phrases: Array<[string, number]> = [];
  // A meaning is numbered when its first phrase is added (a term none of whose phrases has a stem adds none).
  const add = (phrase: readonly string[], means: Array<string | null>, key: string): void => {
    if (phrase.length === 0) return;
    let index = keys.get(key);
    if (index === undefined) {
      index = meanings.push(means) - 1;
      keys.set(key, index);
    }
    phrases.push([phrase.join(' '), index]);
  };
  for (const phrase of framingPhrases) add(phrase, [], '[]');
  for (const [meansWords, saidWords] of terms) {
    const means = meansWords.flatMap((word) => (word === 'or' ? [null] : FUNCTION_WORDS.has(word) ? [] : [stemOf(word)]));
    const key = JSON.stringify(means);
    for (const said of saidWords) add(said.filter((word) => !PASSING.has(word)).map(stemOf), means, key);
  }
  // Longest first (a stable sort: in the order added among phrases of a length), each phrase's length counted once.
  const lengths = new Map(phrases.map((phrase) => [phrase, phrase[0].split(' ').length]));
  phrases.sort((a, b) => (lengths.get(b) as number) - (lengths.get(a) as number));
  const byFirst: Record<string, string> = {};
  // A phrase said with the same meaning twice (two terms, or a term and its mishearing) is stored once: the first
  // that matches is read, so a later copy of it is never reached.
  const stored = new Set<string>();
  for (const [said, meaning] of phrases) {
    if (/[|:]/.test(said)) throw new Error(`lay words: "${said}" cannot be stored`);
    if (stored.has(`${said}:${meaning}`)) continue;
    stored.add(`${said}:${meaning}`);
    const [first = '', ...rest] = said.split(' ');
    const entry = `${rest.join(' ')}:${meaning}`;
    byFirst[first] = Object.hasOwn(byFirst, first) ? `${byFirst[first]}|${entry}` : entry;
  }
  return { meanings, phrases: byFirst, framing: [...new Set(framingStems)] };
}

interface Reader {
  table: ReadingTable;
  /** The phrases starting with each stem, made when a question first says it (most stems start none). */
  phrasesByFirst: Map<string, readonly Phrase[]>;
  framing: Set<string>;
}

const NO_PHRASES: readonly Phrase[] = [];

function readerOf(table: ReadingTable): Reader {
  return { table, phrasesByFirst: new Map(), framing: new Set(table.framing) };
}

function phrasesStarting(reader: Reader, stem: string): readonly Phrase[] {
  let phrases = reader.phrasesByFirst.get(stem);
  if (!phrases) {
    const { table } = reader;
    // Only the table's own stems are kept: a person may say any word.
    const stored = Object.hasOwn(table.phrases, stem) ? table.phrases[stem] : undefined;
    if (!stored) return NO_PHRASES;
    phrases = stored.split('|').map((entry) => {
      const colon = entry.lastIndexOf(':');
      const rest = entry.slice(0, colon);
      return {
        stems: rest === '' ? [stem] : [stem, ...rest.split(' ')],
        means: table.meanings[Number(entry.slice(colon + 1))] ?? [],
      };
    });
    reader.phrasesByFirst.set(stem, phrases);
  }
  return phrases;
}

function isFraming(reader: Reader, token: Pick<Token, 'word' | 'stem'>): boolean {
  return FUNCTION_WORDS.has(token.word) || reader.framing.has(token.stem);
}

/** The longest phrase starting at token `at`, and how many tokens it spans (passing words included). */
function longestAt(reader: Reader, tokens: readonly Token[], at: number): { phrase: Phrase; length: number } | undefined {
  const first = tokens[at];
  if (!first) return undefined;
  for (const phrase of phrasesStarting(reader, first.stem)) {
    let next = at;
    let matched = 0;
    while (matched < phrase.stems.length && next < tokens.length) {
      const token = tokens[next] as Token;
      if (token.stem === phrase.stems[matched]) matched += 1;
      else if (!PASSING.has(token.word) || matched === 0) break;
      next += 1;
    }
    if (matched === phrase.stems.length) return { phrase, length: next - at };
  }
  return undefined;
}

/** Days (one, not "mondays") and spans of the calendar (by stem), written as one string: they travel in the Lambda and the web app. */
const DAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const SPANS = new Set('day week fortnight weekend month year'.split(' ').map(stem));
/** Words that make a day or a span a date ("next week", "this friday"), not a length of time ("over a few weeks"). */
const POINTS_AT = new Set('next last this coming past'.split(' '));
/** Words before a day's name that make it a date ("on monday", "since tuesday"). */
const BEFORE_DAY = new Set('on by from until till since before after'.split(' '));

/**
 * How many tokens from `at` say when something happens to the person ("next week", "on monday", "three weeks
 * ago"): the sheet never answers by the calendar, so a date said beside a question ("dad starts radiotherapy next
 * week, what does it do") must not pull its "over a few weeks" in. "The last weeks" (of life) is not a date, nor
 * "on mondays" (every Monday), nor a length ("for two weeks").
 */
function whenSaid(tokens: readonly Token[], at: number): number {
  const word = (tokens[at] as Token).word;
  const next = tokens[at + 1];
  if (next && POINTS_AT.has(word) && tokens[at - 1]?.word !== 'the' && (SPANS.has(next.stem) || DAYS.has(next.word))) return 2;
  if (next && BEFORE_DAY.has(word) && DAYS.has(next.word)) return 2;
  // "once it's in the bones": a time a clause opens with, not a count ("just the once").
  if (word === 'once' && next?.word === 'it') return 1;
  // "after they take them out": a time a clause opens with, not the sheet's "after a diagnosis" ("after they're told").
  if (word === 'after' && next && CLAUSE_SUBJECTS.has(next.word) && !LEARNING.has(tokens[at + 2]?.word ?? '')) return 1;
  // "three weeks ago", "a couple of months ago": the count and the span before "ago".
  for (let end = at + 1; end <= at + 3 && end < tokens.length; end += 1) {
    if ((tokens[end] as Token).word !== 'ago' || !SPANS.has((tokens[end - 1] as Token).stem)) continue;
    const counted = tokens
      .slice(at, end - 1)
      .every((token) => FUNCTION_WORDS.has(token.word) || /^(?:couple|few|several)$/.test(token.word) || isNumberStem(token.stem));
    if (counted) return end - at;
  }
  return 0;
}

/** Subjects that open a clause of their own after "after" ("after they take it out"). */
const CLAUSE_SUBJECTS = new Set(['they', 'he', 'she', 'you', 'we', 'i']);
/** What follows "after they" when it is the news itself: "after we found out", "after they are told". */
const LEARNING = new Set('are were was got get found find heard hear told learnt learned had have'.split(' '));

/** The words between the cancer and the bone when it is said to be there already ("it's spread to his bones"). */
const SAYS_IT_REACHED =
  /^it (?:is|has|had|was) (?:(?:spread|gone|got|moved|travelled) )?(?:in|to|into) (?:(?:the|her|his|my|your|their) )?/;

/**
 * How many words from `at` say that the cancer is in the bone already ("it's in the bones", "it has spread to his
 * bones"), if they do: not whether it can spread there ("can it spread to the bones", "which ones spread to bone").
 */
function spreadSaid(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.word !== 'it') return 0;
  const said = SAYS_IT_REACHED.exec(
    `${tokens
      .slice(at, at + 6)
      .map((token) => token.word)
      .join(' ')} `,
  );
  const bone = said ? at + said[0].split(' ').length - 1 : at;
  return bone > at && tokens[bone]?.stem === BONE ? bone + 1 - at : 0;
}

/**
 * Whether the "or" at `at` closes "a too, or just b" ("do they x ray the chest as well or just the sore bones"): the
 * side after it is what the speaker takes as given, and what is asked is only the side before it.
 */
function asksBeyondAssumed(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1]?.word;
  if (next !== 'just' && next !== 'only') return false;
  const before = tokens[at - 1]?.word;
  return before === 'too' || before === 'also' || (before === 'well' && tokens[at - 2]?.word === 'as');
}

const readers = new WeakMap<ReadingTable, Reader>();

/** Who or where, said before a last "after": someone is picked up or taken somewhere after it. */
const PICKED_UP = new Set('up home off out work him her them me us mum dad nan pop brother sister husband wife son daughter'.split(' '));

/** Reads a question: lay words mapped to the sheet's terms, framing words dropped, pairs and "or"s noted. */
export function readQuestion(text: string, table: ReadingTable): ReadQuestion {
  let reader = readers.get(table);
  if (!reader) {
    reader = readerOf(table);
    readers.set(table, reader);
  }
  const tokens = questionTokens(text).slice(0, MAX_WORDS);
  // "After" ending what is said, after someone or somewhere, is when they are picked up ("i pick him up after", "i
  // drive her home after"): it names no passage ("after a diagnosis"). "How do people cope after" keeps it.
  if (tokens.at(-1)?.word === 'after' && PICKED_UP.has(tokens.at(-2)?.word ?? '')) tokens.pop();
  // The content words in order, with "or" kept as a marker between them.
  let sequence: Array<string | null> = [];
  const setAside: string[] = [];
  let saysTheSpread = false;
  // Whether the last words read, past function and framing words, named the cancer in a phrase set aside ("bone cancer").
  let setAsideLast = false;
  // Where the words that say the cancer reached the bone were read (spreadSaid), and how many.
  const spread: number[] = [];
  for (let at = 0; at < tokens.length; ) {
    const when = whenSaid(tokens, at);
    if (when > 0) {
      at += when;
      continue;
    }
    const reached = spreadSaid(tokens, at);
    if (reached > 0) {
      for (const token of tokens.slice(at, at + reached)) if (!isFraming(reader, token)) spread.push(sequence.push(token.stem) - 1);
      setAsideLast = false;
      at += reached;
      continue;
    }
    const found = longestAt(reader, tokens, at);
    if (found) {
      // A framing phrase that says the bone ("bone mets", "metastases to bone") names the cancer itself.
      if (found.phrase.means.length === 0 && found.phrase.stems.includes(BONE)) saysTheSpread = true;
      sequence.push(...found.phrase.means);
      setAsideLast = found.phrase.means.length === 0 && found.phrase.stems.at(-1) === SUBJECT;
      at += found.length;
      continue;
    }
    const token = tokens[at] as Token;
    // "is myeloma a bone cancer or a blood cancer": the side before "or" was a name of the cancer set aside, so the
    // word before it is no alternative ("myeloma or blood"); the "or" joins nothing. ("prostate cancer in the bones or
    // lung" still compares prostate and lung.)
    if (token.word === 'or') {
      if (asksBeyondAssumed(tokens, at)) break;
      if (!setAsideLast) sequence.push(null);
    } else if (!isFraming(reader, token)) {
      sequence.push(token.stem);
      setAsideLast = false;
    } else if (!FUNCTION_WORDS.has(token.word)) setAside.push(token.word);
    at += 1;
  }
  // "once it's in the bones" says the cancer itself, as "secondary bone cancer" does: what it asks is the rest, if any,
  // unless it asks what that means ("the doctor says it's in my bones, what does that mean").
  const asksMeaning = tokens.some((token) => token.stem === MEAN);
  if (spread.length > 0 && !asksMeaning && sequence.some((term, i) => term !== null && !spread.includes(i))) {
    sequence = sequence.filter((_, i) => !spread.includes(i));
    saysTheSpread = true;
  }
  const terms: string[] = [];
  const pairs: Array<[string, string]> = [];
  const alternatives: string[][] = [];
  let chain: string[] | undefined;
  sequence.forEach((current, i) => {
    const previous = sequence[i - 1];
    if (current === null) {
      // "a or b or c" is one chain of alternatives.
      if (previous && sequence[i + 1]) {
        if (!chain) {
          chain = [previous];
          alternatives.push(chain);
        }
      } else chain = undefined;
      return;
    }
    if (!terms.includes(current)) terms.push(current);
    if (previous === null && chain && !chain.includes(current)) chain.push(current);
    else if (previous !== null) chain = undefined;
    if (previous && previous !== current) pairs.push([previous, current]);
  });
  const namesSubject = saysTheSpread || tokens.some((token) => token.stem === SUBJECT);
  return {
    terms,
    pairs,
    alternatives: alternatives.filter((group) => group.length > 1),
    namesSubject,
    asksWhatItIs: asksWhatItIs(tokens, setAside),
  };
}
