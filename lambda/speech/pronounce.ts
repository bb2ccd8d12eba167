// Applies the pronunciation table (content/pronunciation.json) to plain text, producing escaped SSML.
// Read left to right as one regular expression over all entries would match: longest written forms first, so
// "13 11 20" wins over any shorter overlap, and whole words only, so "CT" never matches inside "affect".
import { type PronunciationRule, pronunciation } from '../../content';
import { escapeText } from './ssml';

function tagFor(rule: PronunciationRule, written: string): string {
  const word = escapeText(written);
  if (rule.ipa) return `<phoneme alphabet="ipa" ph="${escapeText(rule.ipa)}">${word}</phoneme>`;
  return `<sub alias="${escapeText(rule.alias ?? written)}">${word}</sub>`;
}

interface CompiledTable {
  /**
   * The table's written forms by their first character's code, an ASCII capital as its lower case (folded), each list
   * longest first (those of one length in the table's order): at a word start only those whose first character is
   * said there can match (saidAt). Trying all 27 at each of a reply's word starts was most of a container's first
   * reply's pronunciation (docs/performance.md, "Issue 16, nineteenth pass").
   */
  byFirst: Map<number, string[]>;
  ruleFor(match: string): PronunciationRule | undefined;
}

/** A character code as the pattern `[\w-]` reads it: a written form is matched only where none is beside it. */
function joins(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45;
}

/** An ASCII capital as its lower case; any other character as it is (what the i flag folds, for ASCII). */
function folded(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/**
 * Written forms matched in any ASCII case, as the i flag matches them, tried only where a word starts: the first reply
 * in a new container compiled one pattern of all the forms at load and again when it first ran (about a millisecond,
 * in every cold start: docs/performance.md, "Issue 16, twelfth pass"). The forms are printable ASCII (the content
 * schema says so; a table that is not is refused here), where no other character folds to one of theirs.
 */
export function compileTable(rules: readonly PronunciationRule[]): CompiledTable {
  const byFirst = new Map<number, string[]>();
  for (const form of rules.map((rule) => rule.written).sort((a, b) => b.length - a.length)) {
    const first = folded(form.charCodeAt(0));
    const same = byFirst.get(first);
    if (same) same.push(form);
    else byFirst.set(first, [form]);
  }
  // Every entry matched in any case; an abbreviation that must match its exact capitals ("CT", not "ct") is checked
  // when a match is looked up, so a wrong-case match is left as plain text.
  const exact = new Map<string, PronunciationRule>();
  const foldedRules = new Map<string, PronunciationRule>();
  for (const r of rules) {
    if (!/^[ -~]+$/.test(r.written)) throw new Error(`pronunciation: "${r.written}" is not printable ASCII`);
    if (r.caseSensitive) exact.set(r.written, r);
    else foldedRules.set(r.written.toLowerCase(), r);
  }
  return { byFirst, ruleFor: (match) => exact.get(match) ?? foldedRules.get(match.toLowerCase()) };
}

/** Whether `form` is said at `at` as a whole word: in any ASCII case, and no `[\w-]` after it. */
function saidAt(text: string, at: number, form: string): boolean {
  // Past the text's end, a code is NaN: it neither joins nor matches.
  if (joins(text.charCodeAt(at + form.length))) return false;
  for (let k = 0; k < form.length; k += 1) if (folded(text.charCodeAt(at + k)) !== folded(form.charCodeAt(k))) return false;
  return true;
}

const table = compileTable(pronunciation);

// Performance (docs/performance.md): the forms are tried at every word start of the text, and nearly every sentence
// spoken is one of the same few hundred (content and speech strings). So the result for the project's table is
// remembered per text; the cache is bounded, in case interpolated text makes the set of sentences grow.
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

function applyTable(text: string, { byFirst, ruleFor }: CompiledTable): string {
  let out = '';
  let last = 0;
  // Left to right, as the pattern's global search went: a form only where a word starts, the longest first, and the
  // search goes on after each form found, whether the table says it in that case or not.
  for (let at = 0; at < text.length; at += 1) {
    // Before the text's start, a code is NaN, which does not join.
    if (joins(text.charCodeAt(at - 1))) continue;
    const forms = byFirst.get(folded(text.charCodeAt(at)));
    if (!forms) continue;
    for (let f = 0; f < forms.length; f += 1) {
      const form = forms[f] as string;
      if (!saidAt(text, at, form)) continue;
      const written = text.slice(at, at + form.length);
      const rule = ruleFor(written);
      if (rule) {
        out += escapeText(text.slice(last, at)) + tagFor(rule, written);
        last = at + form.length;
      }
      at += form.length - 1;
      break;
    }
  }
  return out + escapeText(text.slice(last));
}
