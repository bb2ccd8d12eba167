// What a person's question asks for: its answer kind (content/question-kinds.json), told from cues, words in
// order, that are reviewed as data. The kind decides how the question may be answered: only by a passage
// that gives that kind of answer, or not from a passage at all (crisis support, an escalation, a decline).
// The table is compiled at build time (compileKinds, into search-index.json); the skill only matches.
import type { QuestionKindTable } from '../types';
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
  /** The key of the unit that answers the kind (set by the index build). */
  from?: string;
  /** Each rule: cue lists that must all match, and cue lists none of which may. */
  rules: Array<{ all: string[]; none: string[] }>;
}

/** The kinds and their cues as stored in the question index: no tokenising left for the skill to do. */
export interface KindTable {
  lists: Record<string, Alternative[]>;
  cues: Record<string, Cue[]>;
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
 * Compiles one cue ("want|wish ... die|dead"). A "^" opening a part, or a "$" closing the last, ties every
 * alternative of that part to the question's start or end ("^can|could|does …"); inside, it ties one.
 */
function compileCue(cue: string, lists: Readonly<Record<string, string>>): Cue {
  const segments = cue
    .split('...')
    .map((segment) => segment.trim())
    .filter(Boolean);
  return segments.map((segment, n) => {
    const start = segment.startsWith('^');
    const end = n === segments.length - 1 && segment.endsWith('$');
    return segment.split('|').map((raw) => alternativeOf(`${start ? '^' : ''}${raw}${end ? '$' : ''}`, lists));
  });
}

/** Compiles the reviewed table (at build time); throws on a cue list or word list that does not exist. */
export function compileKinds(table: QuestionKindTable): KindTable {
  const lists: Record<string, Alternative[]> = {};
  for (const [name, words] of Object.entries(table.words))
    lists[name] = words.split('|').map((word) => word.split(' ').flatMap(wordsOf).join(' '));
  const cues: Record<string, Cue[]> = {};
  for (const [name, raw] of Object.entries(table.cues)) cues[name] = raw.map((cue) => compileCue(cue, table.words));
  const kinds = table.kinds.map((kind) => {
    const rules = kind.when.map((rule) => ({ all: rule.all, none: rule.none ?? [] }));
    for (const name of rules.flatMap((rule) => [...rule.all, ...rule.none]))
      if (!(name in cues)) throw new Error(`unknown cue list ${name}`);
    return {
      id: kind.id,
      reply: kind.reply,
      ...(kind.gentle ? { gentle: true as const } : {}),
      ...(kind.from ? { from: kind.from } : {}),
      rules,
    };
  });
  return { lists, cues, kinds };
}

/** A cue ready to match: its parts' alternatives as words, and each part's first words for a quick refusal. */
interface PreparedCue {
  parts: string[][][];
  /** Per part: the words one of its alternatives can start with, the starts of words, or any word at all. */
  firsts: Array<{ exact: Set<string>; prefixes: string[]; any: boolean }>;
}

interface Prepared {
  lists: Map<string, string[][]>;
  cues: Map<string, PreparedCue[]>;
}

// The table is prepared once per container, with the first question: split words, and what each part can start with.
const prepared = new WeakMap<KindTable, Prepared>();

function prepare(table: KindTable): Prepared {
  let ready = prepared.get(table);
  if (ready) return ready;
  const lists = new Map(Object.entries(table.lists).map(([name, alternatives]) => [name, alternatives.map((a) => a.split(' '))]));
  const firstsOf = (alternatives: readonly string[][]) => {
    const first = { exact: new Set<string>(), prefixes: [] as string[], any: false };
    const add = (words: readonly string[]): void => {
      const word = words.find((w) => w !== '^');
      if (word === undefined || word === '$') first.any = true;
      else if (word.startsWith('@')) for (const inner of lists.get(word.slice(1)) ?? []) add(inner);
      else if (word.endsWith('*')) first.prefixes.push(word.slice(0, -1));
      else first.exact.add(word);
    };
    for (const words of alternatives) add(words);
    return first;
  };
  const cues = new Map(
    Object.entries(table.cues).map(([name, list]) => [
      name,
      list.map((cue) => {
        const parts = cue.map((part) => part.map((alternative) => alternative.split(' ')));
        return { parts, firsts: parts.map(firstsOf) };
      }),
    ]),
  );
  ready = { lists, cues };
  prepared.set(table, ready);
  return ready;
}

function wordMatches(word: string, token: Token): boolean {
  if (!word.endsWith('*')) return token.stem === word || token.word === word;
  const start = word.slice(0, -1);
  return token.word.startsWith(start) || token.stem.startsWith(start);
}

/** Every position where `words[i…]`, said from token `at`, can end (exclusive), added to `ends`. */
function endsOf(words: readonly string[], i: number, tokens: readonly Token[], at: number, ready: Prepared, ends: number[]): void {
  const word = words[i];
  if (word === undefined) {
    ends.push(at);
    return;
  }
  if (word === '^') {
    if (at === 0) endsOf(words, i + 1, tokens, at, ready, ends);
    return;
  }
  if (word === '$') {
    if (at === tokens.length) ends.push(at);
    return;
  }
  if (word.startsWith('@')) {
    for (const inner of ready.lists.get(word.slice(1)) ?? []) {
      const innerEnds: number[] = [];
      endsOf(inner, 0, tokens, at, ready, innerEnds);
      for (const end of innerEnds) endsOf(words, i + 1, tokens, end, ready, ends);
    }
    return;
  }
  const token = tokens[at];
  if (token && wordMatches(word, token)) endsOf(words, i + 1, tokens, at + 1, ready, ends);
}

function partFrom(cue: PreparedCue, part: number, tokens: readonly Token[], from: number, ready: Prepared): boolean {
  const alternatives = cue.parts[part];
  if (!alternatives) return true;
  const last = part === 0 ? tokens.length - 1 : Math.min(tokens.length - 1, from + GAP);
  for (let at = from; at <= Math.max(last, from); at += 1) {
    for (const words of alternatives) {
      const ends: number[] = [];
      endsOf(words, 0, tokens, at, ready, ends);
      for (const end of ends) if (partFrom(cue, part + 1, tokens, end, ready)) return true;
    }
  }
  return false;
}

/** Whether every part of the cue has something it could start with in the question: most cues fail here. */
function couldMatch(cue: PreparedCue, said: ReadonlySet<string>, tokens: readonly Token[]): boolean {
  return cue.firsts.every(
    (first) =>
      first.any ||
      [...said].some((word) => first.exact.has(word)) ||
      first.prefixes.some((start) => tokens.some((t) => t.word.startsWith(start) || t.stem.startsWith(start))),
  );
}

function listMatches(name: string, tokens: readonly Token[], said: ReadonlySet<string>, ready: Prepared): boolean {
  return (ready.cues.get(name) ?? []).some(
    (cue) => cue.parts.length > 0 && couldMatch(cue, said, tokens) && partFrom(cue, 0, tokens, 0, ready),
  );
}

/** Questions are a sentence; a pasted essay is read up to here, as everywhere else. */
const MAX_CHARS = 1000;

/** The first kind, in the table's order, whose rules say this question asks for it; undefined for a plain question. */
export function classifyQuestion(text: string, table: KindTable): CompiledKind | undefined {
  const tokens = tokenize(text.slice(0, MAX_CHARS));
  if (tokens.length === 0) return undefined;
  const ready = prepare(table);
  const said = new Set(tokens.flatMap((token) => [token.stem, token.word]));
  const matched = new Map<string, boolean>();
  const matches = (name: string): boolean => {
    let result = matched.get(name);
    if (result === undefined) {
      result = listMatches(name, tokens, said, ready);
      matched.set(name, result);
    }
    return result;
  };
  return table.kinds.find((kind) => kind.rules.some((rule) => rule.all.every(matches) && !rule.none.some(matches)));
}
