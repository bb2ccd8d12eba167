import type { SpeechKey } from '../speech/resources/en';
import type { Offer } from './state';

/** Something the listener can say next, offered in the reprompt and shown as a button on screens. */
export type ChoiceKey = Extract<SpeechKey, `choice.${string}`>;

/**
 * How a turn's request was answered, for metrics (counts only, never the words asked): from the sheet, "the
 * sheet doesn't cover that", a fallback, urgent help, crisis support, a symptom escalated, or advice declined.
 * `topic` is a topic id from content/topics.json.
 */
export const OUTCOME_KINDS = ['sheet', 'not-covered', 'fallback', 'urgent', 'crisis', 'escalated', 'declined'] as const;

export interface Outcome {
  kind: (typeof OUTCOME_KINDS)[number];
  topic?: string;
}

// What a handler decides to say, before it becomes SSML: plain sentences, the one question that ends the
// turn, and what to say if the listener stays silent. Rendering (speech/render.ts) turns it into speech.
export interface Reply {
  /** Shown as the card or screen title. */
  title: string;
  /** The answer, in plain sentences (content text or translated strings). */
  body: string[];
  /** The follow-up offer or open question that ends the turn; required unless the session ends. */
  question?: string;
  /** Said again if the listener is silent: the question plus at most three choices. */
  reprompt?: string;
  /** The choices named in the reprompt. */
  choices?: ChoiceKey[];
  /** What "yes" does after this reply; none when the question is an open one. */
  offer?: Offer;
  /** Ends the session after speaking. */
  end?: boolean;
  /** Content answers also go to the Alexa app as a card, so a carer can read them later. */
  card?: boolean;
  /** How the request was answered, for metrics; replies that are not answers (navigation, prompts) have none. */
  outcome?: Outcome;
  /**
   * Said as it is, with nothing added (no disclaimer: crisis support is not an answer to disclaim), and kept as
   * the thing "repeat" says even though it offers to say itself again.
   */
  plain?: boolean;
}
