// What a question asks for (content/question-kinds.json) and what each passage and glossary entry answers
// (content/answers.json), arranged for sign-off: each unit's kinds of answer, in which sentence, and its
// reviewed questions; each kind with how it is answered and the skill's replies to its example; and the replies
// to the questions that matter most, grouped by the design's rules. Nothing here writes speech: the replies are
// the ones collect.ts captured from the skill, labelled with the kind they asked.
import type { AnswersTable, QuestionKind, QuestionKindTable, SaidAfter } from '../../content';
import answersJson from '../../content/answers.json';
import questionKindsJson from '../../content/question-kinds.json';
import { saidWith } from '../../lambda/conversation/catalog';
import { type Unit, unitKeyOf } from '../../lambda/question/corpus';
import modelSource from '../../model/interaction-model.source.json';
import type { ReviewResponse } from './analyse';

export const questionKinds = questionKindsJson as QuestionKindTable;
const answers = answersJson as AnswersTable;

/** The reviewed table of what each unit answers, by unit key (as corpusUnits() keys them). */
const answersByKey = new Map(Object.entries(answers.units).map(([id, unit]) => [unitKeyOf(id) ?? `(no unit ${id})`, { id, ...unit }]));

/**
 * Intents the model keeps for one kind of question, beside the question intents: their first sample is asked
 * too, as that kind, so that the reply is reviewed however Alexa routes such a question.
 */
export const KIND_INTENTS: Readonly<Record<string, string>> = {
  crisis: 'CrisisIntent',
  emergency: 'UrgentHelpIntent',
  advice: 'PersonalAdviceIntent',
};

/** An intent's first sample utterance in the model source: what it is asked in the review. */
export function firstSample(intent: string): string {
  const sample = modelSource.intents.find((i) => i.name === intent)?.samples?.[0];
  if (!sample) throw new Error(`${intent} has no sample utterance in the model source`);
  return sample;
}

/** The questions the review asks as this kind: its example, and the first sample of the intent kept for it. */
export function questionsOf(kind: QuestionKind): string[] {
  const intent = KIND_INTENTS[kind.id];
  return [kind.example, ...(intent ? [firstSample(intent)] : [])];
}

export function kindAnchor(id: string): string {
  return `kind-${id}`;
}

/** A kind of answer a unit gives: in these sentences (numbered from 1, as the script's tables), or all of it. */
export interface UnitGiven {
  kind: string;
  /** The kind's description, or a note that the kind does not exist. */
  asks: string;
  where: 'whole' | number[];
  /** The words in answers.json that find the sentence. */
  in?: string;
}

/** What one passage or glossary entry answers, from content/answers.json. */
export interface UnitAnswers {
  /** Its id in answers.json ("prognosis", "diagnosis/ct-mri", "glossary/biopsy"), when it has an entry. */
  id?: string;
  gives: UnitGiven[];
  questions: string[];
  /** Said after it whenever it is spoken (content/topics.json `then`). */
  then?: SaidAfter;
  flags: string[];
}

export function unitAnswers(unit: Unit): UnitAnswers {
  const entry = answersByKey.get(unit.key);
  const flags: string[] = [];
  const gives = (entry?.gives ?? []).map((given): UnitGiven => {
    const kind = questionKinds.kinds.find((k) => k.id === given.kind);
    if (!kind) flags.push(`gives “${given.kind}”, which is not a kind in content/question-kinds.json`);
    const where = given.in;
    const numbers = where === undefined ? [] : unit.sentences.flatMap((sentence, n) => (sentence.includes(where) ? [n + 1] : []));
    if (where !== undefined && numbers.length === 0) flags.push(`no sentence says “${where}” (its ${given.kind} answer)`);
    return {
      kind: given.kind,
      asks: kind?.asks ?? '(not a kind of question)',
      where: where === undefined ? 'whole' : numbers,
      ...(where ? { in: where } : {}),
    };
  });
  const questions = entry?.questions ?? [];
  if (questions.length === 0) flags.push('no reviewed questions in content/answers.json');
  const then = unit.at ? saidWith(unit.at) : undefined;
  return { ...(entry ? { id: entry.id } : {}), gives, questions, ...(then ? { then } : {}), flags };
}

/** A unit as the script shows it, for links from a kind. */
export interface UnitRef {
  key: string;
  anchor: string;
  heading: string;
}

export interface ReviewKind {
  kind: QuestionKind;
  anchor: string;
  /** How a question of this kind is answered, in words (with `from`, when it has one, and how gently). */
  answered: string;
  /** Whether only a passage that gives this kind of answer may answer it, and none does. */
  neverGiven: boolean;
  /** The unit that answers it whatever else the question names (`from`). */
  from?: UnitRef;
  /** A second unit whose sentences of this kind follow the first's (`alsoFrom`). */
  alsoFrom?: UnitRef;
  /** The units that give this kind of answer (content/answers.json), and where. */
  givenBy: Array<UnitRef & { where: UnitGiven['where'] }>;
  /** The questions asked as this kind (questionsOf). */
  asked: string[];
  /** The skill's replies to its example (and to the intent kept for it), distinct, in the order heard. */
  responses: ReviewResponse[];
}

const REPLIES: Record<QuestionKind['reply'], string> = {
  crisis: 'Crisis support: no passage of the sheet is read.',
  emergency: 'Urgent help: triple zero first, then the support line; no passage is read.',
  escalate:
    'The escalation line first (contact the doctor or treatment team now; triple zero in an emergency), then what the sheet says of that symptom.',
  decline:
    'Declined kindly: the skill does not advise on a person’s own treatment or medicines; the nearest passage is only offered, never read as the answer.',
  sheet: 'From the sheet, only by a passage that gives this kind of answer; otherwise the skill says the fact sheet doesn’t cover that.',
};

/** Sentence numbers as a reader says them: "sentence 2", "sentences 1, 2 and 3"; `whole` for all of it. */
export function sentenceNumbers(where: 'whole' | number[], whole: string): string {
  if (where === 'whole') return whole;
  if (where.length === 1) return `sentence ${where[0]}`;
  return `sentences ${where.slice(0, -1).join(', ')} and ${where.at(-1)}`;
}

/** "the whole passage" or "the whole definition", for a unit shown read whole at this anchor. */
export function wholeOf(unit: { whole: { anchor: string } }): string {
  return unit.whole.anchor.startsWith('term-') ? 'the whole definition' : 'the whole passage';
}

/** Where a unit gives a kind of answer, in words: "sentence 3, the one saying “about an hour”". */
export function whereGiven(given: UnitGiven, whole: string): string {
  const many = Array.isArray(given.where) && given.where.length > 1;
  return `${sentenceNumbers(given.where, whole)}${given.in ? `, the one${many ? 's' : ''} saying “${given.in}”` : ''}`;
}

export const SAID_AFTER: Readonly<Record<SaidAfter, string>> = {
  support: 'the support line (Cancer Council, 13 11 20)',
  escalation: 'the escalation line (contact the doctor or treatment team now; triple zero in an emergency)',
};

export const NO_KIND_NOTE =
  'None of the particular kinds (how long, how many, a comparison, time left…): it answers questions about what it says.';
export const FROM_NOTE = 'whatever else the question names';
export const GENTLE_NOTE = 'Said gently, with the support line (13 11 20).';
export const NEVER_GIVEN_NOTE = 'No passage gives it: the sheet never answers it.';
export const ELSEWHERE_NOTE =
  'Asked of a thing whose own passage never gives it, it is answered by a passage below that gives it and names that thing; with none, not covered.';
export const NOT_DESCRIBED_NOTE =
  'A symptom the sheet does not describe: after the escalation line, the passage is only offered, never read as the answer.';
export const HEDGED_UNLESS_SAID_NOTE =
  'Unless its sentences say what else the question names ("is hormone therapy used for lung cancer"), its answer is said as only the closest the sheet comes.';
export const SYMPTOM_PASSAGE_NOTE =
  "Asked beside a symptom happening now, the symptom's passage is read after the escalation line, before its answer.";
export const CLOSEST_ONLY_NOTE = 'Its answer is always said as only the closest the sheet comes: the sheet never answers it.';
export const HEDGED_NOTE =
  'Asked with a word the sheet never says ("can mobile phones cause it"), its answer is said as only the closest the sheet comes.';

/** What the review says of how a kind is asked and answered beyond its passages: the notes both views show. */
export function kindNotes(kind: QuestionKind, neverGiven: boolean): string[] {
  return [
    ...(kind.givenElsewhere ? [ELSEWHERE_NOTE] : []),
    ...(kind.asksOf ? [`Asked of a passage in ${kind.asksOf.join(' or ')}, whatever else its own words name.`] : []),
    ...(kind.hedgedByUnknown ? [HEDGED_NOTE] : []),
    ...(kind.hedgedUnlessSaid ? [HEDGED_UNLESS_SAID_NOTE] : []),
    ...(kind.closestOnly ? [CLOSEST_ONLY_NOTE] : []),
    ...(kind.withSymptomPassage ? [SYMPTOM_PASSAGE_NOTE] : []),
    ...(kind.notDescribed ? [NOT_DESCRIBED_NOTE] : []),
    ...(neverGiven ? [NEVER_GIVEN_NOTE] : []),
    ...(kind.gentle ? [GENTLE_NOTE] : []),
  ];
}

/** Every kind, in the table's order, with the units that answer it and the replies the skill gave to it. */
export function reviewKinds(
  units: ReadonlyArray<UnitRef & { answers: UnitAnswers }>,
  replies: ReadonlyMap<string, ReviewResponse[]>,
): ReviewKind[] {
  return questionKinds.kinds.map((kind) => {
    const fromKey = kind.from ? unitKeyOf(kind.from) : undefined;
    const fromUnit = units.find((unit) => unit.key === fromKey);
    const from = fromUnit && { key: fromUnit.key, anchor: fromUnit.anchor, heading: fromUnit.heading };
    const alsoKey = kind.alsoFrom ? unitKeyOf(kind.alsoFrom) : undefined;
    const alsoUnit = units.find((unit) => unit.key === alsoKey);
    const alsoFrom = alsoUnit && { key: alsoUnit.key, anchor: alsoUnit.anchor, heading: alsoUnit.heading };
    const givenBy = units.flatMap((unit) => {
      const given = unit.answers.gives.filter((g) => g.kind === kind.id);
      if (given.length === 0) return [];
      const whole = given.some((g) => g.where === 'whole');
      const where = whole ? ('whole' as const) : [...new Set(given.flatMap((g) => g.where as number[]))].sort((a, b) => a - b);
      return [{ key: unit.key, anchor: unit.anchor, heading: unit.heading, where }];
    });
    return {
      kind,
      anchor: kindAnchor(kind.id),
      answered: REPLIES[kind.reply],
      neverGiven: kind.reply === 'sheet' && !from && givenBy.length === 0,
      ...(from ? { from } : {}),
      ...(alsoFrom ? { alsoFrom } : {}),
      givenBy,
      asked: questionsOf(kind),
      responses: replies.get(kind.id) ?? [],
    };
  });
}

/** The ways a reply was reached by these questions (each way's words start with the question, quoted). */
export function waysAsked(r: ReviewResponse, asked: readonly string[]): ReviewResponse['ways'] {
  return r.ways.filter((way) => asked.some((question) => way.says.startsWith(`“${question}”`)));
}

/** A group of the questions that matter most (SKILL-DESIGN.md), with the rule its replies must follow. */
export interface MatterGroup {
  id: string;
  title: string;
  /** What the design asks of the reply, for the reviewer to hold it to. */
  rule: string;
  /** Which kinds belong to it. */
  has: (kind: QuestionKind) => boolean;
}

/** The kinds the design answers with the sheet's own prognosis and palliative-care words, gently. */
const TIME_LEFT_KINDS = [
  'time-left',
  'outlook-factors',
  'dying',
  'cure',
  'remedy-cure',
  'treatment-aim',
  'palliative-dying',
  'palliative-meaning',
  'statistic',
  'outlook',
];

export const MATTER_MOST: readonly MatterGroup[] = [
  {
    id: 'crisis',
    title: 'Despair or crisis',
    rule: 'Acknowledge (“I’m so sorry you’re feeling this way.”), then Lifeline 13 11 14, triple zero if anyone is in danger, and Cancer Council 13 11 20; no speed tip, no bright “what else would you like to know”; stay open gently.',
    has: (kind) => kind.reply === 'crisis',
  },
  {
    id: 'emergency',
    title: 'An emergency now',
    rule: 'Triple zero first, then the support line.',
    has: (kind) => kind.reply === 'emergency',
  },
  {
    id: 'escalation',
    title: 'Symptoms happening now',
    rule: 'First the escalation line (“If this is new or getting worse, contact the doctor or treatment team now. In an emergency, call triple zero.”), then the sheet’s passage on that symptom. One example for each kind of symptom.',
    has: (kind) => kind.reply === 'escalate',
  },
  {
    id: 'advice',
    title: 'Advice on a person’s own treatment or medicines',
    rule: 'A kind, plain decline: the skill cannot advise on a person’s own treatment or medicines; their doctor or treatment team can; 13 11 20. The nearest passage may be offered, never read as the answer.',
    has: (kind) => kind.reply === 'decline',
  },
  {
    id: 'time-left',
    title: 'Time left, dying, cure, and whether palliative care means dying',
    rule: 'The sheet’s own prognosis and palliative-care words (no doctor can predict the exact course; it cannot be cured; treatment can improve quality of life and ease symptoms), said gently, with 13 11 20. Never a procedure’s duration, never a list, never numbers the sheet does not give.',
    has: (kind) => TIME_LEFT_KINDS.includes(kind.id),
  },
  {
    id: 'feelings',
    title: 'Feelings',
    rule: 'The sheet’s after-diagnosis words (these reactions are normal; talking to family and friends may help) and 13 11 20.',
    has: (kind) => kind.id === 'feelings',
  },
];

export interface ReviewMatter {
  id: string;
  title: string;
  anchor: string;
  rule: string;
  kinds: ReviewKind[];
}

/** The groups of the questions that matter most, each with its kinds (and their replies) in the table's order. */
export function matterMost(kinds: readonly ReviewKind[]): ReviewMatter[] {
  for (const id of TIME_LEFT_KINDS)
    if (!kinds.some((k) => k.kind.id === id))
      throw new Error(`the review script groups “${id}”, which is not a kind in content/question-kinds.json`);
  return MATTER_MOST.map((group) => ({
    id: group.id,
    title: group.title,
    anchor: `matters-${group.id}`,
    rule: group.rule,
    kinds: kinds.filter((k) => group.has(k.kind)),
  }));
}

/** The reviewed tables as the script shows them, for the fingerprint: a change to either is a change to sign off. */
export function reviewedTables(): string {
  const kinds = questionKinds.kinds.map(({ id, asks, example, reply, gentle, from }) => ({ id, asks, example, reply, gentle, from }));
  return JSON.stringify({ kinds, units: answers.units });
}
