// Where one thing said ends and the next begins: a kind's "none" cues are read only in the clauses its own cues
// were said in (content/language/clauses.ts, kinds.ts).
import { clauseAsks, clauseStarts, leansBack } from '../content/language/clauses';
import { tokenize } from '../content/language/normalize';

/** The question with " | " where a clause starts, and which clauses ask ("?") or tell ("."). */
function clauses(said: string): string {
  const tokens = tokenize(said);
  const starts = clauseStarts(tokens, said);
  return starts
    .map((start, c) => {
      const words = tokens.slice(start, starts[c + 1] ?? tokens.length).map((token) => token.word);
      return `${words.join(' ')} ${clauseAsks(tokens, start) ? '?' : '.'}`;
    })
    .join(' | ');
}

describe('clauses', () => {
  test.each([
    ['i feel so scared should i stop the chemo', 'i feel so scared . | should i stop the chemo ?'],
    ['how long has he got he had his scan last week', 'how long has he got ? | he had his scan last week .'],
    ['how long has mum got, she stopped the chemo', 'how long has mum got ? | she stopped the chemo .'],
    ["he's had chemo what does the bone scan show", 'he is had chemo . | what does the bone scan show ?'],
    ['what is a bone scan and how long does it take', 'what is a bone scan ? | and how long does it take ?'],
    // A carrier took "is" ("is {query}"): what is left of each question is still a clause of its own.
    ['she dying can i give her more morphine', 'she dying . | can i give her more morphine ?'],
    // Whose, then a verb a word or two later: a statement of its own after a question.
    ['what are the symptoms his legs are weak', 'what are the symptoms ? | his legs are weak .'],
    ['what does it mean her leg bone has gone numb', 'what does it mean ? | her leg bone has gone numb .'],
    // "how long {query}" keeps "how long" and not "does": the verb still ends the question.
    ['how long radiotherapy take he can not feel his feet', 'how long radiotherapy take ? | he can not feel his feet .'],
    // Who said it, then saying it, after a question that has had its verb.
    ['what is osteolytic the doctor told us it was that', 'what is osteolytic ? | the doctor told us it was that .'],
    ['how long has he got my gp said months', 'how long has he got ? | my gp said months .'],
  ])('a remark or a second question is a clause of its own: %s', (said, expected) => {
    expect(clauses(said)).toBe(expected);
  });

  test.each([
    'what kind of treatment does he need',
    'is there anything i can do to stop it happening',
    'if his bone breaks because of the cancer can they fix it',
    "i don't know what it means",
    'is it true what my friend said',
    'what did the doctor mean when she said that',
    'should we bring the family over now or is there still time',
    'is it normal to feel angry when he is so sick',
    'does his back hurt because of the cancer',
    'is the pain in her hip going to get worse',
    'how long his legs have been numb',
    'how much help his wife will need',
  ])('one question, however it is put together, is one clause: %s', (said) => {
    expect(clauses(said)).not.toContain('|');
  });

  test('a question that says "it" or "there" leans on what was said before it; one that names its subject does not', () => {
    const tokens = tokenize('his bone broke can they fix it');
    expect(leansBack(tokens, 3, tokens.length)).toBe(true);
    const named = tokenize('i am so scared should i stop the chemo');
    expect(leansBack(named, 4, named.length)).toBe(false);
  });
});
