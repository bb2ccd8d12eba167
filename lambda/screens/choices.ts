// What each offered choice does when pressed on a screen: exactly what saying it does, because a press is
// turned into the intent the spoken word would be understood as.
import modelSource from '../../model/interaction-model.source.json';
import type { ChoiceKey } from '../conversation/reply';

/** The intent the model declares for a topic: which intent means which topic is written once, there. */
function topicIntent(topic: string): string {
  const intent = (modelSource.intents as Array<{ name: string; topic?: string }>).find((candidate) => candidate.topic === topic);
  if (!intent) throw new Error(`the interaction model has no intent for the topic ${topic}`);
  return intent.name;
}

export const CHOICE_INTENTS: Record<ChoiceKey, string> = {
  'choice.yes': 'AMAZON.YesIntent',
  'choice.next': 'AMAZON.NextIntent',
  'choice.more': 'AMAZON.MoreIntent',
  'choice.previous': 'AMAZON.PreviousIntent',
  'choice.repeat': 'AMAZON.RepeatIntent',
  'choice.listTopics': 'ListTopicsIntent',
  'choice.symptoms': topicIntent('symptoms'),
  'choice.treatment': topicIntent('treatment'),
  'choice.tour': 'GuidedTourIntent',
  'choice.help': 'AMAZON.HelpIntent',
  'choice.stop': 'AMAZON.StopIntent',
};

const PRESSABLE = new Set(Object.values(CHOICE_INTENTS));

/** The APL SendEvent arguments of a button press, as the intent it stands for; undefined if not a button of ours. */
export function intentOfPress(args: unknown): string | undefined {
  if (!Array.isArray(args) || args[0] !== 'choice' || typeof args[1] !== 'string') return undefined;
  return PRESSABLE.has(args[1]) ? args[1] : undefined;
}
