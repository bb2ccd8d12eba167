// One intent per topic ("what are the symptoms" → SymptomsIntent), and a few for a single deeper item
// ("what number do I call" → the support line). Which intent means which is declared once, in the
// interaction-model source, as a topic id or a subject id.
import modelSource from '../../model/interaction-model.source.json';
import { type Position, positionOfSubject, summaryOf } from '../conversation/catalog';
import { passage } from '../conversation/replies';
import { turnOf } from '../conversation/turn';
import { respond } from '../respond';
import { type ChoosingHandler, intentName } from './match';

const placeOfIntent = new Map<string, Position>();
for (const intent of modelSource.intents as Array<{ name: string; topic?: string; subject?: string }>) {
  const place = intent.topic ? summaryOf(intent.topic) : intent.subject ? positionOfSubject(intent.subject) : undefined;
  if (place) placeOfIntent.set(intent.name, place);
}

export const TopicHandler: ChoosingHandler = {
  canHandle: (input) => placeOfIntent.has(intentName(input) ?? ''),
  handle: (input) => {
    const turn = turnOf(input);
    const place = placeOfIntent.get(intentName(input) ?? '');
    if (!place) throw new Error('topic handler chosen for an intent with no topic');
    turn.state.tour = false;
    return respond(input, passage(turn, place));
  },
};
