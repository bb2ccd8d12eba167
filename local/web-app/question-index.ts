// The question index (lambda/question/search-index.json) as question.js carries it: without what the page can work
// out from what it holds already, in a few milliseconds when a question first reads it, so that the app's scripts
// stay under their size budget (docs/performance.md, "Issue 17, seventh pass"). Left out, and worked out again:
//   stems             each unit's content stems: from the units, which the page holds (they are what it quotes)
//   index (but its three averages)  which stems are said, in which documents, how often, and how many each says:
//                     from the same reading of the units (about 10 ms of a first question, unthrottled)
//   reading (but the framing phrases' and words' stems)  the lay-word table: compiled from the lay-word terms page.js
//                     carries and lends (lay-terms.ts; read.ts, readingFrom: "Issue 17, eighth pass")
// and the cue lists are carried in an order that gzips smaller (each part's alternatives, then a list's cues, sorted:
// 0.4 KB; then arranged, inGzipArrangement: 0.2 KB more; the lists themselves, inGzipOrder): a list matches when any
// of its cues does, and a part when any of its alternatives does, so their order decides nothing (kinds.ts reads a
// list cue by cue, a part alternative by alternative, and stops at a match), and lists are looked up by name: by a
// name of one or two letters in the page (listCodes, 0.5 KB, the word lists' too), the kinds' rules and the cues naming
// them so; the word lists' words in another order, each once (0.1 KB). Those names are the lists' places, so the lists
// are carried without them, as one string each (listCodes, CarriedKinds: 0.4 KB), and the units' reviewed questions
// and the answers they give (asked, gives) by the units' places, not their keys (0.4 KB).
// (Not quite nothing since the clauses: which cue and alternative match first decide where a list was said, which decides
// the clauses a kind's "none" cues read, and so the kind of a few questions that say two things: docs/performance.md,
// "Issue 16, eleventh pass".)
// The build (scripts/build-web-app.mjs) works each part out in Node as the page will and fails unless it is the
// index's own, to the byte, but for the cues' order, the word lists (as sets)
// and the cue lists' names (compared by the index's: withIndexNames); test/web-app-question-index.test.ts
// classifies every question of the sets with both. The Lambda carries the index whole (scripts/build.mjs).
import type { LayWords } from '../../content';
import type { CompiledKind, KindTable } from '../../content/language/kinds';
import { phraseStems } from '../../content/language/phrases';
import type { Unit } from '../../lambda/question/corpus';
import type { SearchIndexFile } from '../../lambda/question/index-build';
import { type ReadingTable, readingFrom, type TermWords } from '../../lambda/question/read';
import { contentStems } from '../../lambda/question/search-options';
import { type SearchTable, writePostings } from '../../lambda/question/sheet-search';
import { distinctPhrases } from '../../lambda/question/unit-stems';

/** The parts carried, each as its JSON text (parsed when first read, as the build's data plugin does for the rest). */
export type CarriedParts = Record<'reading' | 'index' | 'kinds' | 'gives' | 'asked', string>;

/**
 * A stored cue list with each part's alternatives, then its cues, in sorted order: the form in which two orders of one
 * list are compared (at build time).
 */
export function inSortedOrder(stored: string): string {
  if (stored === '') return stored;
  const cues = cuesOf(stored).map((cue) => cue.map((part) => [...part].sort().join('|')).join('/'));
  return cues.sort().join(';');
}

/** Said by no token: "^" and "$" (the question's start and end). */
function isZeroWidth(word: string): boolean {
  return word === '^' || word === '$';
}

/**
 * Whether a part's alternative `a` can match only where its alternative `b` matches too, ending (and starting) where
 * that part's place in its cue needs (`at`): kinds.ts matches an alternative's words token by token (a stem, or a word
 * as said, `wordMatches`), so `b`, plain words all (no word list, "x*", "^" or "$"), said within `a` matches the tokens
 * `a`'s same words did. The first part of a cue may start anywhere and the next must start within GAP words of its end,
 * so there `b` must end where `a` does ("end"); a later part must start within GAP words of the one before, so the last
 * must start where `a` does ("start"); a part between must be both; a cue's only part may be anywhere ("within").
 */
function implies(a: readonly string[], b: readonly string[], at: 'end' | 'start' | 'both' | 'within'): boolean {
  if (b.some((word) => word.startsWith('@') || word.endsWith('*') || isZeroWidth(word))) return false;
  for (let i = 0; i + b.length <= a.length; i += 1) {
    if (!b.every((word, j) => a[i + j] === word)) continue;
    const before = a.slice(0, i).every(isZeroWidth);
    const after = a.slice(i + b.length).every(isZeroWidth);
    if (at === 'within' || (at === 'end' && after) || (at === 'start' && before) || (before && after)) return true;
  }
  return false;
}

/**
 * A stored cue list without the alternatives another of their part implies (implies: −0.5 KB of question.js). A part
 * matches when any of its alternatives does (kinds.ts), so one that can match only where another of the same part
 * matches too decides nothing: "to liv" beside "liv" in a cue's first part, or a second "liv". Each alternative left
 * out is implied by one that stays (the first of equal ones stays; implication goes from longer to shorter), so every
 * cue matches the same questions. The build compares the page's cue lists with the index's, each without them; the
 * web app's tests classify every question of the sets with both.
 *
 * `by: 'one before'` leaves out only those implied by an alternative before them in their part, which the matcher
 * never reaches: it tries a part's alternatives in order and takes the first that matches (kinds.ts, partFrom), and
 * the one before matches wherever they would, with the same end where the cue goes on from it. So not only whether the
 * cue matches but where its match starts and ends (which clauses the question's cues were said in) stays the same: the
 * Lambda's index leaves these out (index-build.ts), the page the others too.
 */
export function withoutImpliedAlternatives(stored: string, by: 'any other' | 'one before' = 'any other'): string {
  if (stored === '') return stored;
  return cuesOf(stored)
    .map((cue) =>
      cue
        .map((part, p) => {
          const at = cue.length === 1 ? 'within' : p === 0 ? 'end' : p === cue.length - 1 ? 'start' : 'both';
          const words = part.map((alternative) => alternative.split(' '));
          const impliedBy = (n: number, m: number): boolean =>
            part[m] === part[n] ? m < n : implies(words[n] as string[], words[m] as string[], at);
          return part.filter((_, n) => !part.some((_other, m) => (by === 'one before' ? m < n : m !== n) && impliedBy(n, m))).join('|');
        })
        .join('/'),
    )
    .join(';');
}

/** A word list's words, sorted and each once: the form in which two arrangements of one list are compared. */
export function inSortedSet(words: string): string {
  return [...new Set(words.split('|'))].sort().join('|');
}

/** An order of alternatives with those the cue lists use most first (then alphabetically); the Lambda's build too. */
export function mostUsedFirst(lists: Readonly<Record<string, string>>): (a: string, b: string) => number {
  const uses = new Map<string, number>();
  for (const stored of Object.values(lists))
    for (const cue of cuesOf(stored)) for (const part of cue) for (const said of part) uses.set(said, (uses.get(said) ?? 0) + 1);
  return (a, b) => (uses.get(b) ?? 0) - (uses.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The cue lists (each in sorted order) in the order question.js carries them, which gzips 0.2 KB smaller than sorted:
 * each part's alternatives with the most used first (in all the lists; then alphabetically), so that two parts sharing
 * their common alternatives begin alike (gzip's repeats are runs of text: "okay|saf|alright" in both
 * "okay|saf|alright|allow|fin" and "okay|saf|alright", where sorted, "allow|alright|fin|okay|saf", they were apart); and
 * a list's cues from its first sorted, each next the one whose alternatives are most like the last's (Jaccard).
 */
function inGzipArrangement(sorted: Readonly<Record<string, string>>, byUse: (a: string, b: string) => number): Record<string, string> {
  const arranged = (stored: string): string =>
    chainedByLikeness(
      cuesOf(stored).map((cue) => cue.map((part) => [...part].sort(byUse).join('|')).join('/')),
      (cue) => new Set(cue.split(/[/|]/)),
    ).join(';');
  return Object.fromEntries(Object.entries(sorted).map(([name, stored]) => [name, arranged(stored)]));
}

/**
 * Stored cues from the first, each next the one most like the last (Jaccard, of what `said` says each says): the
 * Lambda's build chains its lists so too, by words rather than whole alternatives.
 */
export function chainedByLikeness(cues: readonly string[], said: (cue: string) => ReadonlySet<string>): string[] {
  const left = [...cues];
  const order: string[] = [];
  for (let last = left.shift(); last !== undefined; ) {
    order.push(last);
    const lastSaid = said(last);
    let best = -1;
    let next = -1;
    left.forEach((cue, n) => {
      const other = said(cue);
      let shared = 0;
      for (const word of other) if (lastSaid.has(word)) shared += 1;
      const like = shared / (lastSaid.size + other.size - shared);
      if (like > best) {
        best = like;
        next = n;
      }
    });
    last = next === -1 ? undefined : left.splice(next, 1)[0];
  }
  return order;
}

/**
 * The reading table as question.js carries it: only the framing phrases, as their stems (each phrase's joined by
 * spaces, phrases by bars, as the cue lists' alternatives are, which gzip then finds among them: 20 bytes less than
 * by commas), and the framing words' stems, joined by bars too (66 bytes less than a list). The terms' phrases and meanings are compiled in the page
 * from the lay-word terms page.js lends (lay-terms.ts), by the code that compiled them at build time (read.ts).
 */
interface CarriedReading {
  phrases: string;
  framing: string;
}

/** The reading table as carried (at build time), from the lay words it was compiled from. */
function carriedReading(reading: ReadingTable, layWords: LayWords): CarriedReading {
  const phrases = layWords.framing.phrases.map(phraseStems).filter((stems) => stems.length > 0);
  if (reading.framing.some((word) => word.includes('|'))) throw new Error('question index: a framing word says |, which separates them');
  return { phrases: phrases.map((stems) => stems.join(' ')).join('|'), framing: reading.framing.join('|') };
}

/** The reading table, compiled from what question.js carries and the terms the page lends. */
function workedReading(carried: CarriedReading, terms: readonly TermWords[]): ReadingTable {
  const phrases = carried.phrases === '' ? [] : carried.phrases.split('|').map((phrase) => phrase.split(' '));
  return readingFrom(phrases, terms, carried.framing === '' ? [] : carried.framing.split('|'));
}

/**
 * The cue lists' names in an order that puts lists saying the same words side by side, where gzip's 32 KB window sees
 * their repeats (0.2 KB): from the longest, each next the one whose words are most like the last's (Jaccard). Lists are
 * looked up by name, so their order decides nothing.
 */
function inGzipOrder(cues: Readonly<Record<string, string>>): string[] {
  const words = new Map(Object.entries(cues).map(([name, stored]) => [name, new Set(stored.split(/[;/| ]/))]));
  const likeness = (a: Set<string>, b: Set<string>): number => {
    let shared = 0;
    for (const word of a) if (b.has(word)) shared += 1;
    return shared / (a.size + b.size - shared || 1);
  };
  const left = Object.keys(cues).sort((a, b) => (cues[b] as string).length - (cues[a] as string).length);
  const order: string[] = [];
  for (let last = left.shift(); last !== undefined; ) {
    order.push(last);
    const lastWords = words.get(last) as Set<string>;
    let best = -1;
    let next = -1;
    left.forEach((name, n) => {
      const like = likeness(lastWords, words.get(name) as Set<string>);
      if (like > best) {
        best = like;
        next = n;
      }
    });
    last = next === -1 ? undefined : left.splice(next, 1)[0];
  }
  return order;
}

/**
 * The separator of the cue lists, of the word lists and of the units' reviewed questions where each is carried as one
 * string (CarriedKinds, and the reviewed questions in carriedParts): a character none of them says (joinedApart).
 */
export const APART = '.';

/** The kinds' table as question.js carries it: each list by its place, not its name (listCodes). */
interface CarriedKinds {
  /** The cue lists, in the carried order, joined by APART: a list's name is its place's code (listCode). */
  c: string;
  /** The word lists likewise, in the index's order (each named "@" and its place's code). */
  l: string;
  /** The kinds, as the index's, each one's rules naming the lists by their codes. */
  k: CompiledKind[];
}

/** Texts joined by APART, which none of them may say. */
function joinedApart(texts: readonly string[]): string {
  if (texts.some((text) => text.includes(APART))) throw new Error(`question index: a text says ${APART}, which separates them`);
  return texts.join(APART);
}

/** Each of a carried list of texts (joinedApart) by its place's code (listCode): the lists by name again. */
function byCode(joined: string): Record<string, string> {
  const named: Record<string, string> = {};
  joined.split(APART).forEach((text, n) => {
    named[listCode(n)] = text;
  });
  return named;
}

/** Each cue list as the page carries it before it is arranged: without implied alternatives, its cues sorted. */
function sortedCueLists(file: Pick<SearchIndexFile, 'kinds'>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(file.kinds.cues).map(([name, stored]) => [name, inSortedOrder(withoutImpliedAlternatives(stored))]),
  );
}

/** The cue lists' names (the index's) in the order question.js carries them, unless the build gives another. */
export function cueListOrder(file: Pick<SearchIndexFile, 'kinds'>): string[] {
  return inGzipOrder(sortedCueLists(file));
}

/**
 * What of the index question.js carries (at build time). `order`: the cue lists' names in the order to carry them
 * (cueListOrder's unless given: the build's is arranged further for gzip), which names them (listCodes).
 */
export function carriedParts(file: SearchIndexFile, layWords: LayWords, order: readonly string[] = cueListOrder(file)): CarriedParts {
  const table = file.kinds;
  if (JSON.stringify([...order].sort()) !== JSON.stringify(Object.keys(table.cues).sort()))
    throw new Error('question index: the order to carry the cue lists in is not of its cue lists');
  const sorted = sortedCueLists(file);
  const byUse = mostUsedFirst(sorted);
  const arranged = inGzipArrangement(sorted, byUse);
  const codes = listCodes(file, order);
  // Each list in its place, without its name, which is its place's code (listCodes): 0.4 KB.
  const cues = joinedApart(order.map((name) => renamedRefs(arranged[name] as string, codes)));
  // The word lists' words as a part's alternatives (0.1 KB): the most used in the cue lists first, each once (a word
  // list may say a stem twice, "leg|leg", from "leg" and "legs"). A word list is read as any of its words, so neither
  // their order nor a second of one decides anything (kinds.ts); the build compares them as sets (inSortedSet).
  const lists = joinedApart(
    Object.values(table.lists).map((words) => renamedRefs([...new Set(words.split('|'))].sort(byUse).join('|'), codes)),
  );
  // The cue lists first: the word lists and the kinds' rules after them gzip 0.07 KB smaller.
  const kinds: CarriedKinds = { c: cues, l: lists, k: table.kinds.map((kind) => ({ ...kind, rules: renamedRules(kind.rules, codes) })) };
  // The units' reviewed questions, and what they give, by the units' places rather than their keys (0.4 KB): the
  // index's units are its stems' keys, in the order the page reads the units (corpus.ts; the build checks the stems).
  const units = Object.keys(file.stems);
  const unknown = [...Object.keys(file.asked), ...Object.keys(file.gives)].find((key) => !units.includes(key));
  if (unknown) throw new Error(`question index: ${unknown} is not a unit`);
  return {
    // The order that gzips smallest (the framing phrases, then the kinds): 0.5 KB less than the index's own.
    reading: JSON.stringify(carriedReading(file.reading, layWords)),
    kinds: JSON.stringify(kinds),
    gives: JSON.stringify(units.map((key) => file.gives[key] ?? 0)),
    index: JSON.stringify({ averages: file.index.averages }),
    asked: joinedApart(units.map((key) => file.asked[key] ?? '')),
  };
}

/**
 * The name of the list in place n: "a" to "Z", then "aa"…. Letters only: a key that reads as a number would reorder
 * the lists' object.
 */
function listCode(n: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  if (n >= letters.length * (letters.length + 1)) throw new Error('more lists than two letters name');
  return (n < letters.length ? '' : letters.charAt(Math.floor(n / letters.length) - 1)) + letters.charAt(n % letters.length);
}

/**
 * The names question.js gives the lists (at build time): each cue list one or two letters (listCode: "a" to "Z", then
 * "aa"…, by its place in the order the lists are carried, cueListOrder's or the build's), and each word list, "@name",
 * "@" and its place's code, where the index names them for what they say ("general-symptom-question", "@patient"). The
 * names say nothing to the matcher, which looks a list up by the name a kind's rule, or a cue, gives (kinds.ts): every
 * rule and cue names its lists by these instead, 0.5 KB less of question.js gzipped (a cue list's name is said again in
 * every rule that reads it; a word list's in every cue that says it), and, being their places', the lists are carried
 * without them (carriedParts). (The Lambda's index names its lists by codes too, in another order: index-build.ts.)
 */
export function listCodes(file: Pick<SearchIndexFile, 'kinds'>, order: readonly string[] = cueListOrder(file)): Map<string, string> {
  return codesInOrder(order, Object.keys(file.kinds.lists));
}

/**
 * The codes (listCode) of cue lists and word lists named in these orders: each cue list its place's code, each word
 * list ("@name") "@" and its place's.
 */
export function codesInOrder(cueLists: readonly string[], wordLists: readonly string[]): Map<string, string> {
  return new Map([
    ...cueLists.map((name, n): [string, string] => [name, listCode(n)]),
    ...wordLists.map((name, n): [string, string] => [`@${name}`, `@${listCode(n)}`]),
  ]);
}

/** A cue list or word list (stored) with each word list it says ("@name") renamed. */
function renamedRefs(stored: string, names: ReadonlyMap<string, string>): string {
  return stored.replace(/@[^ |/;]+/g, (name) => {
    const renamed = names.get(name);
    if (renamed === undefined) throw new Error(`a cue says no word list: ${name}`);
    return renamed;
  });
}

/** A kind's rules (CompiledKind.rules: lists by ",", "!" before those that must not match, rules by ";") renamed. */
function renamedRules(rules: string, names: ReadonlyMap<string, string>): string {
  return rules.replace(/[^,;!]+/g, (name) => {
    const renamed = names.get(name);
    if (renamed === undefined) throw new Error(`a kind's rule names no cue list: ${name}`);
    return renamed;
  });
}

/**
 * The kinds with every cue list and word list renamed as `names` says (a word list's names with its "@"), each table
 * in its own order: by their codes (codesInOrder) in the Lambda's index (index-build.ts).
 */
export function withListsRenamed(kinds: KindTable, names: ReadonlyMap<string, string>): KindTable {
  const named = (table: Readonly<Record<string, string>>, prefix = ''): Record<string, string> =>
    Object.fromEntries(
      Object.keys(table).map((name) => [
        (names.get(prefix + name) ?? `?${name}`).slice(prefix.length),
        renamedRefs(table[name] as string, names),
      ]),
    );
  return {
    lists: named(kinds.lists, '@'),
    cues: named(kinds.cues),
    kinds: kinds.kinds.map((kind) => ({ ...kind, rules: renamedRules(kind.rules, names) })),
  };
}

/**
 * The kinds with each cue list by its name in the index again (at build time and in the tests, to compare what the
 * page works out with the index): `codes` as listCodes gives them.
 */
export function withIndexNames(kinds: KindTable, codes: ReadonlyMap<string, string>): KindTable {
  return withListsRenamed(kinds, new Map([...codes].map(([name, code]) => [code, name])));
}

/** A stored cue list as its cues, each as its parts' alternatives (the inverse of kinds.ts's encodeCues). */
export function cuesOf(stored: string): string[][][] {
  return stored === '' ? [] : stored.split(';').map((cue) => cue.split('/').map((part) => part.split('|')));
}

/** MiniSearch's radix tree (its SearchableMap), as far as the order of its terms goes: "" marks where a term ends. */
type Tree = Map<string, Tree>;

/** MiniSearch 7's createPath: the node for `key`, splitting an edge that shares only its start (moved to the end). */
function pathTo(tree: Tree, key: string): Tree {
  let node = tree;
  outer: for (let at = 0; at < key.length; ) {
    for (const edge of node.keys()) {
      if (edge === '' || key[at] !== edge[0]) continue;
      const most = Math.min(key.length - at, edge.length);
      let shared = 1;
      while (shared < most && key[at + shared] === edge[shared]) shared += 1;
      const child = node.get(edge) as Tree;
      if (shared === edge.length) node = child;
      else {
        const between: Tree = new Map([[edge.slice(shared), child]]);
        node.set(key.slice(at, at + shared), between);
        node.delete(edge);
        node = between;
      }
      at += shared;
      continue outer;
    }
    const leaf: Tree = new Map();
    node.set(key.slice(at), leaf);
    return leaf;
  }
  return node;
}

/** The terms in the order MiniSearch lists a tree made by adding them in this order: depth first, last edge first. */
function treeOrder(terms: Iterable<string>): string[] {
  const tree: Tree = new Map();
  for (const term of terms) {
    const node = pathTo(tree, term);
    if (!node.has('')) node.set('', new Map());
  }
  const listed: string[] = [];
  const visit = (node: Tree, prefix: string): void => {
    const edges = [...node.keys()];
    for (let e = edges.length - 1; e >= 0; e -= 1) {
      const edge = edges[e] as string;
      if (edge === '') listed.push(prefix);
      else visit(node.get(edge) as Tree, prefix + edge);
    }
  };
  visit(tree, '');
  return listed;
}

/**
 * Each unit's stems (unit-stems.ts) and the search table (sheet-search.ts), from one reading of the units: the table as
 * MiniSearch indexed them at build time (index-build.ts, searchDocuments): a document for each unit's title and names,
 * then one for each sentence; each field's length the number of different stems it says; a stem's postings its
 * documents in order, with how often each says it. Read cold with the first question, so with plain arrays and loops.
 */
function stemsAndTable(
  units: readonly Unit[],
  carried: Pick<SearchTable, 'averages'>,
): { stems: Record<string, [string, string]>; table: SearchTable } {
  const stems: Record<string, [string, string]> = {};
  const ids: string[] = [];
  const lengths: number[] = [];
  // By stem, for each field (text, title, names), its documents and counts: [document, count, document, count…].
  const said = new Map<string, Array<number[] | undefined>>();
  let document = 0;
  // A field's length is how many different stems it says: those whose postings gain this document.
  const count = (words: readonly string[], field: number): void => {
    let different = 0;
    for (let w = 0; w < words.length; w += 1) {
      const word = words[w] as string;
      let byField = said.get(word);
      if (!byField) {
        byField = [undefined, undefined, undefined];
        said.set(word, byField);
      }
      const postings = byField[field] ?? [];
      byField[field] = postings;
      if (postings[postings.length - 2] === document) postings[postings.length - 1] = (postings[postings.length - 1] as number) + 1;
      else {
        postings.push(document, 1);
        different += 1;
      }
    }
    lengths.push(different);
  };
  const none: string[] = [];
  const noPostings: number[] = [];
  for (let u = 0; u < units.length; u += 1) {
    const unit = units[u] as Unit;
    const title = contentStems(unit.title);
    const names = unit.names.map(contentStems);
    stems[unit.key] = ['', distinctPhrases([title.join(' '), ...names.map((name) => name.join(' '))])];
    ids.push(`${unit.key}/${unit.sentences.length}`);
    count(none, 0);
    count(title, 1);
    // The index read the names as one text, joined by full stops: read one by one, they say the same stems in turn.
    count(names.flat(), 2);
    document += 1;
    const sentences: string[] = [];
    for (let n = 0; n < unit.sentences.length; n += 1) {
      const words = contentStems(unit.sentences[n] as string);
      sentences.push(words.join(' '));
      count(words, 0);
      count(none, 1);
      count(none, 2);
      document += 1;
    }
    (stems[unit.key] as [string, string])[0] = sentences.join(',');
  }
  // The terms as the index lists them: MiniSearch's tree of the terms as they were added (said.keys()), listed, then
  // loaded again from that list and listed again (index-build.ts, searchTableOf).
  const terms = treeOrder(treeOrder(said.keys()));
  const postings = terms.map((term) => writePostings((said.get(term) ?? []).map((postings) => postings ?? noPostings)));
  return { stems, table: { ids: ids.join(','), lengths, averages: carried.averages, terms, postings } };
}

/**
 * The index as answer.ts reads it (SearchIndexFile): each part parsed, or worked out, when it is first read. `units`
 * gives the units (lambda/question/corpus.ts, the page's own).
 */
export function questionIndex(parts: CarriedParts, units: () => readonly Unit[], layTerms: () => readonly TermWords[]): SearchIndexFile {
  const index = {} as SearchIndexFile;
  const parsed: Partial<SearchIndexFile> = {};
  const part = <K extends keyof SearchIndexFile>(key: K, work: () => SearchIndexFile[K]): void => {
    Object.defineProperty(index, key, {
      enumerable: true,
      get: () => {
        parsed[key] ??= work();
        return parsed[key];
      },
    });
  };
  let worked: ReturnType<typeof stemsAndTable> | undefined;
  const work = () => {
    worked ??= stemsAndTable(units(), JSON.parse(parts.index));
    return worked;
  };
  // In the index's own order (index-build.ts).
  part('reading', () => workedReading(JSON.parse(parts.reading), layTerms()));
  part('index', () => work().table);
  part('kinds', () => {
    const { c, l, k }: CarriedKinds = JSON.parse(parts.kinds);
    return { lists: byCode(l), cues: byCode(c), kinds: k };
  });
  // By each unit's key again, for the units that have any.
  const byUnit = <T>(carried: readonly T[]): Record<string, T> => {
    const keyed: Record<string, T> = {};
    units().forEach((unit, n) => {
      if (carried[n]) keyed[unit.key] = carried[n] as T;
    });
    return keyed;
  };
  part('gives', () => byUnit(JSON.parse(parts.gives)));
  part('asked', () => byUnit(parts.asked.split(APART)));
  part('stems', () => work().stems);
  return index;
}
