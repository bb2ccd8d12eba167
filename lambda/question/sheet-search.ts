// Where each of the sheet's words is said, and the search the question engine runs over it. The index is built
// with MiniSearch at build time (index-build.ts); the skill searches a plain table of it here, the way MiniSearch
// searches (BM25+ ranking, prefix and fuzzy matching, the same weights, in the same order, so the same results to
// the last bit: test/sheet-search.test.ts checks), without loading MiniSearch or building its radix tree in every
// new container (the first question paid ~1.3 MB of allocation and several ms for that: docs/performance.md).
import type { SearchOptions } from 'minisearch';

/** The search index as it travels in the Lambda package (search-index.json, `index`). */
export interface SearchTable {
  /**
   * The documents' ids by number, compactly: each unit's key and how many sentences it has ("p:types:-1/3"), joined
   * by ","; the unit is a document ("p:types:-1"), then each of its sentences ("p:types:-1#0" …), in that order.
   */
  ids: string;
  /** Each field's length in each document: [text, title, names] for document 0, then document 1… */
  lengths: number[];
  /** Each field's average length: text, title, names. */
  averages: number[];
  /** Every stem indexed, in the order MiniSearch's loaded index lists them (prefix matches come in this order). */
  terms: string[];
  /**
   * For each term (same order), where it is said: for each field (text, title, names, joined by "|"), the
   * documents, each "n" or, said more than once, "n:frequency", joined by spaces. Kept as text and read for a term
   * only when a search matches it (most never are), so a new container parses and allocates little.
   */
  postings: string[];
}

/** The fields, in MiniSearch's order (INDEX_OPTIONS.fields). */
const FIELDS = ['text', 'title', 'names'] as const;
/** MiniSearch's defaults (minisearch 7), which SEARCH_OPTIONS keeps. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const MAX_FUZZY = 6;

export interface SearchResult {
  id: string;
  score: number;
  /** The terms of the index matched, each with the fields it was matched in. */
  match: Record<string, string[]>;
}

interface Scored {
  score: number;
  terms: string[];
  match: Record<string, string[]>;
}

function bm25(termFreq: number, matching: number, total: number, fieldLength: number, average: number): number {
  const { k, b, d } = BM25;
  const invDocFreq = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / average)));
}

/** The edit distance between a and b if it is at most `max`, else max + 1. */
function distanceWithin(a: string, b: string, max: number, row: Int32Array): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  for (let j = 0; j <= n; j += 1) row[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0] as number;
    row[0] = i;
    let least = i;
    for (let j = 1; j <= n; j += 1) {
      const above = row[j] as number;
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(diagonal + cost, above + 1, (row[j - 1] as number) + 1);
      row[j] = value;
      diagonal = above;
      if (value < least) least = value;
    }
    if (least > max) return max + 1;
  }
  return Math.min(row[n] as number, max + 1);
}

/** A term's postings as [document, frequency, document, frequency…] for each field (text, title, names). */
export function readPostings(stored: string): number[][] {
  return stored.split('|').map((field) => {
    const list: number[] = [];
    if (field === '') return list;
    for (const posting of field.split(' ')) {
      const colon = posting.indexOf(':');
      if (colon === -1) list.push(Number(posting), 1);
      else list.push(Number(posting.slice(0, colon)), Number(posting.slice(colon + 1)));
    }
    return list;
  });
}

/** The inverse of readPostings, at build time. */
export function writePostings(byField: readonly (readonly number[])[]): string {
  return byField
    .map((list) => {
      const postings: string[] = [];
      for (let p = 0; p < list.length; p += 2) postings.push(list[p + 1] === 1 ? `${list[p]}` : `${list[p]}:${list[p + 1]}`);
      return postings.join(' ');
    })
    .join('|');
}

/** The documents' ids, by number, from their compact form (SearchTable.ids). */
export function documentIds(compact: string): string[] {
  return compact.split(',').flatMap((entry) => {
    const at = entry.lastIndexOf('/');
    const unit = entry.slice(0, at);
    return [unit, ...Array.from({ length: Number(entry.slice(at + 1)) }, (_, n) => `${unit}#${n}`)];
  });
}

/** The documents' ids in their compact form: each unit followed by its sentences, as searchDocuments lists them. */
export function compactIds(ids: readonly string[]): string {
  const entries: string[] = [];
  for (let n = 0; n < ids.length; ) {
    const unit = ids[n] as string;
    let count = 0;
    while (ids[n + 1 + count] === `${unit}#${count}`) count += 1;
    entries.push(`${unit}/${count}`);
    n += 1 + count;
  }
  const compact = entries.join(',');
  if (documentIds(compact).join('\n') !== ids.join('\n')) throw new Error('search index: ids are not units each followed by its sentences');
  return compact;
}

export class SheetSearch {
  private readonly table: SearchTable;
  private readonly ids: string[];
  /** Each term's postings, read when a search first matches the term. */
  private readonly postings: Array<number[][] | undefined> = [];
  private readonly byTerm = new Map<string, number>();
  private readonly boosts: number[];
  private row = new Int32Array(64);

  constructor(table: SearchTable, options: SearchOptions = {}) {
    this.table = table;
    this.ids = documentIds(table.ids);
    table.terms.forEach((term, n) => {
      this.byTerm.set(term, n);
    });
    const boost = options.boost ?? {};
    this.boosts = FIELDS.map((field) => (Object.hasOwn(boost, field) ? boost[field] : undefined) || 1);
  }

  /** MiniSearch's search(query, options) for these options: the query's terms OR-ed, best first. */
  search(query: string, options: SearchOptions): SearchResult[] {
    const tokenize = options.tokenize ?? ((text: string) => text.split(' '));
    const process = options.processTerm ?? ((term: string) => term);
    const terms = tokenize(query)
      .flatMap((term) => process(term) as string | string[])
      .filter((term): term is string => Boolean(term));
    let combined: Map<number, Scored> | undefined;
    terms.forEach((term, i) => {
      const results = this.searchTerm(term, options, i, terms);
      if (!combined) {
        combined = results;
        return;
      }
      for (const [doc, result] of results) {
        const existing = combined.get(doc);
        if (!existing) {
          combined.set(doc, result);
          continue;
        }
        existing.score = existing.score + result.score;
        existing.match = Object.assign(existing.match, result.match);
        for (const t of result.terms) if (!existing.terms.includes(t)) existing.terms.push(t);
      }
    });
    const found: SearchResult[] = [];
    for (const [doc, { score, terms: matched, match }] of combined ?? []) {
      found.push({ id: this.ids[doc] as string, score: score * (matched.length || 1), match });
    }
    return found.sort((a, b) => b.score - a.score);
  }

  private searchTerm(term: string, options: SearchOptions, i: number, all: string[]): Map<number, Scored> {
    const fuzzy = typeof options.fuzzy === 'function' ? options.fuzzy(term, i, all) : options.fuzzy || false;
    const prefix = typeof options.prefix === 'function' ? options.prefix(term, i, all) : options.prefix === true;
    const results = new Map<number, Scored>();
    const exact = this.byTerm.get(term);
    if (exact !== undefined) this.termResults(term, term, 1, exact, results);
    const { terms } = this.table;
    let fuzzyMatches: Map<number, number> | undefined;
    if (fuzzy) {
      const share = fuzzy === true ? 0.2 : fuzzy;
      const maxDistance = share < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * share)) : share;
      if (maxDistance) {
        fuzzyMatches = new Map();
        if (this.row.length <= term.length) this.row = new Int32Array(term.length + 1);
        // MiniSearch walks its tree the other way round for fuzzy matches: the terms in reverse order.
        for (let n = terms.length - 1; n >= 0; n -= 1) {
          const distance = distanceWithin(terms[n] as string, term, maxDistance, this.row);
          if (distance <= maxDistance) fuzzyMatches.set(n, distance);
        }
      }
    }
    if (prefix) {
      for (let n = 0; n < terms.length; n += 1) {
        const derived = terms[n] as string;
        if (!derived.startsWith(term)) continue;
        const distance = derived.length - term.length;
        if (!distance) continue;
        fuzzyMatches?.delete(n);
        const weight = (WEIGHTS.prefix * derived.length) / (derived.length + 0.3 * distance);
        this.termResults(term, derived, weight, n, results);
      }
    }
    if (fuzzyMatches) {
      for (const [n, distance] of fuzzyMatches) {
        if (!distance) continue;
        const derived = terms[n] as string;
        const weight = (WEIGHTS.fuzzy * derived.length) / (derived.length + distance);
        this.termResults(term, derived, weight, n, results);
      }
    }
    return results;
  }

  private termResults(source: string, derived: string, weight: number, n: number, results: Map<number, Scored>): void {
    const { lengths, averages } = this.table;
    const { ids } = this;
    let byField = this.postings[n];
    if (!byField) {
      byField = readPostings(this.table.postings[n] ?? '');
      this.postings[n] = byField;
    }
    FIELDS.forEach((field, fieldId) => {
      const list = byField[fieldId];
      if (!list || list.length === 0) return;
      const matching = list.length / 2;
      const average = averages[fieldId] as number;
      const boost = this.boosts[fieldId] as number;
      for (let p = 0; p < list.length; p += 2) {
        const doc = list[p] as number;
        const termFreq = list[p + 1] as number;
        const fieldLength = lengths[doc * FIELDS.length + fieldId] as number;
        const raw = bm25(termFreq, matching, ids.length, fieldLength, average);
        // MiniSearch: termWeight * termBoost * fieldBoost * docBoost * rawScore, the boosts it leaves at 1 left out.
        const weighted = weight * boost * raw;
        const result = results.get(doc);
        if (result) {
          result.score += weighted;
          if (!result.terms.includes(source)) result.terms.push(source);
          const match = Object.hasOwn(result.match, derived) ? result.match[derived] : undefined;
          if (match) match.push(field);
          else result.match[derived] = [field];
        } else {
          results.set(doc, { score: weighted, terms: [source], match: { [derived]: [field] } });
        }
      }
    });
  }
}
