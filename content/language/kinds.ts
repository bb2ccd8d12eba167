// What a person's question asks for: its answer kind (content/question-kinds.json), told from cues, words in
// order, that are reviewed as data. The kind decides how the question may be answered: only by a passage
// that gives that kind of answer, or not from a passage at all (crisis support, an escalation, a decline).
// The table is compiled at build time (compileKinds, into search-index.json); the skill only matches.
import type { QuestionKindTable } from '../types';
import { clauseAsks, clauseStarts, clauseTells, leansBack } from './clauses';
import { codeOf, inWords } from './cue-codes';
import { type Token, tokenize } from './normalize';

/** Most words a cue's "..." lets stand between two of its parts. */
const GAP = 4;

/**
 * One way to say a part of a cue: words side by side, joined by spaces. Each is a stem, "x*" (a word starting
 * so), "@name" (any of a word list's alternatives), or "^" / "$" (the question's start or end). Kept as one
 * string: the compiled table travels in the Lambda package.
 */
type Alternative = string;
/** A cue: its parts in order, each a list of alternatives; parts may stand up to GAP words apart. */
type Cue = Alternative[][];

export interface CompiledKind {
  id: string;
  reply: 'crisis' | 'emergency' | 'escalate' | 'decline' | 'sheet';
  gentle?: true;
  /** Answered after the escalation line when a symptom happening now is said with it. */
  withSymptom?: true;
  /** A question said after its cues, that the sheet answers, comes first. */
  yieldsToQuestion?: true;
  /** The key of the unit that answers the kind (set by the index build). */
  from?: string;
  /** An escalation whose passage is offered, not read (QuestionKind.notDescribed). */
  notDescribed?: true;
  /** A second unit whose sentences of this kind follow (set by the index build). */
  alsoFrom?: string;
  /** Given by another passage that names what was asked of (QuestionKind.givenElsewhere). */
  givenElsewhere?: true;
  /** Answered by each of two things named (QuestionKind.eachNamed). */
  eachNamed?: true;
  /** The topics whose passages it is asked of (QuestionKind.asksOf), joined by ",". */
  asksOf?: string;
  /** Only the closest the sheet comes when the question says a word the sheet never says (QuestionKind.hedgedByUnknown). */
  hedgedByUnknown?: true;
  /** Only the closest the sheet comes unless its sentences say what else the question names (QuestionKind.hedgedUnlessSaid). */
  hedgedUnlessSaid?: true;
  /** Its passage is only ever the closest the sheet comes (QuestionKind.closestOnly). */
  closestOnly?: true;
  /** Beside a symptom, the symptom's passage is read too (QuestionKind.withSymptomPassage). */
  withSymptomPassage?: true;
  /**
   * Its rules, each cue lists that must all match and cue lists none of which may, as one string (it travels in the
   * Lambda bundle): rules joined by ";", a rule's lists by ",", with "!" before those that must not match ("!!" when
   * they are read over everything said: QuestionKindRule.noneAnywhere).
   */
  rules: string;
}

/**
 * What a part of a cue can start with: a stem, "x*" (the start of a word; "*" alone is any word), or "@name" (what
 * word list `name` can start with: the first words of its alternatives, any list they name expanded).
 */
type Start = string;

/** The kinds and their cues as stored in the question index: no tokenising left for the skill to do. */
export interface KindTable {
  /** By word list: its alternatives joined by "|" (one string each, not an array: it travels in the Lambda bundle). */
  lists: Record<string, string>;
  /**
   * By cue list: its cues, compactly (cues joined by ";", a cue's parts by "/", a part's alternatives by "|"). A cue
   * is read in place when a question tries it, and decoded only if it could match (mayMatch): few are.
   */
  cues: Record<string, string>;
  kinds: CompiledKind[];
  /**
   * Only in the Lambda's bundle (scripts/build.mjs, `cuesInCodes`): the cue lists' most frequent words, each written
   * in them as a code of one or two characters, the first a capital, a code's number its place in this text (read by
   * ./cue-codes.ts, which says how, and which the build runs to check the lists read back). A cue's words are read
   * back where the matcher reads words (inWords), and a question's words are looked up here when it first reads a cue
   * in place (opensOf): the cues match as they would in words.
   */
  codes?: string;
}

function wordsOf(text: string): string[] {
  const prefix = text.endsWith('*');
  const tokens = tokenize(prefix ? text.slice(0, -1) : text);
  return tokens.map((token, i) => (prefix && i === tokens.length - 1 ? `${token.word}*` : token.stem));
}

function alternativeOf(raw: string, lists: Readonly<Record<string, string>>): Alternative {
  let text = raw.trim();
  const start = text.startsWith('^');
  const end = text.endsWith('$');
  text = text.replace(/^\^+/, '').replace(/\$+$/, '').trim();
  const words = text.split(' ').flatMap((word) => {
    if (!word.startsWith('@')) return wordsOf(word);
    if (!(word.slice(1) in lists)) throw new Error(`unknown word list ${word}`);
    return [word];
  });
  return [...(start ? ['^'] : []), ...words, ...(end ? ['$'] : [])].join(' ');
}

/**
 * Compiles one cue ("want|wish ... die|dead"). A "^" opening a part ties every alternative of that part to the
 * question's start ("^can|could|does …"); a "$" ties only the alternative it closes ("be here|make it$": "make it"
 * at the end, "be here" anywhere), as "a|b$" tying both read as one had been a trap more than once.
 */
function compileCue(cue: string, lists: Readonly<Record<string, string>>): Cue {
  const segments = cue
    .split('...')
    .map((segment) => segment.trim())
    .filter(Boolean);
  return segments.map((segment) => {
    const start = segment.startsWith('^');
    return segment.split('|').map((raw) => alternativeOf(`${start ? '^' : ''}${raw}`, lists));
  });
}

/** Compiles the reviewed table (at build time); throws on a cue list or word list that does not exist. */
export function compileKinds(table: QuestionKindTable): KindTable {
  const lists: Record<string, Alternative[]> = {};
  for (const [name, words] of Object.entries(table.words))
    lists[name] = words.split('|').map((word) => word.split(' ').flatMap(wordsOf).join(' '));
  const cues: Record<string, string> = {};
  for (const [name, raw] of Object.entries(table.cues)) {
    // A cue with no parts never matches: not stored, so a cue's number is its place among those stored.
    const list = raw
      .map((cue) => compileCue(cue, table.words))
      .filter((cue) => cue.length > 0)
      // Words that stem alike ("living", "live") are one alternative once stemmed: stored once; and a word another
      // alternative of the part already says ("tablets" beside "@medicine", "scared" beside "scar*") not at all.
      .map((cue) => cue.map((part) => withoutSaidTwice([...new Set(part)], lists)));
    cues[name] = encodeCues(list);
  }
  const kinds = table.kinds.map((kind) => {
    if (kind.when.length === 0 || kind.when.some((rule) => rule.all.length === 0))
      throw new Error(`question kind ${kind.id}: a rule names no cue list that must match`);
    for (const name of kind.when.flatMap((rule) => [...rule.all, ...(rule.none ?? [])])) {
      if (!(name in cues)) throw new Error(`unknown cue list ${name}`);
      if (/[;,!]/.test(name)) throw new Error(`a cue list's name cannot be stored: "${name}"`);
    }
    const rules = kind.when
      .map((rule) => [rule.all.join(','), ...(rule.none?.length ? [rule.none.join(',')] : [])].join(rule.noneAnywhere ? '!!' : '!'))
      .join(';');
    return {
      id: kind.id,
      reply: kind.reply,
      ...(kind.gentle ? { gentle: true as const } : {}),
      ...(kind.withSymptom ? { withSymptom: true as const } : {}),
      ...(kind.yieldsToQuestion ? { yieldsToQuestion: true as const } : {}),
      ...(kind.from ? { from: kind.from } : {}),
      ...(kind.alsoFrom ? { alsoFrom: kind.alsoFrom } : {}),
      ...(kind.givenElsewhere ? { givenElsewhere: true as const } : {}),
      ...(kind.eachNamed ? { eachNamed: true as const } : {}),
      ...(kind.asksOf ? { asksOf: kind.asksOf.join(',') } : {}),
      ...(kind.hedgedByUnknown ? { hedgedByUnknown: true as const } : {}),
      ...(kind.hedgedUnlessSaid ? { hedgedUnlessSaid: true as const } : {}),
      ...(kind.closestOnly ? { closestOnly: true as const } : {}),
      ...(kind.withSymptomPassage ? { withSymptomPassage: true as const } : {}),
      ...(kind.notDescribed ? { notDescribed: true as const } : {}),
      rules,
    };
  });
  return {
    lists: Object.fromEntries(Object.entries(lists).map(([name, alternatives]) => [name, alternatives.join('|')])),
    cues,
    kinds,
  };
}

const CARET = 94;
/** "|", " ", "@", "*" and "$": how a stored word list's alternatives are read in place (listOpening). */
const BAR = 124;
const SPACE = 32;
const AT = 64;
const STAR = 42;
const DOLLAR = 36;

/**
 * What an alternative starts with: its first word after "^", or "*" (any word) when it has none but "^" or "$".
 * Read in place, without splitting the alternative into words: the matcher asks it of every part it decodes.
 */
function firstOf(alternative: Alternative): Start {
  let from = 0;
  let to = alternative.indexOf(' ');
  if (to === -1) return alternative === '^' || alternative === '$' ? '*' : alternative;
  if (to === 1 && alternative.charCodeAt(0) === CARET) {
    from = 2;
    to = alternative.indexOf(' ', from);
    if (to === -1) to = alternative.length;
  }
  const word = alternative.slice(from, to);
  return word === '$' ? '*' : word;
}

/** A cue list as one string: cues joined by ";", parts by "/", alternatives by "|". */
function encodeCues(list: readonly Cue[]): string {
  for (const alternative of list.flat(2))
    if (!/^[^;/|]+$/.test(alternative)) throw new Error(`a cue's alternative cannot be stored: "${alternative}"`);
  return list.map((cue) => cue.map((part) => part.join('|')).join('/')).join(';');
}

/** A part's alternatives less the single words that a word list or a word's start in the same part also says. */
function withoutSaidTwice(part: readonly Alternative[], lists: Readonly<Record<string, Alternative[]>>): Alternative[] {
  const said = new Set<string>();
  const starts: string[] = [];
  for (const alternative of part) {
    if (alternative.startsWith('@')) for (const word of listWordsOf(alternative.slice(1), lists)) said.add(word);
    else if (alternative.endsWith('*') && !alternative.includes(' ')) starts.push(alternative.slice(0, -1));
  }
  return part.filter(
    (alternative) =>
      alternative.includes(' ') ||
      alternative.startsWith('@') ||
      alternative.endsWith('*') ||
      !(said.has(alternative) || starts.some((start) => alternative.startsWith(start))),
  );
}

/** Every single word a word list says, any list it names expanded. */
function listWordsOf(name: string, lists: Readonly<Record<string, Alternative[]>>, seen = new Set<string>()): string[] {
  if (seen.has(name)) return [];
  seen.add(name);
  return (lists[name] ?? []).flatMap((alternative) =>
    alternative.startsWith('@') ? listWordsOf(alternative.slice(1), lists, seen) : alternative.includes(' ') ? [] : [alternative],
  );
}

/** What a part can start with: its alternatives themselves when each is one word (most are), else their first words. */
function partStarts(part: readonly Alternative[]): Start[] {
  for (let i = 0; i < part.length; i += 1) {
    const alternative = part[i] as Alternative;
    if (firstOf(alternative) !== alternative) return part.map(firstOf);
  }
  return part as Start[];
}

// ---- matching ------------------------------------------------------------------------------------------
// The matcher runs in the first question of every new container, before V8 has optimised any of it: there, a
// `for…of` loop allocates an iterator result at every step, and a question's classification made hundreds of
// kilobytes of garbage (two young-generation collections in a cold start: docs/performance.md). So its loops are
// indexed, and what it decodes it decodes once, as late as it can.

/** A cue ready to match: its parts' alternatives as words, and what each part can start with. */
interface PreparedCue {
  cue: Cue;
  /**
   * Its parts' alternatives as words, each split when a question first tries it where it could start (most are never
   * tried: a cue's part has dozens of alternatives, and a question says few of their first words).
   */
  parts?: Array<Array<string[] | undefined> | undefined>;
  starts: Start[][];
}

/**
 * A cue list as the matcher reads it: cue by cue, each decoded when a question first tries it. Its stored strings
 * are read in place (offsets into them), not split: a first question reads a few cues of a list of a hundred.
 */
interface CueList {
  /** Its place among the lists read so far: where a question keeps whether it matches (Part.matched). */
  index: number;
  text: string;
  /** Where each cue starts in `text`, and one more: where a cue after the last would start. */
  bounds: number[];
  /** Each cue once decoded; false once refused in place (mayMatch), so decoded when next tried. */
  cues: Array<PreparedCue | false | undefined>;
}

/**
 * The table as the matcher uses it: each word list and cue list read when a question first needs it (most
 * questions need few of them), kept for the container's life.
 */
interface Prepared {
  /**
   * Each word list's alternatives by the word each opens with ("" for those that open with "^", a word's start or a
   * list): at a token, only those that open with what it says are tried, and those that open otherwise. Each word's
   * found in the stored list when a question first says it there (listOpening), not the whole list split and grouped.
   */
  listsByFirst: Map<string, Map<string, string[][]>>;
  cues: Map<string, CueList>;
  /** What each word list can start with ("@name" → its starts), worked out when a question first needs it. */
  listStarts: Map<string, Start[]>;
  /** Each kind's rules (by its place in the table), read from their stored string once. */
  rules: Rule[][];
  /** How many cue lists the table has: the size of a part's matched lists (Part.matched). */
  cueCount: number;
}

const prepared = new WeakMap<KindTable, Prepared>();

function preparedOf(table: KindTable): Prepared {
  let ready = prepared.get(table);
  if (!ready) {
    ready = {
      listsByFirst: new Map(),
      cues: new Map(),
      listStarts: new Map(),
      rules: [],
      cueCount: Object.keys(table.cues).length,
    };
    prepared.set(table, ready);
  }
  return ready;
}

/** A "|"-joined stored list as its items ("" is none). */
function splitStored(stored: string | undefined): string[] {
  return stored ? stored.split('|') : [];
}

/**
 * Where each stretch of `text` between `separator`s starts, and one more (text.length + 1): none for "". Found with
 * indexOf, not by reading each character: the matcher runs cold, and a loop over kilobytes in V8's interpreter
 * cost more than the split it replaces.
 */
function boundsOf(text: string, separator: string): number[] {
  if (text === '') return [];
  const bounds = [0];
  for (let at = text.indexOf(separator); at !== -1; at = text.indexOf(separator, at + 1)) bounds.push(at + 1);
  bounds.push(text.length + 1);
  return bounds;
}

/**
 * What word list "@name" can start with: its alternatives' first words, and what a list one of them names can start
 * with (each list once, however they name each other).
 */
function listStartsOf(table: KindTable, ready: Prepared, reference: string): Start[] {
  let starts = ready.listStarts.get(reference);
  if (!starts) {
    const found = new Set<Start>();
    const seen = new Set<string>([reference]);
    const expand = (name: string): void => {
      // Read from the stored alternatives, not split into words: most lists a question needs the starts of are
      // never matched word by word (listWords), and splitting each was garbage in a container's first question. (A
      // list's alternatives are words and word starts, no "^" or "$": firstOf reads them as their first word.)
      const alternatives = splitStored(table.lists[name.slice(1)]);
      for (let a = 0; a < alternatives.length; a += 1) {
        const first = firstOf(alternatives[a] as Alternative);
        if (!first.startsWith('@')) found.add(first);
        else if (!seen.has(first)) {
          seen.add(first);
          expand(first);
        }
      }
    };
    expand(reference);
    starts = [...found];
    ready.listStarts.set(reference, starts);
  }
  return starts;
}

function cueListOf(table: KindTable, ready: Prepared, name: string): CueList {
  let list = ready.cues.get(name);
  if (!list) {
    const text = table.cues[name] ?? '';
    const bounds = boundsOf(text, ';');
    list = { index: ready.cues.size, text, bounds, cues: new Array(Math.max(0, bounds.length - 1)).fill(undefined) };
    ready.cues.set(name, list);
  }
  return list;
}

function alternativesOf(part: string): Alternative[] {
  return part.split('|');
}

/** Cue `n` of a list, decoded when first tried. */
function cueOf(list: CueList, n: number): PreparedCue {
  let cue = list.cues[n];
  if (!cue) {
    const decoded = list.text
      .slice(list.bounds[n], (list.bounds[n + 1] as number) - 1)
      .split('/')
      .map(alternativesOf);
    cue = { cue: decoded, starts: decoded.map(partStarts) };
    list.cues[n] = cue;
  }
  return cue;
}

/** The codes of the words questions have said (codeOf; "" for none), while the codes are these (a few thousand at most). */
const knownCodes = new Map<string, string>();
let knownCodesOf: string | undefined;

/** A word's code, or "" for none: each word looked up once (a question's clauses are questions of the same words). */
function knownCode(word: string, codes: string): string {
  if (knownCodesOf !== codes || knownCodes.size >= 4096) {
    knownCodes.clear();
    knownCodesOf = codes;
  }
  let code = knownCodes.get(word);
  if (code === undefined) {
    code = codeOf(word, codes);
    knownCodes.set(word, code);
  }
  return code;
}

function wordMatches(word: string, token: Token): boolean {
  if (!word.endsWith('*')) return token.stem === word || token.word === word;
  const start = word.slice(0, -1);
  return token.word.startsWith(start) || token.stem.startsWith(start);
}

/** One question being classified: its tokens, every stem and word it says, and what each word list can start with in it. */
interface Question {
  tokens: readonly Token[];
  /** Every stem and word it says, and their codes if the cues are written in codes (KindTable.codes). */
  said: ReadonlySet<string>;
  /** The codes of the stems and words it says (none if the cues are written in words). */
  coded: string[];
  table: KindTable;
  ready: Prepared;
  listStarted: Map<string, boolean>;
  /** Where parts can end: a stack partFrom and endsOf share. */
  ends: number[];
  /** Where a clause of the question ends that asks something, before another clause (token indices): "$" matches there. */
  clauseEnds?: number[];
  /**
   * Matches, from where a stored part starts, one of its alternatives that opens with a word the question says, or
   * that opens otherwise than with a word of its own (OPENS_OTHERWISE): made when the question first reads a cue in
   * place (mayMatch), which a warm container's questions seldom do.
   */
  opens?: RegExp;
}

/**
 * How an alternative opens otherwise than with a word of its own: with a word list ("@name"), the start of a word
 * ("x*"), "*", or "^" or "$" alone. One alternative of Question.opens: a part most cues are refused at was read by two
 * expressions, each running over the part from its start, and read by one it costs a container's first question
 * about 0.6M instructions fewer (docs/performance.md, "Issue 16, nineteenth pass").
 */
const OPENS_OTHERWISE = '@|\\$|\\^(?=[|/;]|$)|[^ |/;]*\\*(?=[ |/;]|$)';

/** A word as a regular expression that matches it. */
function literal(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Question.opens, made from the words the question says (a word twice is harmless), their codes and OPENS_OTHERWISE. */
function opensOf(question: Question): RegExp {
  const words: string[] = [];
  for (let i = 0; i < question.tokens.length; i += 1) {
    const token = question.tokens[i] as Token;
    words.push(literal(token.stem), literal(token.word));
  }
  for (let i = 0; i < question.coded.length; i += 1) words.push(question.coded[i] as string);
  question.opens = new RegExp(`(?:[^/;]*\\|)?(?:\\^ )?(?:(?:${words.join('|')})(?=[ |/;]|$)|${OPENS_OTHERWISE})`, 'y');
  return question.opens;
}

/**
 * Whether every part of cue `n` of a list could start in the question, read in place (not decoded): each has an
 * alternative that opens with a word the question says, or that opens otherwise (those couldMatch decides). A cue
 * refused here is one couldMatch would refuse; most cues a question tries are, and decoding them all was most of a
 * cold question's classification and of the young allocation that survived its scavenges (docs/performance.md).
 */
function mayMatch(list: CueList, n: number, question: Question): boolean {
  const { text } = list;
  const end = (list.bounds[n + 1] as number) - 1;
  const opens = question.opens ?? opensOf(question);
  for (let at = list.bounds[n] as number; at < end; ) {
    opens.lastIndex = at;
    if (!opens.test(text)) return false;
    const slash = text.indexOf('/', at);
    if (slash === -1 || slash > end) return true;
    at = slash + 1;
  }
  return true;
}

/** Whether `text` starts `word`: "x*" the start of a word, without slicing. */
function startsWithPrefix(text: string, prefix: Start): boolean {
  const length = prefix.length - 1;
  if (text.length < length) return false;
  for (let i = 0; i < length; i += 1) if (text.charCodeAt(i) !== prefix.charCodeAt(i)) return false;
  return true;
}

/** Whether something in the question can start a part: a word it says, the start of one, or a word list's start. */
function started(start: Start, question: Question): boolean {
  if (start.endsWith('*')) {
    const { tokens } = question;
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i] as Token;
      if (startsWithPrefix(token.word, start) || startsWithPrefix(token.stem, start)) return true;
    }
    return false;
  }
  if (!start.startsWith('@')) return question.said.has(start);
  let result = question.listStarted.get(start);
  if (result === undefined) {
    result = false;
    const starts = listStartsOf(question.table, question.ready, start);
    for (let i = 0; i < starts.length; i += 1) {
      if (started(starts[i] as Start, question)) {
        result = true;
        break;
      }
    }
    question.listStarted.set(start, result);
  }
  return result;
}

/** Whether an alternative's first word (or start) is a word of its own: not "^", "$", "*", a word's start or a word list. */
function isWord(first: string): boolean {
  return !(first === '^' || first === '$' || first.endsWith('*') || first.startsWith('@'));
}

/** Every position where `words[i…]`, said from token `at`, can end (exclusive), added to `ends`. */
function endsOf(words: readonly string[], i: number, tokens: readonly Token[], at: number, question: Question, ends: number[]): void {
  const word = words[i];
  if (word === undefined) {
    ends.push(at);
    return;
  }
  if (word === '^') {
    if (at === 0) endsOf(words, i + 1, tokens, at, question, ends);
    return;
  }
  if (word === '$') {
    // The end of a question, or of a clause that asks before something else is said ("how long has he got | he had …").
    if (at === tokens.length || question.clauseEnds?.includes(at)) ends.push(at);
    return;
  }
  if (word.startsWith('@')) {
    // Only the list's alternatives that could be said here (the ends found are the same, and the order of the ends
    // decides nothing): trying every alternative at every position was thousands of calls in a cold question.
    const { table, ready } = question;
    const token = tokens[at];
    listEnds(listOpening(table, ready, word, ''), words, i, tokens, at, question, ends);
    if (token) {
      listEnds(listOpening(table, ready, word, token.stem), words, i, tokens, at, question, ends);
      if (token.word !== token.stem) listEnds(listOpening(table, ready, word, token.word), words, i, tokens, at, question, ends);
    }
    return;
  }
  const token = tokens[at];
  if (token && wordMatches(word, token)) endsOf(words, i + 1, tokens, at + 1, question, ends);
}

/** endsOf for `words[i…]` whose word `i` is a list, over some of the list's alternatives (`list`). */
function listEnds(
  list: readonly string[][] | undefined,
  words: readonly string[],
  i: number,
  tokens: readonly Token[],
  at: number,
  question: Question,
  ends: number[],
): void {
  if (!list) return;
  for (let w = 0; w < list.length; w += 1) {
    // Where the list's word ends, then where the rest can end from there; only the latter are kept, in `ends`
    // itself (no array per list word: a question's classification made a great deal of garbage).
    const from = ends.length;
    endsOf(list[w] as string[], 0, tokens, at, question, ends);
    const innerStop = ends.length;
    for (let k = from; k < innerStop; k += 1) endsOf(words, i + 1, tokens, ends[k] as number, question, ends);
    const stop = ends.length;
    let kept = from;
    for (let k = innerStop; k < stop; k += 1) ends[kept++] = ends[k] as number;
    ends.length = kept;
  }
}

/** A word list's alternatives that open with none of the question's words. */
const NONE: string[][] = [];

/**
 * Word list "@name"'s alternatives, as words, that open with the word `first`, or with no word of their own for ""
 * (Prepared.listsByFirst), in the list's order: found in its stored string ("a b|c|…") with indexOf, and only those
 * split. (The whole list split and grouped by first word at its first use was most of the young memory the lists
 * cost a container's first question, which the pass's cues took over the scavenge task's trigger: docs/performance.md,
 * "Issue 16, twenty-third pass, third round".)
 */
function listOpening(table: KindTable, ready: Prepared, reference: string, first: string): readonly string[][] {
  let byFirst = ready.listsByFirst.get(reference);
  if (!byFirst) {
    byFirst = new Map();
    ready.listsByFirst.set(reference, byFirst);
  }
  let found = byFirst.get(first);
  if (!found) {
    const stored = table.lists[reference.slice(1)] ?? '';
    found = first === '' ? opensOtherwise(stored) : opensWith(stored, first);
    if (found.length === 0) found = NONE;
    // Kept by the words questions say, not by the list's own: bounded, as knownCodes is, for a container's life.
    if (byFirst.size >= 256) byFirst.clear();
    byFirst.set(first, found);
  }
  return found;
}

/** The alternatives of a stored list (none for "") whose first word is `word`, a word (isWord), as words. */
function opensWith(stored: string, word: string): string[][] {
  const found: string[][] = [];
  const { length } = word;
  for (let at = stored.indexOf(word); at !== -1; at = stored.indexOf(word, at + 1)) {
    if (at > 0 && stored.charCodeAt(at - 1) !== BAR) continue;
    const after = at + length;
    if (after < stored.length && stored.charCodeAt(after) !== BAR && stored.charCodeAt(after) !== SPACE) continue;
    const stop = stored.indexOf('|', after);
    found.push(stored.slice(at, stop === -1 ? stored.length : stop).split(' '));
  }
  return found;
}

/**
 * The alternatives of a stored list (none for "") whose first word is not a word (isWord: "^", "$", a word's start,
 * a list) or is empty, as words.
 */
function opensOtherwise(stored: string): string[][] {
  const found: string[][] = [];
  if (stored === '') return found;
  let space = stored.indexOf(' ');
  for (let at = 0; at <= stored.length; ) {
    let stop = stored.indexOf('|', at);
    if (stop === -1) stop = stored.length;
    if (space !== -1 && space < at) space = stored.indexOf(' ', at);
    const end = space === -1 || space > stop ? stop : space;
    const opening = stored.charCodeAt(at);
    if (
      end === at ||
      opening === AT ||
      stored.charCodeAt(end - 1) === STAR ||
      (end === at + 1 && (opening === CARET || opening === DOLLAR))
    )
      found.push(stored.slice(at, stop).split(' '));
    at = stop + 1;
  }
  return found;
}

/** Alternative `a` of a part as words, split when first needed. */
function wordsOfAlternative(
  split: Array<string[] | undefined>,
  alternatives: readonly Alternative[],
  a: number,
  codes: string | undefined,
): string[] {
  let words = split[a];
  if (!words) {
    words = (alternatives[a] as Alternative).split(' ');
    if (codes !== undefined) for (let i = 0; i < words.length; i += 1) words[i] = inWords(words[i] as string, codes);
    split[a] = words;
  }
  return words;
}

function partFrom(cue: PreparedCue, part: number, from: number, question: Question): boolean {
  const alternatives = cue.cue[part];
  if (!alternatives) return true;
  cue.parts ??= new Array(cue.cue.length);
  let split = cue.parts[part];
  if (!split) {
    split = new Array(alternatives.length);
    cue.parts[part] = split;
  }
  const { tokens } = question;
  const last = Math.max(from, part === 0 ? tokens.length - 1 : Math.min(tokens.length - 1, from + GAP));
  const starts = cue.starts[part] as Start[];
  // Alternative by alternative (whether one matches is all that is asked, so the order decides nothing), each tried
  // only where it could start: an alternative that opens with a word of its own only where the question says that
  // word. Trying each at every position was most of a cold question's classification (thousands of calls).
  const { codes } = question.table;
  for (let a = 0; a < alternatives.length; a += 1) {
    const first = starts[a] as Start;
    if (isWord(first)) {
      if (!question.said.has(first)) continue;
      const word = codes === undefined ? first : inWords(first, codes);
      for (let at = from; at <= last; at += 1) {
        const token = tokens[at];
        if (
          token &&
          (token.stem === word || token.word === word) &&
          restFrom(cue, part, wordsOfAlternative(split, alternatives, a, codes), at, question)
        )
          return true;
      }
    } else if (started(first, question)) {
      const words = wordsOfAlternative(split, alternatives, a, codes);
      for (let at = from; at <= last; at += 1) if (restFrom(cue, part, words, at, question)) return true;
    }
  }
  return false;
}

/** Whether the alternative `words` of a part, said from token `at`, is followed by the cue's later parts. */
function restFrom(cue: PreparedCue, part: number, words: readonly string[], at: number, question: Question): boolean {
  // Ends are collected on one stack shared by every call: each call reads its own stretch, and what it called
  // leaves the stack as it found it.
  const ends = question.ends;
  const start = ends.length;
  endsOf(words, 0, question.tokens, at, question, ends);
  const stop = ends.length;
  for (let k = start; k < stop; k += 1) {
    if (partFrom(cue, part + 1, ends[k] as number, question)) {
      ends.length = start;
      return true;
    }
  }
  ends.length = start;
  return false;
}

/** Whether every part of the cue has something it could start with in the question: most cues fail here. */
function couldMatch(cue: PreparedCue, question: Question): boolean {
  for (let p = 0; p < cue.starts.length; p += 1) {
    const starts = cue.starts[p] as Start[];
    let any = false;
    for (let s = 0; s < starts.length; s += 1) {
      if (started(starts[s] as Start, question)) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}

/**
 * A cue tried for the first time is read in place and decoded only if it could match: a cold question tries many cues
 * and could match few. A cue tried again is decoded, so that a warm container's questions find every cue they try
 * ready, and make neither the regular expression mayMatch reads with nor the garbage (its warm peak: "Issue 16,
 * eighth pass").
 */
function cueMatches(list: CueList, n: number, question: Question): boolean {
  if (list.cues[n] === undefined && !mayMatch(list, n, question)) {
    list.cues[n] = false;
    return false;
  }
  const cue = cueOf(list, n);
  return cue.cue.length > 0 && couldMatch(cue, question) && partFrom(cue, 0, 0, question);
}

function listMatches(list: CueList, question: Question): boolean {
  for (let n = 0; n < list.cues.length; n += 1) if (cueMatches(list, n, question)) return true;
  return false;
}

/** Questions are a sentence; a pasted essay is read up to here, as everywhere else. */
const MAX_CHARS = 1000;

let lastText: string | undefined;
let lastTokens: readonly Token[] = [];

/**
 * A question's tokens, remembered for the last question: it is classified here and read by the question reader
 * (lambda/question/read.ts), often more than once, and tokenising it again was much of a question's garbage.
 * The tokens are shared: nothing may change them. Read up to MAX_CHARS, for every caller alike.
 */
export function questionTokens(text: string): readonly Token[] {
  if (text !== lastText) {
    lastTokens = tokenize(text.slice(0, MAX_CHARS));
    lastText = text;
  }
  return lastTokens;
}

/** A kind's rule: cue lists that must all match, and cue lists none of which may. */
interface Rule {
  all: string[];
  none: string[];
  /** Its "none" lists are read over everything said, not only the clauses its own lists were said in. */
  anywhere: boolean;
}

/** A kind's rules, read from their stored string (CompiledKind.rules). */
function rulesOf(kind: CompiledKind): Rule[] {
  if (kind.rules === '') return [];
  return kind.rules.split(';').map((rule) => {
    const anywhere = rule.includes('!!');
    const [all = '', none = ''] = rule.split(anywhere ? '!!' : '!');
    return { all: all.split(','), none: none === '' ? [] : none.split(','), anywhere };
  });
}

/** The tokens as a question to match cues in, with every stem and word they say. */
function questionOf(tokens: readonly Token[], table: KindTable, ready: Prepared): Question {
  const said = new Set<string>();
  const coded: string[] = [];
  const { codes } = table;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    said.add(token.stem).add(token.word);
    if (codes !== undefined) {
      const stem = knownCode(token.stem, codes);
      const word = token.word === token.stem ? '' : knownCode(token.word, codes);
      if (stem !== '') coded.push(stem);
      if (word !== '') coded.push(word);
    }
  }
  for (let i = 0; i < coded.length; i += 1) said.add(coded[i] as string);
  return { tokens, said, coded, table, ready, listStarted: new Map(), ends: [] };
}

/** Where each clause that asks something ends, when another clause follows it. */
function askingClauseEnds(tokens: readonly Token[], clauses: readonly number[]): number[] {
  const ends: number[] = [];
  for (let c = 0; c + 1 < clauses.length; c += 1) if (clauseAsks(tokens, clauses[c] as number)) ends.push(clauses[c + 1] as number);
  return ends;
}

/** A stretch of the question (from * SPAN + to, in tokens) as one number: questions are read up to MAX_CHARS. */
const SPAN = 4096;

/** Fewest words a question said beside a remark must have to be asked apart from it ("can you tell me" is not). */
const ASKED_APART = 4;

/** A part of the question read on its own, and its cue lists matched there, each once. */
interface Part {
  question: Question;
  /**
   * Whether each cue list matches here, by its index (CueList.index): MATCHED, UNMATCHED, or 0 until tried. A Map by
   * name grew to a hundred entries in every question, rehashed as it grew (~8 KB of garbage a question: the warm
   * peak, docs/performance.md, "Issue 16, fifteenth pass"). A list read past cueCount (a name not in the table) is
   * matched each time it is asked.
   */
  matched: Uint8Array;
}

const MATCHED = 2;
const UNMATCHED = 1;

function partOf(question: Question): Part {
  return { question, matched: new Uint8Array(question.ready.cueCount) };
}

/**
 * A question being classified: its cue lists matched once each, and its clauses. Where a kind's own lists are said is
 * told clause by clause (whether each matches there alone), never from which of a list's cues matched first: the
 * order of a list's cues decides nothing (the web app carries them in another order). Read by the functions below
 * (plain functions, not a class's methods: their names are minified in the web app's question.js).
 */
interface Classification extends Part {
  /** What was said, as the tokens were read from it. */
  readonly text: string;
  readonly clauses: number[];
  /** Parts of the question read on their own (a clause, or a stretch of clauses), by SPAN. */
  readonly parts: Map<number, Part>;
}

function classification(question: Question, text: string): Classification {
  const clauses = clauseStarts(question.tokens, text);
  if (clauses.length > 1) question.clauseEnds = askingClauseEnds(question.tokens, clauses);
  return { question, text, matched: new Uint8Array(question.ready.cueCount), clauses, parts: new Map() };
}

/** Whether a cue list matches in this question, or part of it (matched once). */
function matches(part: Part, name: string): boolean {
  const { question, matched } = part;
  const list = cueListOf(question.table, question.ready, name);
  let result = matched[list.index];
  if (!result) {
    result = listMatches(list, question) ? MATCHED : UNMATCHED;
    if (list.index < matched.length) matched[list.index] = result;
  }
  return result === MATCHED;
}

/** Whether a rule whose own lists all match says the question asks its kind: none of its "none" lists matches. */
function holds(asked: Classification, rule: Rule, kind: CompiledKind): boolean {
  if (rule.none.length === 0) return true;
  const scope = rule.anywhere ? undefined : scopeOf(asked, rule, kind.reply === 'escalate' || kind.reply === 'crisis');
  if (scope === undefined) return !rule.none.some((name) => matches(asked, name));
  // Only ever fewer cancellations than over everything said: a part read alone would let "^" match where a clause
  // starts ("dad is in hospital | how often should he have scans, his legs have gone numb").
  return !rule.none.some((name) => matches(asked, name) && matchesIn(asked, name, scope));
}

/** The clauses (by number) each of which says all of a rule's own lists alone; none when only all of them together do. */
function saidIn(asked: Classification, rule: Rule): number[] {
  const said: number[] = [];
  if (asked.clauses.length === 1) return said;
  for (let c = 0; c < asked.clauses.length; c += 1) if (rule.all.every((name) => matchesIn(asked, name, clause(asked, c)))) said.push(c);
  return said;
}

/**
 * The tokens (SPAN) of a question said beside the remark a rule's own lists were all said in (or, for no rule, the
 * clauses that tell), when it does not lean on the remark ("my husband's cancer is in his bones now | what treatments are
 * there"): what the remark names may not be what is asked.
 */
function askedApart(asked: Classification, rule?: Rule): number | undefined {
  const { clauses } = asked;
  if (clauses.length === 1) return undefined;
  const { tokens } = asked.question;
  const tells = (c: number) => clauseTells(tokens, clauses[c] as number, clauses[c + 1] ?? tokens.length);
  // With no rule, the remarks are whatever clauses tell, before the question or after it ("what actually is secondary
  // bone cancer | the oncologist just said it like we'd know"); a rule's must each tell.
  const said = rule ? saidIn(asked, rule) : clauses.flatMap((_, c) => (tells(c) ? [c] : []));
  if (said.length === 0 || (rule && !said.every(tells))) return undefined;
  for (let c = 0; c < clauses.length; c += 1) {
    const from = clauses[c] as number;
    const to = clauses[c + 1] ?? tokens.length;
    if (!said.includes(c) && to - from >= ASKED_APART && asks(asked, c) && !leansBack(tokens, from, to)) return from * SPAN + to;
  }
  return undefined;
}

/** Whether clause `c` asks something. */
function asks(asked: Classification, c: number): boolean {
  return clauseAsks(asked.question.tokens, asked.clauses[c] as number, asked.clauses[c + 1]);
}

/**
 * The clauses that say a rule's own lists alone, when each asks something (or the kind is told, not asked: a
 * symptom happening now, a crisis); undefined for the whole question. A clause that leans on what came before it
 * ("it", "there", "they": which most yes-or-no questions say) is read with the clause before it and any remarks before
 * that ("his bone breaks, can they fix it", "how long does chemo go on for, is it weeks"). Cues said in a remark
 * before a question ("the doctor said … what did she mean by that") are read with everything said after them.
 */
function scopeOf(asked: Classification, rule: Rule, told: boolean): number | undefined {
  const said = saidIn(asked, rule);
  if (said.length === 0 || !(told || said.every((c) => asks(asked, c)))) return undefined;
  const { clauses } = asked;
  const { tokens } = asked.question;
  let first = said[0] as number;
  const to = clauses[(said.at(-1) as number) + 1] ?? tokens.length;
  if (first > 0 && leansBack(tokens, clauses[first] as number, clauses[first + 1] ?? tokens.length)) {
    first -= 1;
    while (first > 0 && !asks(asked, first - 1)) first -= 1;
  }
  const from = clauses[first] as number;
  return from === 0 && to === tokens.length ? undefined : from * SPAN + to;
}

/** Clause `c`'s tokens (SPAN). */
function clause(asked: Classification, c: number): number {
  return (asked.clauses[c] as number) * SPAN + (asked.clauses[c + 1] ?? asked.question.tokens.length);
}

/** Whether a cue list matches in a stretch of the question (SPAN) read on its own. */
function matchesIn(asked: Classification, name: string, scope: number): boolean {
  let part = asked.parts.get(scope);
  if (!part) {
    const { tokens, table, ready } = asked.question;
    part = partOf(questionOf(tokens.slice(Math.floor(scope / SPAN), scope % SPAN), table, ready));
    asked.parts.set(scope, part);
  }
  return matches(part, name);
}

/** What a question asks for, and the words of a question said beside the remark its kind was said in, if any. */
export interface Classified {
  kind?: CompiledKind;
  /** A question said apart from the remark that named the kind (askedApart), as said. */
  apart?: string;
}

/**
 * The first kind, in the table's order, whose rules say this question asks for it; undefined for a plain question.
 * From `from` on, and of those `only` accepts: what else the question asks of a kind. A question asked in one clause
 * and advice asked in another ("should i stop her tablets, and is she dying anyway") is declined, as it would be alone.
 */
export function classifyQuestion(
  text: string,
  table: KindTable,
  from = 0,
  only?: (kind: CompiledKind) => boolean,
): CompiledKind | undefined {
  return classifyInClauses(text, table, from, only).kind;
}

/**
 * classifyQuestion, with the question said apart from a remark that named a kind the sheet answers, or from a remark
 * said first when no kind is asked, if any.
 */
export function classifyInClauses(text: string, table: KindTable, from = 0, only?: (kind: CompiledKind) => boolean): Classified {
  const asked = classificationOf(text, table);
  if (!asked) return {};
  const found = firstKind(asked, table, from, only);
  if (!found) {
    // A question after a remark, read alone, where its opening is its own ("my dad's cancer has gone into his bones |
    // how does it even get there": "^how … get"). Only when nothing said asks a kind over everything.
    const alone = askedAlone(asked, table, from, only);
    return alone ? { kind: alone } : apartIn(asked, text);
  }
  if (found.kind.reply !== 'sheet' || asked.clauses.length === 1) return { kind: found.kind };
  const foundIn = saidIn(asked, found.rule);
  if (foundIn.length === 0) return { kind: found.kind };
  // Each other clause that asks is read alone for advice ("is she dying | can i give her more morphine").
  const declined = declinedApart(asked, table, foundIn, only);
  return declined ? { kind: declined } : { kind: found.kind, ...apartIn(asked, text, found.rule) };
}

let lastAsked: { text: string; table: KindTable; asked: Classification | undefined } | undefined;

/**
 * A question's classification, its clauses told; undefined when it says no word. Remembered for the last question, as
 * its tokens are (questionTokens): an answer classifies the same words up to three times (what it asks, a sheet kind
 * beside a symptom, advice beside it), and what a classification keeps (its lists matched, its parts) is what any
 * reading of those words would find again. Made anew, the three cost a container's first question about 1M
 * instructions more (docs/performance.md, "Issue 16, nineteenth pass").
 */
function classificationOf(text: string, table: KindTable): Classification | undefined {
  if (lastAsked?.text === text && lastAsked.table === table) return lastAsked.asked;
  const tokens = questionTokens(text);
  const asked = tokens.length === 0 ? undefined : classification(questionOf(tokens, table, preparedOf(table)), text);
  lastAsked = { text, table, asked };
  return asked;
}

/** The question's tokens from `start` to `end` read on their own, as a question of their own. */
function readAlone(asked: Classification, table: KindTable, start: number, end?: number): Classification {
  const { tokens, ready } = asked.question;
  return classification(questionOf(tokens.slice(start, end), table, ready), asked.text);
}

/** The kind the last clause that asks (after the first) says, read from its start to the end alone, if any. */
function askedAlone(
  asked: Classification,
  table: KindTable,
  from: number,
  only?: (kind: CompiledKind) => boolean,
): CompiledKind | undefined {
  for (let c = asked.clauses.length - 1; c > 0; c -= 1) {
    if (!asks(asked, c)) continue;
    const found = firstKind(readAlone(asked, table, asked.clauses[c] as number), table, from, only);
    // A rule whose `none` is read over everything said holds only if nothing said cancels it ("can you stop it
    // spreading to the bones | is there anything you can do" asks of prevention, not a cure).
    return found?.rule.anywhere && !holds(asked, found.rule, found.kind) ? undefined : found?.kind;
  }
  return undefined;
}

/**
 * Advice asked in a clause that asks, other than those in `besides`, each read alone: alone, so that a cue tied to the
 * question's start ("^can … give") is tied to that clause's, and what is told ("he's stopped eating") asks nothing.
 */
function declinedApart(
  asked: Classification,
  table: KindTable,
  besides: readonly number[] = [],
  only?: (kind: CompiledKind) => boolean,
): CompiledKind | undefined {
  for (let c = 0; c < asked.clauses.length; c += 1) {
    if (besides.includes(c) || !asks(asked, c)) continue;
    const alone = readAlone(asked, table, asked.clauses[c] as number, asked.clauses[c + 1]);
    const declined = firstKind(
      alone,
      table,
      0,
      (kind) => kind.reply === 'decline' && (!only || only(kind)),
      (rule) => !rule.anywhere,
    );
    if (declined) return declined.kind;
  }
  return undefined;
}

/**
 * A kind the sheet answers (time left, cure, the outlook) asked beside a symptom happening now, read after the symptom's
 * kind `first` ("his legs are numb, how long has he got"): a sheet kind marked withSymptom.
 */
export function sheetKindBesideSymptom(text: string, table: KindTable, first: CompiledKind): CompiledKind | undefined {
  const beside = (kind: CompiledKind) => kind.withSymptom === true && kind.reply === 'sheet';
  return classifyQuestion(text, table, table.kinds.indexOf(first) + 1, beside);
}

/**
 * Advice still declined beside a symptom happening now (a decline kind marked withSymptom: a treatment or a medicine,
 * not care sought), asked in any clause that asks ("he keeps vomiting | should i stop his chemo"), each read alone.
 */
export function adviceBesideSymptom(text: string, table: KindTable): CompiledKind | undefined {
  const asked = classificationOf(text, table);
  return asked && declinedApart(asked, table, [], (kind) => kind.withSymptom === true);
}

/** The question said apart from a remark (askedApart), as said. */
function apartIn(asked: Classification, text: string, rule?: Rule): { apart?: string } {
  const apart = askedApart(asked, rule);
  if (apart === undefined) return {};
  const { tokens } = asked.question;
  const start = (tokens[Math.floor(apart / SPAN)] as Token).start;
  return { apart: text.slice(start, (tokens[(apart % SPAN) - 1] as Token).end) };
}

/** The first kind from `from` on, of those `only` accepts, one of whose rules holds (and `also` accepts). */
function firstKind(
  asked: Classification,
  table: KindTable,
  from: number,
  only?: (kind: CompiledKind) => boolean,
  also?: (rule: Rule) => boolean,
): { kind: CompiledKind; rule: Rule } | undefined {
  const { kinds } = table;
  const { ready } = asked.question;
  const said = (name: string): boolean => matches(asked, name);
  for (let k = from; k < kinds.length; k += 1) {
    const kind = kinds[k] as CompiledKind;
    // Kinds not asked about are not tried: their cue lists are never decoded.
    if (only && !only(kind)) continue;
    let rules = ready.rules[k];
    if (!rules) {
      rules = rulesOf(kind);
      ready.rules[k] = rules;
    }
    for (let r = 0; r < rules.length; r += 1) {
      const rule = rules[r] as Rule;
      if (rule.all.every(said) && holds(asked, rule, kind) && (!also || also(rule))) return { kind, rule };
    }
  }
  return undefined;
}
