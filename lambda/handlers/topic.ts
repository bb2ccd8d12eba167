// One intent per topic ("what are the symptoms" → SymptomsIntent). Which intent means which topic is
// declared once, in the interaction-model source.
import type { RequestHandler } from 'ask-sdk-core';
import modelSource from '../../model/interaction-model.source.json';
import { summaryOf } from '../conversation/catalog';
import { passage } from '../conversation/replies';
import { turnOf } from '../conversation/turn';
import { respond } from '../respond';
import { intentName } from './match';

const topicOfIntent = new Map<string, string>();
for (const intent of modelSource.intents as Array<{ name: string; topic?: string }>) {
  if (intent.topic) topicOfIntent.set(intent.name, intent.topic);
}

export const TopicHandler: RequestHandler = {
  canHandle: (input) => topicOfIntent.has(intentName(input) ?? ''),
  handle: (input) => {
    const turn = turnOf(input);
    const topic = topicOfIntent.get(intentName(input) ?? '') ?? '';
    turn.state.tour = false;
    return respond(input, passage(turn, summaryOf(topic)));
  },
};
