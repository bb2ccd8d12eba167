// The question index as the web app carries it (local/web-app/question-index.ts: the units' stems and the search table
// worked out in the page, the cue lists in another order) is the index the Lambda carries:
// the parts it works out are the index's own, and every question of the sets is classified alike with both.
import { layWords } from '../content';
import { classifyQuestion } from '../content/language/kinds';
import { corpusUnits } from '../lambda/question/corpus';
import type { SearchIndexFile } from '../lambda/question/index-build';
import indexJson from '../lambda/question/search-index.json';
import { carriedLayTerms, layTermsOf } from '../local/web-app/lay-terms';
import {
  carriedParts,
  inSortedSet,
  listCodes,
  questionIndex,
  withIndexNames,
  withoutImpliedAlternatives,
} from '../local/web-app/question-index';
import { QUESTION_SETS, readQuestionSet } from './support/question-eval';

const file = indexJson as unknown as SearchIndexFile;
const carried = carriedParts(file, layWords);
const inPage = questionIndex(carried, corpusUnits, () => layTermsOf(carriedLayTerms(layWords.terms)));
// The page names the cue lists more shortly (question-index.ts, listCodes): here by the index's names again.
const worked = { ...inPage, kinds: withIndexNames(inPage.kinds, listCodes(file)) };

test('the parts the page works out are the index’s own', () => {
  expect(worked.stems).toEqual(file.stems);
  expect(worked.index).toEqual(file.index);
  expect(worked.reading).toEqual(file.reading);
  expect(worked.asked).toEqual(file.asked);
  expect(worked.gives).toEqual(file.gives);
  // The word lists with their words in another order, each once (question-index.ts): a list is read as any of them.
  const asSets = (lists: Record<string, string>) =>
    Object.fromEntries(Object.entries(lists).map(([name, words]) => [name, inSortedSet(words)]));
  expect(asSets(worked.kinds.lists)).toEqual(asSets(file.kinds.lists));
  expect(worked.kinds.kinds).toEqual(file.kinds.kinds);
  // The lists in another order (question-index.ts, inGzipOrder): they are looked up by name.
  expect(Object.keys(worked.kinds.cues).sort()).toEqual(Object.keys(file.kinds.cues).sort());
});

test('the carried parts leave out what the page works out', () => {
  expect(Object.keys(carried).sort()).toEqual(['asked', 'gives', 'index', 'kinds', 'reading']);
  expect(JSON.parse(carried.index)).toEqual({ averages: file.index.averages });
});

test('every question of the sets is classified alike with the carried cue lists and the Lambda’s', () => {
  const questions = [...new Set(QUESTION_SETS.flatMap((set) => readQuestionSet(set).map((item) => item.question)))];
  expect(questions.length).toBeGreaterThan(1000);
  const differences = questions.filter(
    (question) => classifyQuestion(question, inPage.kinds)?.id !== classifyQuestion(question, file.kinds)?.id,
  );
  expect(differences).toEqual([]);
  // Not a comparison of nothing: many questions ask for a kind.
  expect(questions.filter((question) => classifyQuestion(question, file.kinds) !== undefined).length).toBeGreaterThan(500);
});

test('an alternative the page leaves out of a cue list (implied by another of its part) decides nothing', () => {
  // The question sets do not say most of these alternatives: here each is said in a question of its own, with the
  // cue's other parts (each one of their alternatives, a word list's first word, "x*" as a word starting so), side by
  // side and apart, and its list alone is tried with the alternative and without it.
  const { lists } = file.kinds;
  const said = (alternative: string): string =>
    alternative
      .split(' ')
      .filter((word) => word !== '^' && word !== '$')
      .map((word) => (word.startsWith('@') ? (lists[word.slice(1)] ?? '').split('|')[0] : word.replace(/\*$/, 'x')))
      .join(' ');
  const only = (cues: string) => ({ lists, cues: { x: cues }, kinds: [{ id: 'k', reply: 'sheet' as const, rules: 'x' }] });
  let left = 0;
  let matched = 0;
  const differences: string[] = [];
  for (const stored of Object.values(file.kinds.cues)) {
    const pruned = withoutImpliedAlternatives(stored);
    if (pruned === stored) continue;
    const kept = pruned.split(';').map((cue) => cue.split('/').map((part) => part.split('|')));
    stored.split(';').forEach((cue, c) => {
      const parts = cue.split('/').map((part) => part.split('|'));
      parts.forEach((alternatives, p) => {
        for (const alternative of alternatives) {
          if (kept[c]?.[p]?.includes(alternative)) continue;
          left += 1;
          for (const between of [' ', ' well ', ' so then '])
            for (const before of ['', 'um ', 'tell me ']) {
              const question =
                before + parts.map((others, q) => said(q === p ? alternative : (others[(c + q) % others.length] as string))).join(between);
              const withIt = classifyQuestion(question, only(stored))?.id;
              if (withIt) matched += 1;
              if (withIt !== classifyQuestion(question, only(pruned))?.id) differences.push(question);
            }
        }
      });
    });
  }
  expect(differences).toEqual([]);
  // Not a comparison of nothing: there are such alternatives, and their questions match their lists.
  expect(left).toBeGreaterThan(50);
  expect(matched).toBeGreaterThan(left * 8);
});
