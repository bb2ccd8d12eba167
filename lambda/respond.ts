// Turns a Reply into the Alexa response: rendered speech and reprompt, the card, and session handling.
// Every handler's answer goes through here, so the disclaimer rule and "repeat" are kept in one place.
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Reply } from './conversation/reply';
import { turnOf } from './conversation/turn';
import { screenDirective, supportsApl } from './screens/screen';
import { renderSpeech } from './speech/render';

export interface RespondOptions {
  /** False for replies that are not answers in themselves ("repeat", a speed change): "repeat" skips them. */
  remember?: boolean;
}

export function respond(input: HandlerInput, reply: Reply, options: RespondOptions = {}): Response {
  const turn = turnOf(input);
  const { state } = turn;
  let final = reply;
  // First use that did not start with the welcome (a one-shot question): the answer comes first, then the
  // disclaimer, then the follow-up question. Nothing else is stacked on it: the speed tip is the welcome's.
  // A reply that says it itself (the passage on where this information comes from) is not followed by it again.
  const saysIt = reply.body.some((line) => line.toLowerCase().includes(turn.t('disclaimer.said')));
  if (saysIt) state.disclaimerHeard = true;
  if (!reply.end && !reply.plain && !state.disclaimerHeard) {
    // A reply that already sends the listener to their doctor or treatment team is not told so twice.
    const toDoctor = (['answer.askTeam', 'gentle.support', 'decline.help', 'escalate.line'] as const).map((key) => turn.t(key));
    const sendsToDoctor = reply.body.some((line) => toDoctor.includes(line));
    final = { ...reply, body: [...reply.body, turn.t(sendsToDoctor ? 'disclaimer.short' : 'disclaimer')] };
    state.disclaimerHeard = true;
  }
  // A reply that offers to say the last answer again never takes its place as the thing to repeat (unless it
  // offers to say itself again).
  const offersRepeat = final.offer !== undefined && 'repeat' in final.offer && !final.plain;
  if (options.remember !== false && !reply.end && !offersRepeat) state.last = final;
  // The pending offer is always the one in the question just spoken ("repeat" brings back its own).
  state.offer = final.end ? undefined : final.offer;
  turn.outcome = final.outcome;

  const speech = renderSpeech(final, state.rate);
  const builder = input.responseBuilder.speak(speech.ssml);
  if (final.card) builder.withSimpleCard(final.title, speech.text);
  if (final.end) return builder.withShouldEndSession(true).getResponse();
  if (supportsApl(input)) builder.addDirective(screenDirective(turn, final));
  return builder.reprompt(speech.reprompt ?? speech.ssml).getResponse();
}

/** For requests Alexa expects no speech for (session ended, audio events, skill events). */
export function acknowledge(input: HandlerInput): Response {
  return input.responseBuilder.getResponse();
}
