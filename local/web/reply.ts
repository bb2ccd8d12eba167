// What the page is given for each turn, whichever transport carried it: the local server's (served.ts) or the
// skill running in the page itself (local/web-app). Both build it here, from the same exchange and response, so
// the page shows, announces and speaks exactly the same thing in either.
import type { ResponseEnvelope } from 'ask-sdk-model';
import type { SkillRuntime } from '../../lambda/skill';
import { ssmlToText } from '../../lambda/speech/ssml';
import type { Exchange } from '../conversation';
import { type Card, type Screen, screenOf, speechRateOf } from '../server/screen';
import { type Spoken, spokenFrom } from './spoken';
import { understoodLine } from './understood';

export interface TurnReply {
  /** For a press on the screen: the intent of the button pressed (sent to the skill as an APL UserEvent). */
  pressed?: string;
  exchange: Exchange;
  /** The reply as written, for reading along ("CT", "13 11 20"); exchange.text is as heard ("C T"). */
  written: string;
  /** The skill's speech rate for this reply, in percent (100 is normal), from its SSML prosody. */
  speechRate: number;
  /** What the page's speech synthesiser says, and how fast. */
  spoken: Spoken;
  /** "understood: tell me about → tests", or '' when nothing was said. */
  understood: string;
  /** What a screen device shows, from the APL document's data source, else the card. */
  screen: Screen | null;
  /** The response's card, as sent. */
  card: Card | null;
  /** datasources.screen of the response's APL RenderDocument directive, as sent. */
  apl: unknown;
}

/** The reply to a turn, from what the conversation reported and the full response envelope. */
export function turnReply(exchange: Exchange, response: ResponseEnvelope | undefined, pressed?: string): TurnReply {
  const view = screenOf(response);
  return {
    ...(pressed !== undefined ? { pressed } : {}),
    exchange,
    written: ssmlToText(exchange.ssml, 'written'),
    speechRate: speechRateOf(exchange.ssml),
    spoken: spokenFrom(exchange.ssml),
    understood: understoodLine(exchange.intent, exchange.slots, pressed),
    screen: view.screen,
    card: view.card,
    apl: view.apl,
  };
}

/**
 * A runtime that keeps the last full response envelope: LocalConversation reports the speech, and the screen
 * needs the rest (the APL data source, the card). `take()` hands it over once.
 */
export function capturing(runtime: SkillRuntime): { runtime: SkillRuntime; take(): ResponseEnvelope | undefined } {
  let last: ResponseEnvelope | undefined;
  return {
    runtime: {
      async invoke(envelope, context) {
        last = await runtime.invoke(envelope, context);
        return last;
      },
    },
    take() {
      const response = last;
      last = undefined;
      return response;
    },
  };
}
