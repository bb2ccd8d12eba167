// Checks the content against its JSON schemas and against itself (every reference resolves, every
// section exists, summaries stay short). Run by the build and by the tests; returns problems, never throws.
import Ajv from 'ajv';
import glossaryJson from './glossary.json';
import pronunciationJson from './pronunciation.json';
import glossarySchema from './schema/glossary.schema.json';
import pronunciationSchema from './schema/pronunciation.schema.json';
import sourceSchema from './schema/source.schema.json';
import topicsSchema from './schema/topics.schema.json';
import sourceJson from './source.json';
import topicsJson from './topics.json';
import type { Topic } from './types';

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
}

export const contentFiles: ContentFiles = {
  source: sourceJson,
  topics: topicsJson,
  glossary: glossaryJson,
  pronunciation: pronunciationJson,
};

function schemaProblems(files: ContentFiles): string[] {
  const ajv = new Ajv({ allErrors: true });
  const checks: Array<[string, object, unknown]> = [
    ['source.json', sourceSchema, files.source],
    ['topics.json', topicsSchema, files.topics],
    ['glossary.json', glossarySchema, files.glossary],
    ['pronunciation.json', pronunciationSchema, files.pronunciation],
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

export function validateContent(files: ContentFiles = contentFiles): string[] {
  const problems = schemaProblems(files);
  // Cross-references assume the shapes the schemas promise.
  return problems.length > 0 ? problems : referenceProblems(files);
}
