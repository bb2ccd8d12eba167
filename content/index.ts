// The fact-sheet content as typed data. JSON is imported (not read from disk) so the Lambda bundle carries it.
import glossaryJson from './glossary.json';
import layWordsJson from './lay-words.json';
import pronunciationJson from './pronunciation.json';
import sourceJson from './source.json';
import topicsJson from './topics.json';
import type { GlossaryEntry, LayWords, PronunciationRule, Source, Topic } from './types';

export type * from './types';

export const source: Source = sourceJson;
export const topics: readonly Topic[] = topicsJson as Topic[];
export const glossary: readonly GlossaryEntry[] = glossaryJson;
export const pronunciation: readonly PronunciationRule[] = pronunciationJson;
/** The lay-word table. The skill reads it compiled into the question index (lambda/question/index-build.ts). */
export const layWords: LayWords = layWordsJson;
