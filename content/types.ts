// Shapes of the content data. The JSON schemas in content/schema/ are the contract checked at build and
// test time; these types mirror them so the handler code is checked by the compiler too.

export interface SourceSection {
  id: string;
  heading: string;
  restored?: boolean;
  addition?: boolean;
}

export interface Source {
  title: string;
  publisher: string;
  copyrightYear: number;
  lastMedicalReview: string;
  lastMedicalReviewSpoken: string;
  contentVersion: string;
  sections: SourceSection[];
}

export interface ContentItem {
  id: string;
  title: string;
  about: string;
  section: string;
  names: string[];
  text: string;
}

export interface TopicRef {
  ref: string;
}

export interface Topic {
  id: string;
  title: string;
  about: string;
  menuName: string;
  section: string;
  names: string[];
  summary: string;
  followUp: string;
  items: Array<ContentItem | TopicRef>;
}

export interface GlossaryEntry {
  id: string;
  term: string;
  names: string[];
  definition: string;
  section: string;
  see: { topic: string; item?: string };
}

export interface PronunciationRule {
  written: string;
  ipa?: string;
  /** The IPA as plain letters, for speech synthesisers that take no phonemes (the web app's). */
  respelling?: string;
  alias?: string;
  caseSensitive?: boolean;
}

/** Everyday words, phrases and mishearings for one of the sheet's own terms. */
export interface LayTerm {
  said: string[];
  means: string;
}

export interface LayWords {
  about: string;
  terms: LayTerm[];
  /** Words and phrases that frame a question (who asks, politeness, hedges) without saying what it asks about. */
  framing: { about: string; phrases: string[]; words: string[] };
}
