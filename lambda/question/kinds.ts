// What a person's question asks for: its answer kind (content/question-kinds.json), told from cues, words in
// order, that are reviewed as data. The kind decides how the question may be answered: only by a passage
// that gives that kind of answer, or not from a passage at all (crisis support, an escalation, a decline).
// The table is compiled at build time (compileKinds, into search-index.json); the skill only matches.
import type { QuestionKindTable } from '../../content';
import { type Token, tokenize } from '../language/normalize';

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

/** An alternative's words, split once and kept: a question is matched against the same cues again and again. */
const split = new Map<string, string[]>();
function wordsIn(alternative: Alternative): string[] {
  let words = split.get(alternative);
  if (!words) {
    words = alternative.split(' ');
    split.set(alternative, words);
  }
  return words;
}

/** Where the words of an alternative, said from token `at`, can end (exclusive). */
function endsOf(words: readonly string[], tokens: readonly Token[], at: number, table: KindTable): number[] {
  const [word, ...rest] = words;
  if (word === undefined) return [at];
  if (word === '^') return at === 0 ? endsOf(rest, tokens, at, table) : [];
  if (word === '$') return at === tokens.length ? [at] : [];
  if (word.startsWith('@')) {
    return (table.lists[word.slice(1)] ?? []).flatMap((alternative) =>
      endsOf(wordsIn(alternative), tokens, at, table).flatMap((end) => endsOf(rest, tokens, end, table)),
    );
  }
  const token = tokens[at];
  if (!token) return [];
  const matches = word.endsWith('*')
    ? token.word.startsWith(word.slice(0, -1)) || token.stem.startsWith(word.slice(0, -1))
    : token.stem === word || token.word === word;
  return matches ? endsOf(rest, tokens, at + 1, table) : [];
}

function partFrom(cue: Cue, part: number, tokens: readonly Token[], from: number, table: KindTable): boolean {
  const alternatives = cue[part];
  if (!alternatives) return true;
  const last = part === 0 ? tokens.length - 1 : Math.min(tokens.length - 1, from + GAP);
  for (let at = from; at <= Math.max(last, from); at += 1) {
    for (const alternative of alternatives) {
      for (const end of endsOf(wordsIn(alternative), tokens, at, table)) if (partFrom(cue, part + 1, tokens, end, table)) return true;
    }
  }
  return false;
}

function listMatches(name: string, tokens: readonly Token[], table: KindTable): boolean {
  return (table.cues[name] ?? []).some((cue) => cue.length > 0 && partFrom(cue, 0, tokens, 0, table));
}

/** Questions are a sentence; a pasted essay is read up to here, as everywhere else. */
const MAX_CHARS = 1000;

/** The first kind, in the table's order, whose rules say this question asks for it; undefined for a plain question. */
export function classifyQuestion(text: string, table: KindTable): CompiledKind | undefined {
  const tokens = tokenize(text.slice(0, MAX_CHARS));
  if (tokens.length === 0) return undefined;
  const matched = new Map<string, boolean>();
  const matches = (name: string): boolean => {
    let result = matched.get(name);
    if (result === undefined) {
      result = listMatches(name, tokens, table);
      matched.set(name, result);
    }
    return result;
  };
  return table.kinds.find((kind) => kind.rules.some((rule) => rule.all.every(matches) && !rule.none.some(matches)));
}
