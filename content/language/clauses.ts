// Where one thing said ends and the next begins, in a question as the recogniser writes it: no punctuation, often
// a remark before the question or a second question after it ("i feel so scared should i stop the chemo", "how long
// has he got he had his scan last week"). A kind's "none" cues describe the question they cancel, not what else was
// said (content/language/kinds.ts reads them only in the clauses its own cues were said in). Told from words alone,
// cautiously: a boundary is drawn only where a new question or a new statement plainly starts.
import type { Token } from './normalize';

/** Words written as one string (they travel in the Lambda bundle and the web app): split where they are read. */
function wordsOf(words: string): string[] {
  return words.split(' ');
}

/** Words that open a question of their own ("what", "how"). */
const ASKING_WORDS = new Set(wordsOf('how what why when where'));
/** Verbs that open a yes-or-no question when said before their subject ("should i", "is it"). */
const AUXILIARIES = new Set(wordsOf('should shall is are am was were can could does do did will would has have'));
/** What a word of asking needs after it to open a question ("how long", "what does"), beside an auxiliary. */
const ASKING_NEXT = new Set(wordsOf('long many much often soon about if happens causes makes exactly'));
/** Subjects after which an auxiliary asks a question ("should i", "is it", "has it"); not "her", which may be whose. */
const ASKED_SUBJECTS = new Set(wordsOf('i he she we they you it there'));
/** Subjects that start a new statement when said after a finished clause ("… got he had his scan"). */
const STATEMENT_SUBJECTS = new Set(wordsOf('i he she we they'));
/** Words after which a question is part of what is said, not one of its own ("i don't know what it means"). */
const EMBEDS_QUESTION = new Set(
  wordsOf(
    'know knew wonder wondering ask asked asking sure tell told idea explain understand decide matter see about of for on at to is was be that whether if',
  ),
);
/** Words after which an auxiliary is not asking: it follows its subject or another asking word ("how long is", "he should"). */
const NOT_BEFORE_ASKING = new Set([
  ...ASKING_WORDS,
  ...STATEMENT_SUBJECTS,
  ...ASKED_SUBJECTS,
  ...ASKING_NEXT,
  ...wordsOf('which who not that to than if whether like or'),
]);
/**
 * Words that end a clause, after which a subject starts a new statement ("how long has he got | he had his scan", "how
 * long does it take | he can't feel his legs"): the subject forms ("he", not "him") are never a verb's object.
 */
const ENDS_CLAUSE = new Set(
  wordsOf(
    'got left it them him her me us that this now today yesterday week weeks month months anymore anyway again yet already too though out up off over back there here please thanks take takes need needs get gets go goes last lasts work works help helps cost costs happen happens hurt hurts exactly actually they',
  ),
);
/** Words that join two things said, and belong with the second ("… and should i stop it"). */
const JOINS = new Set(wordsOf('and but so'));
/** Words that open a clause of condition or time. */
const SUBORDINATE = new Set(wordsOf('if when once after before because since while whenever unless although though'));
/** Whose: a subject of a new statement when its verb follows ("… the symptoms | his legs are weak"). */
const WHOSE = new Set(wordsOf('my his her their our'));
/** Verbs said after a subject, as a statement says them ("his legs are weak", "her back has gone"). */
const STATEMENT_VERBS = new Set([...AUXILIARIES, ...wordsOf('had keeps keep kept gets got feels feel felt goes went gave seems started')]);
/** Words after which "his …" is said as part of what came before ("in his back", "does his back hurt", "and his"). */
const TAKES_WHOSE = new Set([
  ...AUXILIARIES,
  ...ASKING_WORDS,
  ...SUBORDINATE,
  // After "make", "let", "help" ("can radiotherapy make my legs feel numb"), what a verb before does to them.
  ...wordsOf(
    'of to in on for with about from at by into under through than like and or not that whether make makes made let lets help helps',
  ),
]);
/** Words before a clause's first word that say nothing of it. */
const OPENING_FILLERS = new Set(wordsOf('so and but or um uh er erm ok okay well also then oh right just'));
/** Words beside those of asking that open a question ("which bones", "tell me", "any chance"). */
const OPENS_ASKING = new Set(wordsOf('which who whose tell explain any please'));
/** Words that ask what kind of thing, with "of" after them ("what sort of tests"). */
const KINDS_OF = new Set(wordsOf('sort sorts kind kinds type types'));
/** Fewest words a clause must have before another may start: a word or two is a fronted subject ("the biopsy, how long"). */
const FEWEST = 2;

/**
 * The token index each clause starts at (the first is 0). `text` is what the tokens were read from: a comma, full
 * stop or question mark between two words ends a clause wherever it is.
 */
export function clauseStarts(tokens: readonly Token[], text: string): number[] {
  const starts = [0];
  let opened = 0;
  // "if his bone breaks, can they fix it": a clause of condition or time belongs to the clause it leads to.
  let leading = subordinate(tokens, 0);
  for (let i = 1; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const before = tokens[i - 1] as Token;
    const punctuated = /[,.?!;:]/.test(text.slice(before.end, token.start));
    // A joining word said just before belongs with what it joins.
    const joined = !punctuated && JOINS.has(before.word) && i >= 2;
    const at = joined ? i - 1 : i;
    if (at - opened >= FEWEST && (punctuated || opensClause(tokens, i, joined ? undefined : before.word))) {
      if (leading) {
        leading = false;
        continue;
      }
      starts.push(at);
      opened = at;
      leading = subordinate(tokens, at);
    }
  }
  return starts;
}

/** Whether the clause from `start` opens with a word of condition or time ("if she stops", not "when is her scan"). */
function subordinate(tokens: readonly Token[], start: number): boolean {
  const at = firstIndex(tokens, start, tokens.length);
  return SUBORDINATE.has(tokens[at]?.word ?? '') && !AUXILIARIES.has(tokens[at + 1]?.word ?? '');
}

/** Whether the clause starting at `start` asks something ("should i …", "how long …"), rather than tells something. */
export function clauseAsks(tokens: readonly Token[], start: number, end = tokens.length): boolean {
  const at = firstIndex(tokens, start, end);
  const word = tokens[at]?.word ?? '';
  if (ASKING_WORDS.has(word) || AUXILIARIES.has(word) || OPENS_ASKING.has(word)) return true;
  // One word said first, then the question ("vomiting, should i stop his chemo", as "he keeps {query}" leaves it).
  return at + 2 < end && AUXILIARIES.has((tokens[at + 1] as Token).word) && ASKED_SUBJECTS.has((tokens[at + 2] as Token).word);
}

/** A clause's first word, less the fillers and joining words before it. */
function firstWord(tokens: readonly Token[], start: number, end = tokens.length): string {
  const at = firstIndex(tokens, start, end);
  return at < end ? (tokens[at] as Token).word : '';
}

/** Where a clause's first word is (firstWord), or `end` when it says only fillers. */
function firstIndex(tokens: readonly Token[], start: number, end: number): number {
  for (let i = start; i < end; i += 1) if (!OPENING_FILLERS.has((tokens[i] as Token).word)) return i;
  return end;
}

/** Whether a new question or statement plainly starts at token `i`, said after `before` (undefined after a joining word). */
function opensClause(tokens: readonly Token[], i: number, before: string | undefined): boolean {
  const word = (tokens[i] as Token).word;
  const next = tokens[i + 1]?.word;
  if (next === undefined) return false;
  if (ASKING_WORDS.has(word))
    return (
      (before === undefined || !EMBEDS_QUESTION.has(before)) &&
      // "what treatments are there": "what" and a word, then its verb ("when he is" is a clause of time).
      (AUXILIARIES.has(next) ||
        ASKING_NEXT.has(next) ||
        (word === 'what' && AUXILIARIES.has(tokens[i + 2]?.word ?? '')) ||
        // "what sort of things do they look at": a kind of thing asked, then its verb.
        (word === 'what' && KINDS_OF.has(next) && tokens[i + 2]?.word === 'of'))
    );
  // "should i stop it", "is it normal": an auxiliary before its subject, with more said after.
  if (AUXILIARIES.has(word))
    // "i'm dreading it, is it a needle": a subject before an auxiliary is its subject ("it is"), unless one follows.
    return (
      (before === undefined || !NOT_BEFORE_ASKING.has(before) || (ASKED_SUBJECTS.has(before) && ASKED_SUBJECTS.has(next))) &&
      ASKED_SUBJECTS.has(next) &&
      tokens[i + 2] !== undefined &&
      !openQuestion(tokens, i)
    );
  // "what is secondary bone cancer | the oncologist just said it like we'd know": who said it, then saying it.
  if ((REPORTERS.has(word) || STATEMENT_SUBJECTS.has(word)) && before !== undefined && !TAKES_WHOSE.has(before) && reportsNext(tokens, i))
    return !openQuestion(tokens, i);
  // "… the symptoms his legs are weak": whose, a word or two, then the verb of a statement.
  if (WHOSE.has(word))
    return (
      before !== undefined &&
      !TAKES_WHOSE.has(before) &&
      (STATEMENT_VERBS.has(tokens[i + 2]?.word ?? '') || (!STATEMENT_VERBS.has(next) && STATEMENT_VERBS.has(tokens[i + 3]?.word ?? ''))) &&
      !openQuestion(tokens, i)
    );
  // "… got he had his scan": a subject and its verb, after a word that ends a clause (not "anything i can do").
  return STATEMENT_SUBJECTS.has(word) && (before === undefined || ENDS_CLAUSE.has(before)) && !openQuestion(tokens, i);
}

/** Words that open who said something ("the doctor said", "my gp told us"). */
const REPORTERS = new Set([...WHOSE, ...wordsOf('the a')]);
/** Verbs of saying, after who said it. */
const REPORTING = new Set(wordsOf('said says told tells mentioned reckons reckoned explained'));

/** Whether a verb of saying follows within three words of `i` ("the oncologist just said"). */
function reportsNext(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j <= i + 3 && j < tokens.length; j += 1) if (REPORTING.has((tokens[j] as Token).word)) return true;
  return false;
}

/**
 * Verbs, never nouns, that a question's verb may be when its auxiliary was not heard: the carrier "how long {query}"
 * keeps "how long" and not "does" ("how long radiotherapy take | his legs have gone numb"), unlike "how much help he needs".
 */
const QUESTION_VERBS = new Set(wordsOf('take takes last lasts go goes happen happens'));

/** Whether a question opened by "what" or "how" before `i` has not yet had its verb ("what kind of scan does he need"). */
function openQuestion(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j -= 1) {
    const word = (tokens[j] as Token).word;
    if (AUXILIARIES.has(word) || QUESTION_VERBS.has(word)) return false;
    if (ASKING_WORDS.has(word) || word === 'which') return true;
  }
  return false;
}

/** Words with which a clause leans on something said before it ("can they fix it", "how long is he in there"). */
const LEANS = new Set(wordsOf('it its that this there they them those these'));

/** Whether the tokens from `from` to `to` lean on something said before them. */
export function leansBack(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (LEANS.has((tokens[i] as Token).word)) return true;
  return false;
}

/** Words that open a clause that tells rather than asks ("i'm her carer", "my husband's cancer is in his bones now"). */
const TELLS = new Set(wordsOf('i he she we they my his her our their'));

/**
 * Whether the clause from `start` to `end` plainly tells something. What is said first may have lost its opening
 * words to the intent's carrier phrase ("can {query}" leaves "the cancer be cured", "my husband's {query}" leaves "lung
 * cancer's in his bones now"): it tells when it opens so, or says a verb after its subject.
 */
export function clauseTells(tokens: readonly Token[], start: number, end: number): boolean {
  if (start > 0) return !clauseAsks(tokens, start);
  if (TELLS.has(firstWord(tokens, start))) return true;
  // "lung cancer's in his bones now" ("my husband's {query}"): a verb after its subject, not before it.
  if (clauseAsks(tokens, start)) return false;
  for (let i = start + 1; i < end; i += 1) if (AUXILIARIES.has((tokens[i] as Token).word)) return true;
  return false;
}
