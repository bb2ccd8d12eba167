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

/** Said after a passage whenever it is spoken: the support line, or the escalation line. */
export type SaidAfter = 'support' | 'escalation';

export interface ContentItem {
  id: string;
  title: string;
  about: string;
  section: string;
  names: string[];
  text: string;
  then?: SaidAfter;
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
  then?: SaidAfter;
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

/**
 * When a question asks for a kind: every named cue list has a cue said in it, and no cue of `none` is. A cue of `none`
 * counts in the clauses that say the rule's own cues (with what came before, when they lean on it: "can they fix
 * it"), not in another question or a remark after ("how long has he got, he had his scan last week").
 */
export interface QuestionKindRule {
  all: string[];
  none?: string[];
  /**
   * `none` is read over everything said: a broad rule ("^should", "how long" and a person) that leans on it. Such a
   * rule's decline never outweighs a question asked in another clause.
   */
  noneAnywhere?: boolean;
}

/** What a question asks for (content/question-kinds.json), and how such a question is answered. */
export interface QuestionKind {
  id: string;
  asks: string;
  /** A question of this kind, as a person might ask it (the review script, the crawler and the tests ask it). */
  example: string;
  /**
   * crisis: crisis support, no passage; emergency: triple zero first; escalate: the escalation line, then the sheet on that symptom;
   * decline: no advice on a person's own treatment, the nearest passage offered; sheet: only a passage that
   * gives this kind of answer answers it.
   */
  reply: 'crisis' | 'emergency' | 'escalate' | 'decline' | 'sheet';
  /** Said gently, with the support line. */
  gentle?: boolean;
  /** Still answered when a symptom happening now is said with it ("he sleeps all day now, how long has he got"): the
   * escalation line first, then this answer rather than the symptom's passage. A decline kind so marked (advice on a
   * treatment or a medicine) is declined after the escalation line, asked in a clause of its own. */
  withSymptom?: boolean;
  /** Its cues often only colour what is said before a question ("she's terrified it'll spread, which cancers do"):
   * a question said after them that the sheet answers comes first. */
  yieldsToQuestion?: boolean;
  /** The passage that answers this kind, whatever else the question names (unit id, as in answers.json); for
   * an escalation, the topic whose passages describe the symptoms. */
  from?: string;
  /** An escalation for a symptom the sheet does not describe ("she can't control her bladder"): the passage nearest
   * it (`from`) is offered after the escalation line, never read as though it described the symptom. */
  notDescribed?: boolean;
  /** A second passage whose sentences that give this kind follow the first's ("does palliative care mean dying":
   * what palliative care is for, then the prognosis). */
  alsoFrom?: string;
  /** Asked of a thing whose own passage never gives it, but another passage that names the thing may ("what can be
   * done for a fracture": the fracture's passage says nothing of treatment; surgery's names the fracture). */
  givenElsewhere?: boolean;
  /** Asked of two things named, neither of whose passages gives it ("the difference between chemo and targeted
   * therapy"): each passage's opening sentence answers, side by side. */
  eachNamed?: boolean;
  /** The topics (ids in topics.json) whose passages it is asked of: "does the biopsy hurt" asks of a test, not of the
   * pain its word "hurt" names, so the passage it is not covered in is the test's. */
  asksOf?: string[];
  /** Asked with a word the sheet never says ("can mobile phones cause it"), its passage is only the closest the sheet
   * comes: it answers the kind, not about that thing. */
  hedgedByUnknown?: boolean;
  /** Only the closest the sheet comes unless its sentences say every thing the question names beside the passage's own
   * names ("is hormone therapy used for lung cancer": the sentence names prostate and breast). */
  hedgedUnlessSaid?: boolean;
  /** Its passage is only ever the closest the sheet comes: the sheet says the thing but never answers what is asked of it
   * ("why is bone such a common place for it": it says bone is one of the most common sites, not why). */
  closestOnly?: boolean;
  /** Asked beside a symptom happening now (withSymptom), the symptom's passage is read too, before its answer ("his legs
   * are numb, is he dying"); other kinds beside a symptom answer after the escalation line alone. */
  withSymptomPassage?: boolean;
  when: QuestionKindRule[];
}

export interface QuestionKindTable {
  about: string;
  /** Word lists a cue names as "@name": each is words joined by "|". */
  words: Record<string, string>;
  /** Named lists of cues. */
  cues: Record<string, string[]>;
  kinds: QuestionKind[];
}

/** Where a unit says one kind of answer: the sentence holding `in`, or the whole unit. */
export interface AnswerGiven {
  kind: string;
  in?: string;
}

/** What one passage or glossary entry answers: the kinds of answer it gives, and questions in people's words. */
export interface UnitAnswers {
  gives?: AnswerGiven[];
  questions?: string[];
}

export interface AnswersTable {
  about: string;
  /** By unit id: a topic id (its summary), "topic/item", or "glossary/term". */
  units: Record<string, UnitAnswers>;
}
