// The question kinds as the index carries them (lambda/question/index-build.ts, compactKinds): the lists named by
// codes, and without the alternatives an alternative before them in their part implies, are content/question-kinds.json
// compiled (content/language/kinds.ts) and nothing else: they read every question as the compiled table does.
import type { QuestionKindTable } from '../content';
import { classifyQuestion, compileKinds, type KindTable } from '../content/language/kinds';
import questionKindsJson from '../content/question-kinds.json';
import { unitKeyOf } from '../lambda/question/corpus';
import type { SearchIndexFile } from '../lambda/question/index-build';
import indexJson from '../lambda/question/search-index.json';
import { withIndexNames, withoutImpliedAlternatives } from '../local/web-app/question-index';
import { QUESTION_SETS, readQuestionSet } from './support/question-eval';

const carried = (indexJson as unknown as SearchIndexFile).kinds;
const compiled: KindTable = compileKinds(questionKindsJson as QuestionKindTable);
// Each list's code by its place: the index keeps the compiled table's order of lists.
const codes = new Map([
  ...Object.keys(compiled.cues).map((name, n): [string, string] => [name, Object.keys(carried.cues)[n] as string]),
  ...Object.keys(compiled.lists).map((name, n): [string, string] => [`@${name}`, `@${Object.keys(carried.lists)[n]}`]),
]);

test('the index names its lists by codes of one or two letters, its kinds by their ids', () => {
  const names = [...Object.keys(carried.cues), ...Object.keys(carried.lists)];
  expect(names.filter((name) => !/^[a-zA-Z]{1,2}$/.test(name))).toEqual([]);
  expect(carried.kinds.map((kind) => kind.id)).toEqual(compiled.kinds.map((kind) => kind.id));
});

test('the index’s kinds are the compiled kinds, less only the alternatives an alternative before them implies and the words a word list says again', () => {
  const named = withIndexNames(carried, codes);
  const once = (stored: string) => [...new Set(stored.split('|'))].join('|');
  expect(named.lists).toEqual(Object.fromEntries(Object.entries(compiled.lists).map(([name, stored]) => [name, once(stored)])));
  // Some words are said again once stemmed ("leg", "legs"), else this would compare nothing.
  expect(Object.values(compiled.lists).some((stored) => once(stored) !== stored)).toBe(true);
  const pruned = Object.fromEntries(
    Object.entries(compiled.cues).map(([name, stored]) => [name, withoutImpliedAlternatives(stored, 'one before')]),
  );
  expect(named.cues).toEqual(pruned);
  // Some are left out (else this would compare nothing), and only some of those the web app leaves out.
  const left = (stored: string) => stored.split(/[;/|]/).length;
  const count = (cues: Record<string, string>) => Object.values(cues).reduce((sum, stored) => sum + left(stored), 0);
  expect(count(compiled.cues) - count(pruned)).toBeGreaterThan(50);
  const anyOther = Object.values(compiled.cues).reduce((sum, stored) => sum + left(withoutImpliedAlternatives(stored)), 0);
  expect(count(pruned)).toBeGreaterThan(anyOther);
  const keyed = (unit: string | undefined) => (unit ? (unitKeyOf(unit) ?? unit) : undefined);
  expect(named.kinds).toEqual(
    compiled.kinds.map((kind) => ({
      ...kind,
      ...(kind.from ? { from: keyed(kind.from) } : {}),
      ...(kind.alsoFrom ? { alsoFrom: keyed(kind.alsoFrom) } : {}),
    })),
  );
});

test('every question of the sets, alone and after another, is classified alike with the index’s kinds and the compiled', () => {
  const questions = [...new Set(QUESTION_SETS.flatMap((set) => readQuestionSet(set).map((item) => item.question)))];
  // Two said in one breath: the clauses each kind's cues were said in decide what its "none" cues may read, so a
  // cue matched at other words (an alternative left out that had been the one matched) would show here.
  const texts = [...questions, ...questions.map((question, n) => `${question} ${questions[(n * 7 + 3) % questions.length]}`)];
  const differences = texts.filter((text) => classifyQuestion(text, carried)?.id !== classifyQuestion(text, compiled)?.id);
  expect(differences).toEqual([]);
  expect(texts.filter((text) => classifyQuestion(text, carried) !== undefined).length).toBeGreaterThan(1000);
});
