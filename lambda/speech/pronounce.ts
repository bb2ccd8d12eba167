// Applies the pronunciation table (content/pronunciation.json) to plain text, producing escaped SSML.
// Read left to right as one regular expression over all entries would match: longest written forms first, so
// "13 11 20" wins over any shorter overlap, and whole words only, so "CT" never matches inside "affect".
import { type PronunciationRule, pronunciation } from '../../content';
import { escapeText } from './ssml';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function tagFor(rule: PronunciationRule, written: string): string {
  const word = escapeText(written);
  if (rule.ipa) return `<phoneme alphabet="ipa" ph="${escapeText(rule.ipa)}">${word}</phoneme>`;
  return `<sub alias="${escapeText(rule.alias ?? written)}">${word}</sub>`;
}

interface CompiledTable {
  /**
   * The table's written forms, longest first, by their first character (an ASCII letter by its lower case): where a
   * word starts, only those that start with its character are tried. Absent when a written form is not ASCII.
   */
  byFirst?: Map<number, string[]>;
  /** One pattern over every entry, for a table with a written form that is not ASCII (matched with the i flag). */
  pattern?: RegExp;
  ruleFor(match: string): PronunciationRule | undefined;
}

/** A character code as the pattern's `[\w-]` reads it: a written form is matched only where none is beside it. */
function joins(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45;
}

/** An ASCII capital as its lower case; any other character as it is (what the i flag folds, for ASCII). */
function folded(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/**
 * Written forms matched in any case, word by word. For ASCII, matching each letter in either case is what the i flag
 * matches (without the u flag, no other character folds to an ASCII letter); the first reply in a new container
 * compiled one pattern of all the forms at load and again when it first ran (about a millisecond, in every cold
 * start: docs/performance.md, "Issue 16, twelfth pass"), where reading the few forms that start as a word does is
 * nothing to compile.
 */
export function compileTable(rules: readonly PronunciationRule[]): CompiledTable {
  const sorted = [...rules].sort((a, b) => b.written.length - a.written.length);
  // Every entry matched in any case; an abbreviation that must match its exact capitals ("CT", not "ct") is checked
  // when a match is looked up, so a wrong-case match is left as plain text.
  const exact = new Map(rules.filter((r) => r.caseSensitive).map((r) => [r.written, r]));
  const foldedRules = new Map(rules.filter((r) => !r.caseSensitive).map((r) => [r.written.toLowerCase(), r]));
  const ruleFor = (match: string) => exact.get(match) ?? foldedRules.get(match.toLowerCase());
  if (sorted.some((rule) => rule.written === '' || /[^\x20-\x7e]/.test(rule.written))) {
    const alternatives = sorted.map((rule) => escapeRegExp(rule.written)).join('|');
    return { pattern: new RegExp(`(?<![\\w-])(?:${alternatives})(?![\\w-])`, 'gi'), ruleFor };
  }
  const byFirst = new Map<number, string[]>();
  for (const { written } of sorted) {
    const first = folded(written.charCodeAt(0));
    const same = byFirst.get(first);
    if (same) same.push(written);
    else byFirst.set(first, [written]);
  }
  return { byFirst, ruleFor };
}

/** How long a written form is that is said at `at` as a whole word (the longest, as the pattern read them); 0 for none. */
function matchAt(text: string, at: number, byFirst: Map<number, string[]>): number {
  const forms = byFirst.get(folded(text.charCodeAt(at)));
  if (!forms) return 0;
  for (let f = 0; f < forms.length; f += 1) {
    const form = forms[f] as string;
    const end = at + form.length;
    if (end > text.length || (end < text.length && joins(text.charCodeAt(end)))) continue;
    let k = 1;
    while (k < form.length && folded(text.charCodeAt(at + k)) === folded(form.charCodeAt(k))) k += 1;
    if (k === form.length) return form.length;
  }
  return 0;
}

const table = compileTable(pronunciation);

// Performance (docs/performance.md): the one regular expression is tried at every position of the text, a few
// microseconds a sentence, and nearly every sentence spoken is one of the same few hundred (content and
// speech strings). So the result for the project's table is remembered per text; the cache is bounded, in
// case interpolated text makes the set of sentences grow.
const CACHE_LIMIT = 2000;
const cache = new Map<string, string>();

/** Plain text in, SSML out: escaped, with every term from the table spoken through it. */
export function pronounce(text: string, compiled: CompiledTable = table): string {
  if (compiled !== table) return applyTable(text, compiled);
  let ssml = cache.get(text);
  if (ssml === undefined) {
    ssml = applyTable(text, table);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, ssml);
  }
  return ssml;
}

function applyTable(text: string, compiled: CompiledTable): string {
  const { byFirst, pattern } = compiled;
  let out = '';
  let last = 0;
  const said = (at: number, written: string): void => {
    const rule = compiled.ruleFor(written);
    if (!rule) return;
    out += escapeText(text.slice(last, at)) + tagFor(rule, written);
    last = at + written.length;
  };
  if (byFirst) {
    // Left to right, as the pattern's global search went: a form only where a word starts, and the search goes on
    // after each form found, whether the table says it in that case or not.
    for (let at = 0; at < text.length; ) {
      const length = at > 0 && joins(text.charCodeAt(at - 1)) ? 0 : matchAt(text, at, byFirst);
      if (length === 0) at += 1;
      else {
        said(at, text.slice(at, at + length));
        at += length;
      }
    }
  } else if (pattern) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) if (match.index !== undefined) said(match.index, match[0]);
  }
  return out + escapeText(text.slice(last));
}
