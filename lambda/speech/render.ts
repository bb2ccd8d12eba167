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

export function renderSpeech(reply: Reply, rate: number): RenderedSpeech {
  let body = reply.body;
  let ssml = speakAt(rate, body, reply.question);
  // Content is far below the limit (the tests check every response), but an answer must never be
  // rejected by Alexa: drop trailing sentences rather than send something it will refuse.
  while (ssml.length > MAX_SSML_CHARS && body.length > 0) {
    body = body.slice(0, -1);
    ssml = speakAt(rate, body, reply.question);
  }
  return {
    ssml,
    reprompt: reply.reprompt ? speakAt(rate, [reply.reprompt]) : undefined,
    text: [...reply.body, reply.question].filter(Boolean).join(' '),
  };
}
