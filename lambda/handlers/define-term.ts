// "What does palliative mean": the glossary, falling back to a topic of the same name.
import { findByName, termById } from '../conversation/catalog';
import { answer, definition, passage, prompt } from '../conversation/replies';
import { turnOf } from '../conversation/turn';
import { findAnswer } from '../question/find';
import { respond } from '../respond';
import { readSlot } from '../slots';
import { type ChoosingHandler, isIntent } from './match';

export const DefineTermHandler: ChoosingHandler = {
  canHandle: (input) => isIntent(input, 'DefineTermIntent'),
  handle: async (input) => {
    const turn = turnOf(input);
    const slot = readSlot(input, 'term');
    if (slot.kind === 'empty') return respond(input, prompt(turn, 'term.missing'));
    const entry = (slot.kind === 'match' ? termById(slot.id) : undefined) ?? findByName(slot.value).term;
    if (entry) return respond(input, definition(turn, entry));
    const subject = findByName(slot.value).subject;
    if (subject) return respond(input, passage(turn, subject));
    turn.log.info('term not found', { slot: 'term', resolution: slot.kind });
    // Not a name the sheet uses: read as a question of the person's own ("tell me about cannabis").
    return respond(input, answer(turn, await findAnswer(slot.value)));
  },
};
