// Applies the pronunciation table (content/pronunciation.json) to plain text, producing escaped SSML.
// One regular expression over all entries, compiled once: longest written forms first, so "13 11 20" wins
// over any shorter overlap, and whole words only, so "CT" never matches inside "affect".
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
  pattern: RegExp;
  ruleFor(match: string): PronunciationRule | undefined;
}

/** For each ASCII letter's code, the class of its two cases ("[Aa]"); undefined for every other character. */
let caseClasses: Array<string | undefined> | undefined;

/**
 * Written forms matched in any case, as alternatives: each ASCII letter as a class of its two cases. For ASCII, that
 * is what the i flag matches (without the u flag, no other character folds to an ASCII letter), and V8 compiles it
 * without looking every letter's case equivalents up in ICU, which the first reply in a new container paid for
 * (docs/performance.md, "Issue 16, fifth pass"). Built in one array of pieces, joined once: it runs at load.
 */
function anyCaseAlternatives(written: readonly string[]): string {
  if (!caseClasses) {
    caseClasses = new Array<string | undefined>(128).fill(undefined);
    for (let code = 65; code <= 90; code += 1) {
      caseClasses[code] = `[${String.fromCharCode(code)}${String.fromCharCode(code + 32)}]`;
      caseClasses[code + 32] = caseClasses[code];
    }
  }
  const pieces: string[] = [];
  for (let w = 0; w < written.length; w += 1) {
    if (w > 0) pieces.push('|');
    const escaped = escapeRegExp(written[w] as string);
    for (let i = 0; i < escaped.length; i += 1) pieces.push(caseClasses[escaped.charCodeAt(i)] ?? (escaped[i] as string));
  }
  return pieces.join('');
}

export function compileTable(rules: readonly PronunciationRule[]): CompiledTable {
  const sorted = [...rules].sort((a, b) => b.written.length - a.written.length);
  // One case-insensitive pattern for every entry; an abbreviation that must match its exact capitals ("CT",
  // not "ct") is checked when a match is looked up, so a wrong-case match is left as plain text.
  const ascii = sorted.every((rule) => !/[^\x20-\x7e]/.test(rule.written));
  const written = sorted.map((rule) => rule.written);
  const alternatives = ascii ? anyCaseAlternatives(written) : written.map(escapeRegExp).join('|');
  const pattern = new RegExp(`(?<![\\w-])(?:${alternatives})(?![\\w-])`, ascii ? 'g' : 'gi');
  const exact = new Map(rules.filter((r) => r.caseSensitive).map((r) => [r.written, r]));
  const folded = new Map(rules.filter((r) => !r.caseSensitive).map((r) => [r.written.toLowerCase(), r]));
  return {
    pattern,
    ruleFor: (match) => exact.get(match) ?? folded.get(match.toLowerCase()),
  };
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
  let out = '';
  let last = 0;
  compiled.pattern.lastIndex = 0;
  for (const match of text.matchAll(compiled.pattern)) {
    const rule = compiled.ruleFor(match[0]);
    if (!rule || match.index === undefined) continue;
    out += escapeText(text.slice(last, match.index)) + tagFor(rule, match[0]);
    last = match.index + match[0].length;
  }
  return out + escapeText(text.slice(last));
}
