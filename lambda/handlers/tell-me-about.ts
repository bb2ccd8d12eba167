// "Tell me about chemo": any topic or deeper item by name.
import { findByName, positionOfSubject } from '../conversation/catalog';
import { answer, definition, passage, prompt } from '../conversation/replies';
import { turnOf } from '../conversation/turn';
import { answeredBeforeAnyPassage, findAnswer } from '../question/find';
import { respond } from '../respond';
import { readSlot } from '../slots';
import { type ChoosingHandler, isIntent } from './match';

export const TellMeAboutHandler: ChoosingHandler = {
  canHandle: (input) => isIntent(input, 'TellMeAboutIntent'),
  handle: async (input) => {
    const turn = turnOf(input);
    const slot = readSlot(input, 'subject');
    turn.state.tour = false;
    if (slot.kind === 'empty') return respond(input, prompt(turn, 'subject.missing'));
    // "{subject}" alone is a sample, so despair, a symptom now or a decision may arrive here as a topic's name
    // ("sometimes i want to hurt myself" heard as the symptoms): it is answered as what it is, before any passage.
    // A name said as it is ("chemo") is only a name, and never wakes the question engine.
    const named = findByName(slot.value);
    const onlyAName = named.subject !== undefined || named.term !== undefined;
    if (!onlyAName && (await answeredBeforeAnyPassage(slot.value))) {
      turn.log.info('subject said as a question that matters most', { slot: 'subject' });
      return respond(input, answer(turn, await findAnswer(slot.value)));
    }
    const at = slot.kind === 'match' ? positionOfSubject(slot.id) : undefined;
    if (at) return respond(input, passage(turn, at));
    // Not a subject, but maybe a glossary word ("tell me about osteolytic").
    if (named.subject) return respond(input, passage(turn, named.subject));
    if (named.term) return respond(input, definition(turn, named.term));
    turn.log.info('subject not found', { slot: 'subject', resolution: slot.kind });
    // Not a name the sheet uses: read as a question of the person's own ("tell me about cannabis").
    return respond(input, answer(turn, await findAnswer(slot.value)));
  },
};
