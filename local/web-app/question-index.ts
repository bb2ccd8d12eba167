// The question index (lambda/question/search-index.json) as question.js carries it: without what the page can work
// out from what it holds already, in a few milliseconds when a question first reads it, so that the app's scripts
// stay under their size budget (docs/performance.md, "Issue 17, seventh pass"). Left out, and worked out again:
//   stems             each unit's content stems: from the units, which the page holds (they are what it quotes)
//   index (but its three averages)  which stems are said, in which documents, how often, and how many each says:
//                     from those stems, and from each unit's title and names
//   kinds.triggers    each long cue list's triggers: from its cues (content/language/kinds.ts, encodeTriggers)
// The build (scripts/build-web-app.mjs) works each out in Node as the page will and fails unless it is the index's
// own, to the byte. The Lambda carries the index whole (scripts/build.mjs).
import { encodeTriggers, FEW_CUES, type KindTable } from '../../content/language/kinds';
import type { Unit } from '../../lambda/question/corpus';
import type { SearchIndexFile } from '../../lambda/question/index-build';
import { contentStems } from '../../lambda/question/search-options';
import { type SearchTable, writePostings } from '../../lambda/question/sheet-search';
import { unitStems } from '../../lambda/question/unit-stems';

/** The parts carried, each as its JSON text (parsed when first read, as the build's data plugin does for the rest). */
export type CarriedParts = Record<'reading' | 'index' | 'kinds' | 'gives' | 'asked', string>;

/** What of the index question.js carries (at build time). */
export function carriedParts(file: SearchIndexFile): CarriedParts {
  const { triggers: _triggers, ...kinds } = file.kinds;
  return {
    // The order that gzips smallest (kinds and the lay words side by side): 0.4 KB less than the index's own.
    kinds: JSON.stringify(kinds),
    reading: JSON.stringify(file.reading),
    gives: JSON.stringify(file.gives),
    index: JSON.stringify({ averages: file.index.averages }),
    asked: JSON.stringify(file.asked),
  };
}

/** A stored cue list as its cues, each as its parts' alternatives (the inverse of kinds.ts's encodeCues). */
function cuesOf(stored: string): string[][][] {
  return stored === '' ? [] : stored.split(';').map((cue) => cue.split('/').map((part) => part.split('|')));
}

/** The question kinds with each long list's triggers worked out from its cues when a question first needs them. */
function kindsWithTriggers(carried: Omit<KindTable, 'triggers'>): KindTable {
  const triggers: Record<string, string> = {};
  for (const [name, stored] of Object.entries(carried.cues)) {
    if (cuesOf(stored).length <= FEW_CUES) continue;
    let worked: string | undefined;
    Object.defineProperty(triggers, name, {
      enumerable: true,
      get: () => {
        worked ??= encodeTriggers(cuesOf(stored));
        return worked;
      },
    });
  }
  return { lists: carried.lists, cues: carried.cues, triggers, kinds: carried.kinds };
}

/** A phrase of stems (unit-stems.ts) as its stems: "" is none. */
function stemsIn(phrase: string): string[] {
  return phrase === '' ? [] : phrase.split(' ');
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
 * The search table (sheet-search.ts) from the units, as MiniSearch indexed them at build time (index-build.ts,
 * searchDocuments): a document for each unit's title and names, then one for each sentence; each field's length the
 * number of different stems it says; a stem's postings its documents in order, with how often each says it.
 */
function searchTableOf(
  units: readonly Unit[],
  stems: Record<string, [string, string]>,
  carried: Pick<SearchTable, 'averages'>,
): SearchTable {
  const FIELDS = 3;
  const ids: string[] = [];
  const lengths: number[] = [];
  const said = new Map<string, Array<Map<number, number>>>();
  let document = 0;
  const add = (fields: ReadonlyArray<readonly string[]>): void => {
    for (let f = 0; f < FIELDS; f += 1) {
      const words = fields[f] ?? [];
      lengths.push(new Set(words).size);
      for (const word of words) {
        let byField = said.get(word);
        if (!byField) {
          byField = [new Map(), new Map(), new Map()];
          said.set(word, byField);
        }
        const counts = byField[f] as Map<number, number>;
        counts.set(document, (counts.get(document) ?? 0) + 1);
      }
    }
    document += 1;
  };
  for (const unit of units) {
    ids.push(`${unit.key}/${unit.sentences.length}`);
    add([[], contentStems(unit.title), contentStems(unit.names.join('. '))]);
    const sentences = (stems[unit.key]?.[0] ?? '').split(',');
    for (let n = 0; n < unit.sentences.length; n += 1) add([stemsIn(sentences[n] ?? ''), [], []]);
  }
  // The terms as the index lists them: MiniSearch's tree of the terms as they were added (said.keys()), listed, then
  // loaded again from that list and listed again (index-build.ts, searchTableOf).
  const terms = treeOrder(treeOrder(said.keys()));
  const postings = terms.map((term) =>
    writePostings((said.get(term) ?? [new Map(), new Map(), new Map()]).map((counts) => [...counts].flat())),
  );
  return { ids: ids.join(','), lengths, averages: carried.averages, terms, postings };
}

/**
 * The index as answer.ts reads it (SearchIndexFile): each part parsed, or worked out, when it is first read. `units`
 * gives the units (lambda/question/corpus.ts, the page's own).
 */
export function questionIndex(parts: CarriedParts, units: () => readonly Unit[]): SearchIndexFile {
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
  // In the index's own order (index-build.ts).
  part('reading', () => JSON.parse(parts.reading));
  part('index', () => searchTableOf(units(), index.stems, JSON.parse(parts.index)));
  part('kinds', () => kindsWithTriggers(JSON.parse(parts.kinds)));
  part('gives', () => JSON.parse(parts.gives));
  part('asked', () => JSON.parse(parts.asked));
  part('stems', () => unitStems(units()));
  return index;
}
