// The one place speech is built: each sentence escaped and pronounced, the question set after a short
// pause, all of it wrapped in the listener's prosody, and held under Alexa's length limit.
import type { Reply } from '../conversation/reply';
import { pronounce } from './pronounce';
import { MAX_SSML_CHARS, PAUSE, prosody, speak } from './ssml';

export interface RenderedSpeech {
  ssml: string;
  reprompt?: string;
  /** Plain text for cards and screens. */
  text: string;
}

function speakAt(rate: number, body: readonly string[], question?: string): string {
  const spoken = body.map((sentence) => pronounce(sentence)).join(' ');
  const asked = question ? (spoken ? PAUSE : '') + pronounce(question) : '';
  return speak(prosody(rate, spoken + asked));
}

/** The speech, dropping trailing sentences of the body until it is within Alexa's limit (or the body is gone). */
function fitted(rate: number, body: readonly string[], question?: string): string {
  let kept = body;
  let ssml = speakAt(rate, kept, question);
  while (ssml.length > MAX_SSML_CHARS && kept.length > 0) {
    kept = kept.slice(0, -1);
    ssml = speakAt(rate, kept, question);
  }
  return ssml;
}

export function renderSpeech(reply: Reply, rate: number): RenderedSpeech {
  // Content is far below the limit (the tests check every response), but an answer must never be
  // rejected by Alexa: drop trailing sentences rather than send something it will refuse. A question or
  // reprompt too long by itself (fuzzing found one, in an answer stored in the session) is dropped instead;
  // respond() then reprompts with the answer.
  let ssml = fitted(rate, reply.body, reply.question);
  if (ssml.length > MAX_SSML_CHARS) ssml = fitted(rate, reply.body);
  const reprompt = reply.reprompt ? speakAt(rate, [reply.reprompt]) : undefined;
  return {
    ssml,
    reprompt: reprompt !== undefined && reprompt.length <= MAX_SSML_CHARS ? reprompt : undefined,
    text: [...reply.body, reply.question].filter(Boolean).join(' '),
  };
}
