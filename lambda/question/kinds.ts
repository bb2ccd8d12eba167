// What a person's question asks for: its answer kind (content/question-kinds.json), told from cues, words in
// order, that are reviewed as data. The kind decides how the question may be answered: only by a passage
// that gives that kind of answer, or not from a passage at all (crisis support, an escalation, a decline).
// The table is compiled at build time (compileKinds, into search-index.json); the skill only matches.
import type { QuestionKindTable } from '../../content';
import { type Token, tokenize } from '../language/normalize';

/** Most words a cue's "..." lets stand between two of its parts. */
const GAP = 4;

/** One word of a cue: a stem said exactly, or the start of a word ("tingl*"). */
type WordMatcher = string | { prefix: string };

/** One way to say a part of a cue: words side by side, perhaps tied to the question's start or end. */
interface Alternative {
  words: WordMatcher[];
  start?: true;
  end?: true;
}

/** A cue compiled: its parts in order, each a list of alternatives; parts may stand up to GAP words apart. */
interface CompiledCue {
  parts: Alternative[][];
  /** For each part after the first: whether other words may stand before it. */
  gaps: boolean[];
}

export interface CompiledRule {
  all: CompiledCue[][];
  none: CompiledCue[][];
}

export interface CompiledKind {
  id: string;
  reply: 'crisis' | 'emergency' | 'escalate' | 'decline' | 'sheet';
  gentle?: true;
  from?: string;
  rules: CompiledRule[];
}

/** The kinds and their cues as stored in the question index: no tokenising left for the skill to do. */
export type KindTable = CompiledKind[];

function wordMatchers(text: string): WordMatcher[] {
  const prefix = text.endsWith('*');
  const tokens = tokenize(prefix ? text.slice(0, -1) : text);
  return tokens.map((token, i) => (prefix && i === tokens.length - 1 ? { prefix: token.word } : token.stem));
}

function alternativesOf(segment: string, lists: Readonly<Record<string, string>>): Alternative[] {
  return segment.split('|').flatMap((raw) => {
    let text = raw.trim();
    const start = text.startsWith('^');
    const end = text.endsWith('$');
    text = text.replace(/^\^/, '').replace(/\$$/, '').trim();
    // "@name" stands for every word of a list; "@a x" is each of them followed by x.
    const [first = '', ...rest] = text.split(' ');
    const heads = first.startsWith('@') ? (lists[first.slice(1)] ?? '').split('|') : [first];
    if (first.startsWith('@') && !(first.slice(1) in lists)) throw new Error(`unknown word list ${first}`);
    return heads.map((head) => {
      const words = [...wordMatchers(head), ...rest.flatMap((word) => wordMatchers(word))];
      return { words, ...(start ? { start: true as const } : {}), ...(end ? { end: true as const } : {}) };
    });
  });
}

/** Compiles one cue ("want|wish ... die|dead") into parts of alternatives. */
export function compileCue(cue: string, lists: Readonly<Record<string, string>>): CompiledCue {
  const segments = cue.split('...').map((segment) => segment.trim());
  const parts = segments.filter(Boolean).map((segment) => alternativesOf(segment, lists));
  return { parts, gaps: parts.map((_, i) => i > 0) };
}

/** Compiles the reviewed table (at build time). */
export function compileKinds(table: QuestionKindTable): KindTable {
  const cues = new Map<string, CompiledCue[]>();
  const listOf = (name: string): CompiledCue[] => {
    let compiled = cues.get(name);
    if (!compiled) {
      const raw = table.cues[name];
      if (!raw) throw new Error(`unknown cue list ${name}`);
      compiled = raw.map((cue) => compileCue(cue, table.words));
      cues.set(name, compiled);
    }
    return compiled;
  };
  return table.kinds.map((kind) => ({
    id: kind.id,
    reply: kind.reply,
    ...(kind.gentle ? { gentle: true as const } : {}),
    ...(kind.from ? { from: kind.from } : {}),
    rules: kind.when.map((rule) => ({ all: rule.all.map(listOf), none: (rule.none ?? []).map(listOf) })),
  }));
}

function wordMatches(matcher: WordMatcher, token: Token): boolean {
  return typeof matcher === 'string'
    ? token.stem === matcher || token.word === matcher
    : token.word.startsWith(matcher.prefix) || token.stem.startsWith(matcher.prefix);
}

/** Where an alternative said from token `at` ends (exclusive), or -1. */
function alternativeAt(alternative: Alternative, tokens: readonly Token[], at: number): number {
  if (alternative.start && at !== 0) return -1;
  let next = at;
  for (const matcher of alternative.words) {
    const token = tokens[next];
    if (!token || !wordMatches(matcher, token)) return -1;
    next += 1;
  }
  if (alternative.end && next !== tokens.length) return -1;
  return next;
}

function partFrom(cue: CompiledCue, part: number, tokens: readonly Token[], from: number): boolean {
  const alternatives = cue.parts[part];
  if (!alternatives) return true;
  const last = part === 0 ? tokens.length - 1 : Math.min(tokens.length - 1, from + (cue.gaps[part] ? GAP : 0));
  for (let at = from; at <= last; at += 1) {
    for (const alternative of alternatives) {
      const end = alternativeAt(alternative, tokens, at);
      if (end !== -1 && partFrom(cue, part + 1, tokens, end)) return true;
    }
  }
  return false;
}

export function cueMatches(cue: CompiledCue, tokens: readonly Token[]): boolean {
  return cue.parts.length > 0 && partFrom(cue, 0, tokens, 0);
}

const anyMatches = (list: readonly CompiledCue[], tokens: readonly Token[]): boolean => list.some((cue) => cueMatches(cue, tokens));

function applies(rule: CompiledRule, tokens: readonly Token[]): boolean {
  return rule.all.every((list) => anyMatches(list, tokens)) && !rule.none.some((list) => anyMatches(list, tokens));
}

/** Questions are a sentence; a pasted essay is read up to here, as everywhere else. */
const MAX_CHARS = 1000;

/** The first kind, in the table's order, whose rules say this question asks for it; undefined for a plain question. */
export function classifyQuestion(text: string, kinds: KindTable): CompiledKind | undefined {
  const tokens = tokenize(text.slice(0, MAX_CHARS));
  if (tokens.length === 0) return undefined;
  return kinds.find((kind) => kind.rules.some((rule) => applies(rule, tokens)));
}
