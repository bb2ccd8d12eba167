// NLP.js ships no types: the little of it the routing classifier uses.
declare module '@nlpjs/core' {
  export function containerBootstrap(): Promise<unknown>;
}
declare module '@nlpjs/lang-en-min' {
  export const LangEn: unknown;
}
declare module '@nlpjs/nlp' {
  export interface NlpEntity {
    entity: string;
    option?: string;
    utteranceText: string;
  }
  export interface NlpResult {
    intent: string;
    score: number;
    classifications: Array<{ intent: string; score: number }>;
    entities: NlpEntity[];
  }
  export class Nlp {
    constructor(settings: Record<string, unknown>);
    addDocument(locale: string, utterance: string, intent: string): void;
    addNerRuleOptionTexts(locale: string, entity: string, option: string, texts: string[]): void;
    train(): Promise<unknown>;
    process(locale: string, utterance: string): Promise<NlpResult>;
  }
}
