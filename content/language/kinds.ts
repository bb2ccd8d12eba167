// What a person's question asks for: its answer kind (content/question-kinds.json), told from cues, words in
// order, that are reviewed as data. The kind decides how the question may be answered: only by a passage
// that gives that kind of answer, or not from a passage at all (crisis support, an escalation, a decline).
// The table is compiled at build time (compileKinds, into search-index.json); the skill only matches.
import type { QuestionKindTable } from '../types';
import { FUNCTION_WORDS, type Token, tokenize } from './normalize';

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
  /** The key of the unit that answers the kind (set by the index build). */
  from?: string;
  /** A second unit whose sentences of this kind follow (set by the index build). */
  alsoFrom?: string;
  /** Each rule: cue lists that must all match, and cue lists none of which may. */
  rules: Array<{ all: string[]; none: string[] }>;
}

/**
 * What a part of a cue can start with: a stem, "x*" (the start of a word; "*" alone is any word), or "@name" (what
 * word list `name` can start with: KindTable.listStarts, expanded at build time).
 */
type Start = string;

/** The kinds and their cues as stored in the question index: no tokenising left for the skill to do. */
export interface KindTable {
  /** By word list: its alternatives joined by "|" (one string each, not an array: it travels in the Lambda bundle). */
  lists: Record<string, string>;
  /**
   * By cue list: its cues, compactly (cues joined by ";", a cue's parts by "/", a part's alternatives by "|"), read
   * only when a question may match the list (see `triggers`): a question needs few of them.
   */
  cues: Record<string, string>;
  /**
   * By cue list: words one of which the question must say (as a part's starts are said) for any cue of the list to
   * match: one part of each cue, the one with the fewest starts. A list none of whose triggers the question says
   * cannot match, and is refused without reading its cues.
   */
  triggers: Record<string, string>;
  /**
   * By word list: what its words can start with, expanded at build time. A cue a part of which has nothing in a
   * question to start from is refused at once (most cues are); a part naming a word list starts with these.
   * Triggers and starts are stored joined by "|", as the lists are.
   */
  listStarts: Record<string, string>;
  kinds: CompiledKind[];
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

/**
 * A list of this many cues or fewer has no triggers: its cues are checked as cheaply as triggers would be, and
 * half the triggers' bytes were those of small lists (the Lambda bundle has a size budget).
 */
const FEW_CUES = 8;

/** Compiles the reviewed table (at build time); throws on a cue list or word list that does not exist. */
export function compileKinds(table: QuestionKindTable): KindTable {
  const lists: Record<string, Alternative[]> = {};
  for (const [name, words] of Object.entries(table.words))
    lists[name] = words.split('|').map((word) => word.split(' ').flatMap(wordsOf).join(' '));
  const compiled: Record<string, Cue[]> = {};
  for (const [name, raw] of Object.entries(table.cues)) compiled[name] = raw.map((cue) => compileCue(cue, table.words));
  const cues: Record<string, string> = {};
  const triggers: Record<string, string> = {};
  for (const [name, list] of Object.entries(compiled)) {
    cues[name] = encodeCues(list, lists);
    if (list.length > FEW_CUES) triggers[name] = triggersOf(list).join('|');
  }
  const kinds = table.kinds.map((kind) => {
    const rules = kind.when.map((rule) => ({ all: rule.all, none: rule.none ?? [] }));
    for (const name of rules.flatMap((rule) => [...rule.all, ...rule.none]))
      if (!(name in cues)) throw new Error(`unknown cue list ${name}`);
    return {
      id: kind.id,
      reply: kind.reply,
      ...(kind.gentle ? { gentle: true as const } : {}),
      ...(kind.from ? { from: kind.from } : {}),
      ...(kind.alsoFrom ? { alsoFrom: kind.alsoFrom } : {}),
      rules,
    };
  });
  const starts = listStartsOf(lists);
  return {
    lists: Object.fromEntries(Object.entries(lists).map(([name, alternatives]) => [name, alternatives.join('|')])),
    cues,
    triggers,
    listStarts: Object.fromEntries(Object.entries(starts).map(([name, list]) => [name, list.join('|')])),
    kinds,
  };
}

/** What an alternative starts with: its first word, or "*" (any word) when it is only "^" or "$". */
function firstOf(alternative: Alternative): Start {
  if (!alternative.includes(' ')) return alternative === '^' || alternative === '$' ? '*' : alternative;
  const word = alternative.split(' ').find((w) => w !== '^');
  return word === undefined || word === '$' ? '*' : word;
}

/** What each word list can start with (see KindTable.listStarts), any list it names expanded. */
function listStartsOf(lists: Readonly<Record<string, Alternative[]>>): Record<string, Start[]> {
  const expanded = (name: string, seen: ReadonlySet<string>): Start[] => [
    ...new Set(
      (lists[name] ?? []).flatMap((alternative) => {
        const first = firstOf(alternative);
        if (!first.startsWith('@')) return [first];
        const inner = first.slice(1);
        return seen.has(inner) ? [] : expanded(inner, new Set([...seen, inner]));
      }),
    ),
  ];
  return Object.fromEntries(Object.keys(lists).map((name) => [name, expanded(name, new Set([name]))]));
}

/** A cue list as one string: cues joined by ";", parts by "/", alternatives by "|" (a cue with no parts never matches). */
function encodeCues(list: readonly Cue[], lists: Readonly<Record<string, Alternative[]>>): string {
  for (const alternative of list.flat(2))
    if (!/^[^;/|]+$/.test(alternative)) throw new Error(`a cue's alternative cannot be stored: "${alternative}"`);
  return (
    list
      .filter((cue) => cue.length > 0)
      // Words that stem alike ("living", "live") are one alternative once stemmed: stored once; and a word another
      // alternative of the part already says ("tablets" beside "@medicine", "scared" beside "scar*") not at all.
      .map((cue) => cue.map((part) => withoutSaidTwice([...new Set(part)], lists).join('|')).join('/'))
      .join(';')
  );
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

function decodeCues(text: string): Cue[] {
  return text === '' ? [] : text.split(';').map((cue) => cue.split('/').map((part) => part.split('|')));
}

/**
 * How often a part's starts are likely to be said: each start counts, and a function word ("i", "can"), a word
 * list or the start of a word counts as many, since most questions say one. Any part would do as a trigger (each
 * must be said for the cue to match); the least likely one refuses the most questions without reading the list.
 */
function triggerCost(starts: readonly Start[]): number {
  return starts.reduce((cost, start) => cost + (FUNCTION_WORDS.has(start) || start.startsWith('@') ? 50 : start.endsWith('*') ? 5 : 1), 0);
}

/** The triggers of a cue list (see KindTable.triggers); ["*"] when a cue could start anywhere. */
function triggersOf(list: readonly Cue[]): Start[] {
  const triggers = new Set<Start>();
  for (const cue of list) {
    if (cue.length === 0) continue;
    const parts = cue.map((part) => [...new Set(partStarts(part))]);
    const usable = parts.filter((starts) => !starts.includes('*'));
    if (usable.length === 0) return ['*'];
    const fewest = usable.reduce((best, starts) => (triggerCost(starts) < triggerCost(best) ? starts : best));
    for (const start of fewest) triggers.add(start);
  }
  return [...triggers];
}

/** What a part can start with: its alternatives themselves when each is one word (most are), else their first words. */
function partStarts(part: readonly Alternative[]): Start[] {
  return part.every((alternative) => firstOf(alternative) === alternative) ? (part as Start[]) : part.map(firstOf);
}

/** A cue ready to match: its parts' alternatives as words, and what each part can start with. */
interface PreparedCue {
  cue: Cue;
  /** Its parts' alternatives as words: split when a question first could match the cue (most never can). */
  parts?: string[][][];
  starts: Start[][];
}

/**
 * The table as the matcher uses it: each word list and cue list split into words when a question first needs it
 * (most questions need few of them), kept for the container's life.
 */
interface Prepared {
  lists: Map<string, string[][]>;
  cues: Map<string, PreparedCue[]>;
  /** Triggers and word lists' starts, split from their stored strings once. */
  triggers: Map<string, Start[]>;
  listStarts: Map<string, Start[]>;
}

const prepared = new WeakMap<KindTable, Prepared>();

function preparedOf(table: KindTable): Prepared {
  let ready = prepared.get(table);
  if (!ready) {
    ready = { lists: new Map(), cues: new Map(), triggers: new Map(), listStarts: new Map() };
    prepared.set(table, ready);
  }
  return ready;
}

/** A "|"-joined stored list as its items ("" is none). */
function splitStored(stored: string | undefined): string[] {
  return stored ? stored.split('|') : [];
}

/** A stored list by name, split once and kept in `cache`. */
function storedList(cache: Map<string, string[]>, stored: Readonly<Record<string, string>>, name: string): string[] {
  let items = cache.get(name);
  if (!items) {
    items = splitStored(stored[name]);
    cache.set(name, items);
  }
  return items;
}

/** The alternatives of word list "@name", as words. */
function listWords(table: KindTable, ready: Prepared, reference: string): string[][] {
  let words = ready.lists.get(reference);
  if (!words) {
    words = splitStored(table.lists[reference.slice(1)]).map((alternative) => alternative.split(' '));
    ready.lists.set(reference, words);
  }
  return words;
}

function cuesOf(table: KindTable, ready: Prepared, name: string): PreparedCue[] {
  let cues = ready.cues.get(name);
  if (!cues) {
    cues = decodeCues(table.cues[name] ?? '').map((cue) => ({ cue, starts: cue.map(partStarts) }));
    ready.cues.set(name, cues);
  }
  return cues;
}

function wordMatches(word: string, token: Token): boolean {
  if (!word.endsWith('*')) return token.stem === word || token.word === word;
  const start = word.slice(0, -1);
  return token.word.startsWith(start) || token.stem.startsWith(start);
}

/** One question being classified: its tokens, every stem and word it says, and what each word list can start with in it. */
interface Question {
  tokens: readonly Token[];
  said: ReadonlySet<string>;
  table: KindTable;
  ready: Prepared;
  listStarted: Map<string, boolean>;
  /** Where parts can end: a stack partFrom and endsOf share. */
  ends: number[];
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
    for (const token of question.tokens) if (startsWithPrefix(token.word, start) || startsWithPrefix(token.stem, start)) return true;
    return false;
  }
  if (!start.startsWith('@')) return question.said.has(start);
  let result = question.listStarted.get(start);
  if (result === undefined) {
    result = false;
    for (const inner of storedList(question.ready.listStarts, question.table.listStarts, start.slice(1))) {
      if (started(inner, question)) {
        result = true;
        break;
      }
    }
    question.listStarted.set(start, result);
  }
  return result;
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
    if (at === tokens.length) ends.push(at);
    return;
  }
  if (word.startsWith('@')) {
    for (const inner of listWords(question.table, question.ready, word)) {
      // Where the list's word ends, then where the rest can end from there; only the latter are kept, in `ends`
      // itself (no array per list word: a question's classification made a great deal of garbage).
      const from = ends.length;
      endsOf(inner, 0, tokens, at, question, ends);
      const innerStop = ends.length;
      for (let k = from; k < innerStop; k += 1) endsOf(words, i + 1, tokens, ends[k] as number, question, ends);
      const stop = ends.length;
      let kept = from;
      for (let k = innerStop; k < stop; k += 1) ends[kept++] = ends[k] as number;
      ends.length = kept;
    }
    return;
  }
  const token = tokens[at];
  if (token && wordMatches(word, token)) endsOf(words, i + 1, tokens, at + 1, question, ends);
}

function partFrom(cue: PreparedCue, part: number, from: number, question: Question): boolean {
  cue.parts ??= cue.cue.map((alternatives) => alternatives.map((alternative) => alternative.split(' ')));
  const alternatives = cue.parts[part];
  if (!alternatives) return true;
  const { tokens } = question;
  const last = part === 0 ? tokens.length - 1 : Math.min(tokens.length - 1, from + GAP);
  // Ends are collected on one stack shared by every call: each call reads its own stretch, and what it called
  // leaves the stack as it found it.
  const ends = question.ends;
  for (let at = from; at <= Math.max(last, from); at += 1) {
    for (const words of alternatives) {
      const start = ends.length;
      endsOf(words, 0, tokens, at, question, ends);
      const stop = ends.length;
      for (let k = start; k < stop; k += 1) {
        if (partFrom(cue, part + 1, ends[k] as number, question)) {
          ends.length = start;
          return true;
        }
      }
      ends.length = start;
    }
  }
  return false;
}

/** Whether every part of the cue has something it could start with in the question: most cues fail here. */
function couldMatch(cue: PreparedCue, question: Question): boolean {
  for (const starts of cue.starts) {
    let any = false;
    for (const start of starts) {
      if (started(start, question)) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}

function listMatches(name: string, question: Question): boolean {
  // A small list has no triggers (FEW_CUES): its cues are tried at once.
  if (name in question.table.triggers) {
    let triggered = false;
    for (const start of storedList(question.ready.triggers, question.table.triggers, name)) {
      if (started(start, question)) {
        triggered = true;
        break;
      }
    }
    if (!triggered) return false;
  }
  for (const cue of cuesOf(question.table, question.ready, name)) {
    if (cue.cue.length > 0 && couldMatch(cue, question) && partFrom(cue, 0, 0, question)) return true;
  }
  return false;
}

/** Questions are a sentence; a pasted essay is read up to here, as everywhere else. */
const MAX_CHARS = 1000;

let lastText: string | undefined;
let lastTokens: readonly Token[] = [];

/**
 * A question's tokens, remembered for the last question: it is classified here and read by the question reader
 * (lambda/question/read.ts), often more than once, and tokenising it again was much of a question's garbage.
 * The tokens are shared: nothing may change them.
 */
export function questionTokens(text: string): readonly Token[] {
  if (text !== lastText) {
    lastTokens = tokenize(text);
    lastText = text;
  }
  return lastTokens;
}

/** The first kind, in the table's order, whose rules say this question asks for it; undefined for a plain question. */
export function classifyQuestion(text: string, table: KindTable): CompiledKind | undefined {
  const tokens = questionTokens(text.slice(0, MAX_CHARS));
  if (tokens.length === 0) return undefined;
  const said = new Set<string>();
  for (const token of tokens) said.add(token.stem).add(token.word);
  const question: Question = { tokens, said, table, ready: preparedOf(table), listStarted: new Map(), ends: [] };
  const matched = new Map<string, boolean>();
  const matches = (name: string): boolean => {
    let result = matched.get(name);
    if (result === undefined) {
      result = listMatches(name, question);
      matched.set(name, result);
    }
    return result;
  };
  return table.kinds.find((kind) => kind.rules.some((rule) => rule.all.every(matches) && !rule.none.some(matches)));
}
