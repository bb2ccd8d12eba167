// Name-free interaction: phrases with which Alexa may route a question to this skill when the person does not
// say its name ("Alexa, what are the symptoms of secondary bone cancer?"). Amazon takes them in the
// interaction model's `_nameFreeInteraction` container, as ingress points: skill launch phrases (type LAUNCH,
// at most five) that open the skill, and intent launch phrases (type INTENT, with the intent's name) that go
// straight to an answer. Each phrase is RAW_TEXT: a complete phrase, no slots.
// https://developer.amazon.com/en-US/docs/alexa/custom-skills/using-nfi-toolkit-smapi.html
//
// Generated from the model source, like the rest of the model: the skill launch phrases are written there
// (`nameFree.skillLaunchPhrases`); the intent launch phrases are each topic intent's own sample utterances
// that name the subject (`nameFree.subjectTerms`) and ask a whole, general question (no "my dad…").
import modelSource from './interaction-model.source.json';

/**
 * THE SWITCH. Amazon accepts these phrases only from skills that are live and eligible (the developer console
 * then shows "Skill Launch Phrases" and "Intent Launch Phrases" under Invocations); until then the container
 * stays out of the deployed model. When it is eligible: set this to true, `npm run generate`, `ask deploy`
 * (docs/operations.md, "Name-free asking"). `npm run generate -- --name-free` prints the container meanwhile.
 */
export const NAME_FREE_IN_DEPLOYED_MODEL = false;

export const MAX_SKILL_LAUNCH_PHRASES = 5;
/** Amazon documents five per skill for launch phrases; we hold each intent to the same. */
export const MAX_INTENT_LAUNCH_PHRASES = 5;

export interface SampleUtterance {
  format: 'RAW_TEXT';
  value: string;
}

export type IngressPoint =
  | { type: 'LAUNCH'; sampleUtterances: SampleUtterance[] }
  | { type: 'INTENT'; name: string; sampleUtterances: SampleUtterance[] };

export interface NameFreeInteraction {
  ingressPoints: IngressPoint[];
}

interface SourceIntent {
  name: string;
  topic?: string;
  samples: string[];
}

const source = modelSource as {
  invocationName: string;
  nameFree: { skillLaunchPhrases: string[]; subjectTerms: string[] };
  intents: SourceIntent[];
};

/** A whole question, as someone would ask it of Alexa out of the blue. */
const QUESTION = /^(what|what's|how|which|why|where|who|when|is|are|can|could|does|do|should|will)\s/;
/** About someone in particular: fine inside the skill, not as a general way in. */
const PERSONAL = /\b(i|i'm|i've|i'd|my|me|we|our|he|she|his|her)\b/;

function namesTheSubject(phrase: string): boolean {
  return source.nameFree.subjectTerms.some((term) => phrase.includes(term));
}

/** "what's" and "what is" are one phrase to Alexa's matching: keep the first of the two. */
const uncontracted = (phrase: string) => phrase.replace(/\b(\w+)'s\b/g, '$1 is');

/** A topic intent's launch phrases: its samples that ask a whole, general question naming the subject. */
export function intentLaunchPhrases(intent: SourceIntent): string[] {
  const seen = new Set<string>();
  return intent.samples
    .filter((sample) => !sample.includes('{') && QUESTION.test(sample) && !PERSONAL.test(sample) && namesTheSubject(sample))
    .filter((sample) => !seen.has(uncontracted(sample)) && seen.add(uncontracted(sample)))
    .slice(0, MAX_INTENT_LAUNCH_PHRASES);
}

const raw = (value: string): SampleUtterance => ({ format: 'RAW_TEXT', value });

export function nameFreeInteraction(): NameFreeInteraction {
  const intents = source.intents
    .filter((intent) => intent.topic !== undefined)
    .map((intent) => ({ name: intent.name, phrases: intentLaunchPhrases(intent) }))
    .filter((intent) => intent.phrases.length > 0);
  return {
    ingressPoints: [
      { type: 'LAUNCH', sampleUtterances: source.nameFree.skillLaunchPhrases.map(raw) },
      ...intents.map((intent) => ({ type: 'INTENT' as const, name: intent.name, sampleUtterances: intent.phrases.map(raw) })),
    ],
  };
}

// ---- Amazon's rules, as far as they can be checked offline ----------------------------------------------

/** Words a sentence can start with; "complete" is otherwise a person's judgement, made when writing the source. */
const SENTENCE_START =
  /^(what|what's|how|which|why|where|who|when|is|are|can|could|does|do|should|will|i|i'd|i'm|help|teach|tell|explain|give)\s/;
/** A phrase that ends on one of these was cut short (a preposition may end an English question). */
const DANGLING_END = /\s(a|an|the|and|or|but)$/;
/** Name-free means without the name, and without the words that open a skill by it. */
const LAUNCH_WORDS = /\b(alexa|open|launch|skill)\b/;

interface LanguageModel {
  invocationName: string;
  intents: Array<{ name: string; samples: string[] }>;
}

/** What is wrong with a `_nameFreeInteraction` container for this language model, as readable lines. */
export function nameFreeProblems(container: NameFreeInteraction, model: LanguageModel): string[] {
  const problems: string[] = [];
  const intents = new Set(model.intents.map((intent) => intent.name));
  const launches = container.ingressPoints.filter((point) => point.type === 'LAUNCH');
  if (launches.length !== 1) problems.push(`expected one LAUNCH ingress point, found ${launches.length}`);
  const seen = new Map<string, string>();
  for (const point of container.ingressPoints) {
    const where = point.type === 'LAUNCH' ? 'LAUNCH' : point.name;
    if (point.type === 'LAUNCH' && 'name' in point) problems.push('LAUNCH must not name an intent');
    if (point.type === 'INTENT') {
      if (!intents.has(point.name)) problems.push(`${where}: no such intent in the model`);
      if (point.name.startsWith('AMAZON.')) problems.push(`${where}: only custom intents can be ways in`);
    }
    const limit = point.type === 'LAUNCH' ? MAX_SKILL_LAUNCH_PHRASES : MAX_INTENT_LAUNCH_PHRASES;
    if (point.sampleUtterances.length === 0 || point.sampleUtterances.length > limit)
      problems.push(`${where}: ${point.sampleUtterances.length} phrases (1 to ${limit})`);
    for (const { format, value } of point.sampleUtterances) {
      const phrase = `${where}: "${value}"`;
      if (format !== 'RAW_TEXT') problems.push(`${phrase}: format ${format}, not RAW_TEXT`);
      if (/[{}]/.test(value)) problems.push(`${phrase}: has a slot`);
      if (!/^[a-z' .]+$/.test(value) || value !== value.trim() || /\s{2}/.test(value))
        problems.push(`${phrase}: not plain lower-case words`);
      if (value.split(' ').length < 3 || !SENTENCE_START.test(value) || DANGLING_END.test(value))
        problems.push(`${phrase}: not a complete phrase`);
      if (value.includes(model.invocationName) || LAUNCH_WORDS.test(value))
        problems.push(`${phrase}: names the skill or launches it by name`);
      const earlier = seen.get(value);
      if (earlier) problems.push(`${phrase}: also under ${earlier}`);
      seen.set(value, where);
    }
  }
  return problems;
}
