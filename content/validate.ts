// Checks the content against its JSON schemas and against itself (every reference resolves, every
// section exists, summaries stay short). Run by the build and by the tests; returns problems, never throws.
import Ajv from 'ajv';
import answersJson from './answers.json';
import glossaryJson from './glossary.json';
import { adviceBesideSymptom, classifyQuestion, compileKinds, sheetKindBesideSymptom } from './language/kinds';
import { tokenize } from './language/normalize';
import { phraseStems } from './language/phrases';
import layWordsJson from './lay-words.json';
import pronunciationJson from './pronunciation.json';
import questionKindsJson from './question-kinds.json';
import answersSchema from './schema/answers.schema.json';
import glossarySchema from './schema/glossary.schema.json';
import layWordsSchema from './schema/lay-words.schema.json';
import pronunciationSchema from './schema/pronunciation.schema.json';
import questionKindsSchema from './schema/question-kinds.schema.json';
import sourceSchema from './schema/source.schema.json';
import topicsSchema from './schema/topics.schema.json';
import sourceJson from './source.json';
import topicsJson from './topics.json';
import type { AnswersTable, LayWords, QuestionKindTable, Topic } from './types';

/** The design's limit for a spoken summary: under 20 seconds at normal speed. */
export const SUMMARY_MAX_WORDS = 60;
/** Deeper items may run a little longer than summaries, but stay one breath of listening. */
export const ITEM_MAX_WORDS = 70;

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[A-Za-z0-9]/.test(word)).length;
}

export interface ContentFiles {
  source: unknown;
  topics: unknown;
  glossary: unknown;
  pronunciation: unknown;
  layWords: unknown;
  questionKinds: unknown;
  answers: unknown;
}

export const contentFiles: ContentFiles = {
  source: sourceJson,
  topics: topicsJson,
  glossary: glossaryJson,
  pronunciation: pronunciationJson,
  layWords: layWordsJson,
  questionKinds: questionKindsJson,
  answers: answersJson,
};

function schemaProblems(files: ContentFiles): string[] {
  const ajv = new Ajv({ allErrors: true });
  const checks: Array<[string, object, unknown]> = [
    ['source.json', sourceSchema, files.source],
    ['topics.json', topicsSchema, files.topics],
    ['glossary.json', glossarySchema, files.glossary],
    ['pronunciation.json', pronunciationSchema, files.pronunciation],
    ['lay-words.json', layWordsSchema, files.layWords],
    ['question-kinds.json', questionKindsSchema, files.questionKinds],
    ['answers.json', answersSchema, files.answers],
  ];
  return checks.flatMap(([name, schema, data]) => {
    const validate = ajv.compile(schema);
    return validate(data) ? [] : (validate.errors ?? []).map((e) => `${name}${e.instancePath}: ${e.message}`);
  });
}

function referenceProblems(files: ContentFiles): string[] {
  const problems: string[] = [];
  const source = files.source as typeof sourceJson;
  const topics = files.topics as Topic[];
  const glossary = files.glossary as typeof glossaryJson;
  const sections = new Set(source.sections.map((s) => s.id));
  const topicIds = new Set<string>();
  const itemIds = new Map<string, Set<string>>();

  for (const topic of topics) {
    if (topicIds.has(topic.id)) problems.push(`topic ${topic.id}: id used twice`);
    topicIds.add(topic.id);
    itemIds.set(topic.id, new Set(topic.items.flatMap((item) => ('ref' in item ? [] : [item.id]))));
  }
  for (const topic of topics) {
    if (!sections.has(topic.section)) problems.push(`topic ${topic.id}: unknown section ${topic.section}`);
    if (!topicIds.has(topic.followUp)) problems.push(`topic ${topic.id}: follow-up ${topic.followUp} is not a topic`);
    if (topic.followUp === topic.id) problems.push(`topic ${topic.id}: follows up with itself`);
    if (wordCount(topic.summary) > SUMMARY_MAX_WORDS) {
      problems.push(`topic ${topic.id}: summary has ${wordCount(topic.summary)} words (at most ${SUMMARY_MAX_WORDS})`);
    }
    const seen = new Set<string>();
    for (const item of topic.items) {
      if ('ref' in item) {
        if (!topicIds.has(item.ref) || item.ref === topic.id) problems.push(`topic ${topic.id}: bad ref ${item.ref}`);
        continue;
      }
      if (seen.has(item.id)) problems.push(`topic ${topic.id}: item ${item.id} used twice`);
      seen.add(item.id);
      if (!sections.has(item.section)) problems.push(`item ${topic.id}.${item.id}: unknown section ${item.section}`);
      if (wordCount(item.text) > ITEM_MAX_WORDS) {
        problems.push(`item ${topic.id}.${item.id}: ${wordCount(item.text)} words (at most ${ITEM_MAX_WORDS})`);
      }
    }
  }
  const terms = new Set<string>();
  for (const entry of glossary) {
    if (terms.has(entry.id)) problems.push(`glossary ${entry.id}: id used twice`);
    terms.add(entry.id);
    if (!sections.has(entry.section)) problems.push(`glossary ${entry.id}: unknown section ${entry.section}`);
    if (!topicIds.has(entry.see.topic)) problems.push(`glossary ${entry.id}: see ${entry.see.topic} is not a topic`);
    if (entry.see.item && !itemIds.get(entry.see.topic)?.has(entry.see.item)) {
      problems.push(`glossary ${entry.id}: see ${entry.see.topic}.${entry.see.item} is not an item`);
    }
  }
  return problems;
}

const stemsOf = (text: string): string =>
  tokenize(text)
    .map((token) => ` ${token.stem}`)
    .join('');

/**
 * Every lay word must lead to words the content really uses: the term it means is found, word for word (as
 * stems), in a summary, an item, a glossary definition or a name. A lay word is vocabulary, so it can never
 * bring in a term the sheet does not have.
 */
function layWordProblems(files: ContentFiles): string[] {
  const topics = files.topics as Topic[];
  const glossary = files.glossary as typeof glossaryJson;
  const texts = [
    ...topics.flatMap((topic) => [
      topic.summary,
      ...topic.names,
      ...topic.items.flatMap((item) => ('ref' in item ? [] : [item.text, ...item.names])),
    ]),
    ...glossary.flatMap((entry) => [entry.definition, ...entry.names]),
  ];
  const content = texts.map((text) => `${stemsOf(text)} `).join('|');
  const words = new Set(content.split(/[ |]+/).filter(Boolean));
  const problems: string[] = [];
  const said = new Map<string, string>();
  for (const term of (files.layWords as LayWords).terms) {
    // "how long" means "take or hours or minutes or weeks": each is a term of the sheet.
    const meanings = term.means.split(' or ');
    for (const meaning of meanings) {
      if (!content.includes(`${stemsOf(meaning)} `)) problems.push(`lay-words.json: "${meaning}" is not a term the content uses`);
    }
    for (const phrase of term.said) {
      const key = stemsOf(phrase);
      const earlier = said.get(key);
      if (earlier !== undefined && earlier !== term.means)
        problems.push(`lay-words.json: "${phrase}" means both "${earlier}" and "${term.means}"`);
      said.set(key, term.means);
      // A single word the sheet itself uses would be rewritten wherever it is said ("bloods" is "blood").
      const stems = phraseStems(phrase);
      const only = stems.length === 1 ? stems[0] : undefined;
      if (only !== undefined && words.has(only) && stemsOf(term.means) !== ` ${only}`) {
        problems.push(`lay-words.json: "${phrase}" is the sheet's own word "${only}"; say it as a phrase, or leave it out`);
      }
    }
  }
  return problems;
}

/** Every unit's text by its id in answers.json: "topic", "topic/item", "glossary/term". */
function unitTexts(files: ContentFiles): Map<string, string> {
  const texts = new Map<string, string>();
  for (const topic of files.topics as Topic[]) {
    texts.set(topic.id, topic.summary);
    for (const item of topic.items) if (!('ref' in item)) texts.set(`${topic.id}/${item.id}`, item.text);
  }
  for (const entry of files.glossary as typeof glossaryJson) texts.set(`glossary/${entry.id}`, entry.definition);
  return texts;
}

/** A question as it is compared for sameness: its words, lower case, nothing else. */
export function questionKey(text: string): string {
  return tokenize(text)
    .map((token) => token.word)
    .join(' ');
}

/**
 * The kinds compile (every cue list and word list they name exists) and answer from real units; each unit's
 * answers name real kinds, in a sentence said once in it; no question is claimed by two units.
 */
function answerProblems(files: ContentFiles): string[] {
  const problems: string[] = [];
  const table = files.questionKinds as QuestionKindTable;
  const texts = unitTexts(files);
  const topicIds = new Set((files.topics as Topic[]).map((topic) => topic.id));
  try {
    // Each kind's example is a question of that kind: the cues say what they were written to say.
    const compiled = compileKinds(table);
    for (const kind of table.kinds) {
      // A decline kind marked withSymptom is read only beside a symptom happening now, as the skill reads it there.
      const besideSymptom = kind.reply === 'decline' && kind.withSymptom === true;
      const first = besideSymptom ? adviceBesideSymptom(kind.example, compiled) : classifyQuestion(kind.example, compiled);
      // A sheet kind marked withSymptom whose example tells a symptom first is read after it, as the skill reads it.
      const afterSymptom = kind.reply === 'sheet' && kind.withSymptom === true && first?.reply === 'escalate';
      const read = afterSymptom ? sheetKindBesideSymptom(kind.example, compiled, first) : first;
      const heard = read?.id ?? 'a plain question';
      if (heard !== kind.id) problems.push(`question-kinds.json: the example of ${kind.id} is read as ${heard}`);
    }
  } catch (error) {
    problems.push(`question-kinds.json: ${error instanceof Error ? error.message : String(error)}`);
  }
  const kinds = new Set<string>();
  for (const kind of table.kinds) {
    if (kinds.has(kind.id)) problems.push(`question-kinds.json: kind ${kind.id} twice`);
    kinds.add(kind.id);
    if (kind.from !== undefined && !texts.has(kind.from))
      problems.push(`question-kinds.json: ${kind.id} is answered from ${kind.from}, not a unit`);
    if (kind.alsoFrom !== undefined && (!texts.has(kind.alsoFrom) || kind.from === undefined))
      problems.push(`question-kinds.json: ${kind.id} is also answered from ${kind.alsoFrom}, not a second unit`);
    for (const topic of kind.asksOf ?? [])
      if (!topicIds.has(topic)) problems.push(`question-kinds.json: ${kind.id} is asked of ${topic}, not a topic`);
    if (kind.givenElsewhere && kind.from !== undefined)
      problems.push(`question-kinds.json: ${kind.id} has a passage of its own (from) and cannot be given elsewhere`);
  }
  const claimed = new Map<string, string>();
  for (const [unit, answers] of Object.entries((files.answers as AnswersTable).units)) {
    const text = texts.get(unit);
    if (text === undefined) {
      problems.push(`answers.json: ${unit} is not a unit`);
      continue;
    }
    for (const given of answers.gives ?? []) {
      if (!kinds.has(given.kind)) problems.push(`answers.json: ${unit} gives ${given.kind}, not a kind`);
      if (given.in !== undefined && text.split(given.in).length !== 2)
        problems.push(`answers.json: ${unit} does not say "${given.in}" once`);
    }
    for (const question of answers.questions ?? []) {
      const key = questionKey(question);
      const other = claimed.get(key);
      if (other !== undefined && other !== unit) problems.push(`answers.json: "${question}" is claimed by ${other} and ${unit}`);
      claimed.set(key, unit);
    }
  }
  for (const kind of table.kinds) {
    if (kind.reply !== 'sheet') continue;
    for (const from of [kind.from, kind.alsoFrom]) {
      if (from === undefined) continue;
      const gives = (files.answers as AnswersTable).units[from]?.gives ?? [];
      if (!gives.some((given) => given.kind === kind.id)) problems.push(`answers.json: ${from} answers ${kind.id} but says nowhere where`);
    }
  }
  return problems;
}

export function validateContent(files: ContentFiles = contentFiles): string[] {
  const problems = schemaProblems(files);
  // Cross-references assume the shapes the schemas promise.
  return problems.length > 0 ? problems : [...referenceProblems(files), ...layWordProblems(files), ...answerProblems(files)];
}
