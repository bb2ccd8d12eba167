// The skill's answers, as Replies: what to say for each situation, given where the listener is. A reply
// carries its own offer (what "yes" does), and respond() makes it the pending one, so an offer is always the
// one in the question last spoken. Functions that move the listener update turn.state.at and friends.
import { type GlossaryEntry, topics } from '../../content';
import type { Answer, Asked } from '../question/answer';
import { sentencesOf, termOf, type Unit } from '../question/corpus';
import { en, type SpeechKey } from '../speech/resources/en';
import { type Position, passageAt, positionOfSubject, saidWith, seeAlso, summaryOf, tourOrder } from './catalog';
import { firstTourStop, isLeavingTopic, nextAfter } from './navigation';
import type { ChoiceKey, Reply } from './reply';
import { HISTORY_LIMIT, type Offer } from './state';
import type { Turn } from './turn';

type Choices = [ChoiceKey, ChoiceKey] | [ChoiceKey, ChoiceKey, ChoiceKey];
type Ending = Pick<Reply, 'question' | 'reprompt' | 'choices' | 'offer'>;

/** "You can say a, b, or c." At most three choices, as the design asks of every reprompt. */
function choiceLine(turn: Turn, keys: Choices): string {
  const [first, second, third] = keys.map((key) => turn.t(key));
  return third === undefined
    ? turn.t('choices.two', { first: first ?? '', second: second ?? '' })
    : turn.t('choices.three', { first: first ?? '', second: second ?? '', third });
}

/** The question that ends a turn, and the reprompt that repeats it with the choices (also shown as buttons). */
function ask(turn: Turn, question: string, keys: Choices, offer?: Offer): Ending {
  return { question, reprompt: `${question} ${choiceLine(turn, keys)}`, choices: keys, ...(offer ? { offer } : {}) };
}

/** The open question ("What else would you like to know?", or a prompt's own), with the choices to begin anywhere. */
function openQuestion(turn: Turn, key: SpeechKey = 'question.else'): Ending {
  return ask(turn, turn.t(key), ['choice.listTopics', 'choice.symptoms', 'choice.treatment']);
}

/** How an offer is put: "Would you like to hear about …?", "… more about …?", the tour's, or the returning welcome's. */
type OfferKey = 'offer.hear' | 'offer.hearMore' | 'offer.sheetSays' | 'offer.tour' | 'resume.offer';

const OFFER_CHOICES: Record<OfferKey, Choices> = {
  'offer.hear': ['choice.yes', 'choice.repeat', 'choice.listTopics'],
  'offer.sheetSays': ['choice.yes', 'choice.repeat', 'choice.listTopics'],
  'offer.hearMore': ['choice.yes', 'choice.repeat', 'choice.listTopics'],
  'offer.tour': ['choice.yes', 'choice.more', 'choice.stop'],
  'resume.offer': ['choice.yes', 'choice.listTopics', 'choice.help'],
};

/**
 * The one place an offer becomes a question: to say the last answer again, or to go to a passage (phrased
 * by `key`). Undefined when the passage does not exist.
 */
function offerQuestion(turn: Turn, offer: Offer, key: OfferKey = 'offer.hear'): Ending | undefined {
  if ('repeat' in offer) return ask(turn, turn.t('offer.repeat'), ['choice.yes', 'choice.listTopics', 'choice.help'], offer);
  const upcoming = passageAt(offer.go);
  return upcoming ? ask(turn, turn.t(key, { about: upcoming.about }), OFFER_CHOICES[key], offer) : undefined;
}

/** The offer that ends a content answer: what comes next. At the end of the tour, the support line. */
function offerNext(turn: Turn, at: Position): Ending & Pick<Reply, 'body'> {
  const next = nextAfter(at, turn.state.tour);
  const offered = next ? offerQuestion(turn, { go: next }, turn.state.tour ? 'offer.tour' : 'offer.hear') : undefined;
  if (offered) return { body: [], ...offered };
  if (turn.state.tour) {
    turn.state.tour = false;
    return { body: [turn.t('tour.end'), turn.t('help.support')], ...openQuestion(turn) };
  }
  return { body: [], ...openQuestion(turn) };
}

/**
 * The question that is still waiting for its answer, asked again (after help, or something the skill could
 * not place), so "yes" keeps meaning what it meant; the open question when nothing is waiting.
 */
function askAgain(turn: Turn, open: 'question.what' | 'question.else' = 'question.what'): Ending {
  const offer = turn.state.offer;
  const key: OfferKey = turn.state.tour
    ? 'offer.tour'
    : offer && 'go' in offer && offer.declined === 'menu'
      ? 'resume.offer'
      : 'offer.hear';
  return (offer && offerQuestion(turn, offer, key)) || openQuestion(turn, open);
}

function moveTo(turn: Turn, at: Position, record: boolean): void {
  const { state } = turn;
  if (record && state.at && isLeavingTopic(state.at, at)) {
    state.history = [...state.history, state.at].slice(-HISTORY_LIMIT);
  }
  state.at = at;
  state.resume = at;
}

/** Forgets where the listener is (not their preferences), for a fresh start. */
function resetPlace(turn: Turn): void {
  Object.assign(turn.state, { at: undefined, tour: false, history: [] });
}

const WITH_LINES = { support: 'gentle.support', escalation: 'escalate.line' } as const satisfies Record<string, SpeechKey>;

/** The line said after a passage whenever it is spoken, if it has one (content/answers.json "with"). */
function afterPassage(turn: Turn, at: Position): string[] {
  const kind = saidWith(at);
  return kind ? [turn.t(WITH_LINES[kind])] : [];
}

/**
 * A topic summary or deeper item, with the offer of what follows it. `record` false is for going back, so
 * that the topic being left is not pushed onto the history that "go back" is reading.
 */
export function passage(turn: Turn, at: Position, intro: string[] = [], record = true, heard: readonly number[] = []): Reply {
  const found = passageAt(at);
  if (!found) return menu(turn);
  moveTo(turn, at, record);
  const { body: after, ...ending } = offerNext(turn, at);
  // After an excerpt, "yes" and "more" go on with what was not yet said; all of it if that was everything.
  const rest = sentencesOf(found.text).filter((_, n) => !heard.includes(n));
  const text = heard.length > 0 && rest.length > 0 ? rest.join(' ') : found.text;
  return {
    title: found.title,
    body: [...intro, text, ...afterPassage(turn, at), ...after],
    card: true,
    outcome: { kind: 'sheet', topic: at.topic },
    ...ending,
  };
}

/** The glossary's answer to "what does X mean", offering the part of the content it comes from (its "see"). */
export function definition(turn: Turn, entry: GlossaryEntry): Reply {
  // A definition does not move the listener: on the tour, "next" still goes on to the next stop.
  // Screens and cards show the term as a heading.
  const see = seeAlso(entry);
  const title = entry.term.charAt(0).toUpperCase() + entry.term.slice(1);
  const outcome = { kind: 'sheet', topic: see.topic } as const;
  return {
    title,
    body: [entry.definition],
    card: true,
    outcome,
    ...(offerQuestion(turn, { go: see }, 'offer.hearMore') ?? openQuestion(turn)),
  };
}

/** The list of topics; "yes" starts at the beginning. */
export function menu(turn: Turn, intro: string[] = []): Reply {
  const names = topics.map((topic) => topic.menuName);
  const first = tourOrder[0];
  return {
    title: turn.t('title.topics'),
    body: [...intro, turn.t('menu.topics', { topics: turn.list(names) })],
    card: true,
    ...ask(
      turn,
      turn.t('question.which'),
      ['choice.symptoms', 'choice.treatment', 'choice.tour'],
      first ? { go: summaryOf(first) } : undefined,
    ),
  };
}

export function startOver(turn: Turn): Reply {
  resetPlace(turn);
  return menu(turn, [turn.t('menu.home')]);
}

/** Where "carry on" picks up: the passage after the last one heard (or that one, at the very end). */
function carryOnFrom(turn: Turn): Position | undefined {
  const last = turn.state.resume;
  if (!last || !passageAt(last)) return undefined;
  return nextAfter(last, false) ?? last;
}

export function launch(turn: Turn): Reply {
  const { state } = turn;
  resetPlace(turn);
  if (!state.returning) {
    // First use: the welcome, the disclaimer, the speed control offered once, and what to ask.
    const body = [turn.t('launch.welcome'), turn.t('disclaimer'), turn.t('rate.tip'), turn.t('launch.examples')];
    state.disclaimerHeard = true;
    return { title: turn.t('title.guide'), body, ...openQuestion(turn, 'question.what') };
  }
  const body = [turn.t('launch.welcomeBack')];
  if (!state.disclaimerHeard) body.push(turn.t('disclaimer'));
  state.disclaimerHeard = true;
  const go = carryOnFrom(turn);
  if (go) {
    // The topic is not named until the listener says yes: an Echo is often shared, and whoever is in the room
    // would hear what the last person listened to. "No" to carrying on goes to the menu.
    const offer: Offer = { go, declined: 'menu' };
    return { title: turn.t('title.guide'), body, ...(offerQuestion(turn, offer, 'resume.offer') ?? openQuestion(turn)) };
  }
  return { title: turn.t('title.guide'), body, ...openQuestion(turn, 'question.what') };
}

/**
 * "Carry on where I left off", or yes to the returning welcome's offer: on the tour, the next stop; otherwise
 * what follows the passage last heard, in this or an earlier session, after naming that passage (the listener
 * has now asked for it).
 */
export function resume(turn: Turn): Reply {
  const { at, tour } = turn.state;
  const onTour = tour && at ? nextAfter(at, true) : undefined;
  if (onTour) return passage(turn, onTour);
  const heard = turn.state.resume ? passageAt(turn.state.resume) : undefined;
  const go = carryOnFrom(turn);
  if (!heard || !go) return menu(turn, [turn.t('resume.nothing')]);
  turn.state.tour = false;
  return passage(turn, go, [turn.t('resume.lastTime', { about: heard.about })]);
}

export function tour(turn: Turn): Reply {
  turn.state.tour = true;
  turn.state.history = [];
  return passage(turn, firstTourStop(), [turn.t('tour.start', { count: tourOrder.length })]);
}

export function help(turn: Turn): Reply {
  const here = turn.state.at ? passageAt(turn.state.at) : undefined;
  const where = here ? turn.t(turn.state.tour ? 'help.tour' : 'help.here', { about: here.about }) : turn.t('help.general');
  turn.state.disclaimerHeard = true;
  const body = [where, turn.t('disclaimer'), turn.t('urgent.numbers')];
  return { title: turn.t('title.help'), body, ...askAgain(turn) };
}

/**
 * Something the skill cannot help with. It says so, names what it can answer, always gives the two numbers
 * (a person in trouble may say anything), and puts the pending offer again if there was one.
 */
export function fallback(turn: Turn): Reply {
  const body = [turn.t('fallback.general'), turn.t('urgent.numbers')];
  return { title: turn.t('title.guide'), body, outcome: { kind: 'fallback' }, ...askAgain(turn) };
}

/** For anything that sounds urgent: the emergency number first, then the support line. */
export function urgentHelp(turn: Turn): Reply {
  return {
    title: turn.t('title.guide'),
    body: [turn.t('urgent.help')],
    card: true,
    outcome: { kind: 'urgent' },
    ...ask(turn, turn.t('question.else'), ['choice.listTopics', 'choice.help', 'choice.stop']),
  };
}

/** A short reply followed by the open question, for "no", unknown subjects and the like. */
export function notice(turn: Turn, key: SpeechKey, params?: Record<string, string>): Reply {
  return { title: turn.t('title.guide'), body: [turn.t(key, params)], ...openQuestion(turn) };
}

/** Where a unit of the sheet leads: the passage itself, or the passage a glossary entry points to. */
function placeOf(unit: Unit): Position | undefined {
  if (unit.at) return unit.at;
  const entry = termOf(unit);
  return entry ? seeAlso(entry) : undefined;
}

/**
 * The sheet has nothing that answers the question: said plainly, with the doctor, the treatment team and the
 * support line, then the nearest topic it does cover is offered (never read as if it were the answer).
 */
function notCovered(
  turn: Turn,
  nearest: Position | undefined,
  lead: string[] = [turn.t('answer.notCovered')],
  key: OfferKey = 'offer.hear',
): Reply {
  const topic = nearest?.topic;
  const offered = nearest ? offerQuestion(turn, { go: nearest }, key) : undefined;
  return {
    title: turn.t('title.guide'),
    body: [...lead, turn.t('answer.askTeam')],
    outcome: { kind: 'not-covered', ...(topic ? { topic } : {}) },
    ...(offered ?? askAgain(turn, 'question.else')),
  };
}

/**
 * What each kind of question was understood to ask is said before its answer: `asked.<kind id>` in the speech
 * resource (content/question-kinds.json's kinds), if it has one. These kinds are led as another is.
 */
const LED_AS: Readonly<Record<string, string>> = {
  'outlook-factors': 'outlook',
  'palliative-dying': 'dying',
  'dying-asked': 'dying',
  'feelings-talk': 'feelings',
};

/** Kinds whose lead already says the sheet gives no exact answer, led as the plain kind when it gives none at all. */
const WITHOUT_HEDGE: Readonly<Record<string, string>> = { 'count-number': 'count' };

/** The speech key of a kind's lead, if it has one. */
function askedLeadKey(id: string): SpeechKey | undefined {
  const key = `asked.${Object.hasOwn(LED_AS, id) ? LED_AS[id] : id}`;
  return Object.hasOwn(en, key) ? (key as SpeechKey) : undefined;
}

/** "How long it takes, for C T and M R I scans:": what was understood, for a unit about `about`. */
function askedLead(turn: Turn, asked: Asked | undefined, about: string): string | undefined {
  const key = asked ? askedLeadKey(asked.id) : undefined;
  // Asked of nothing named ("will it be quick"): what was understood, without "for" and a blank.
  return key ? turn.t(key, { about }).replace(/,? for\s*:$/, ':') : undefined;
}

/** Despair or crisis: acknowledged, Lifeline, triple zero if anyone is in danger, the support line; no bright question. */
export function crisisSupport(turn: Turn, symptom = false): Reply {
  turn.state.tour = false;
  return {
    title: turn.t('title.guide'),
    body: symptom ? [turn.t('crisis.support'), turn.t('escalate.line')] : [turn.t('crisis.support')],
    card: true,
    plain: true,
    outcome: { kind: 'crisis' },
    ...ask(turn, turn.t('crisis.question'), ['choice.yes', 'choice.help', 'choice.stop'], { repeat: true }),
  };
}

/** "No" to hearing the crisis numbers again: gently, Lifeline once more, and where to call offered; no bright question. */
export function crisisDeclined(turn: Turn): Reply {
  const support = positionOfSubject(SUPPORT_LINE);
  const offered = support ? offerQuestion(turn, { go: support }, 'offer.hear') : undefined;
  return { title: turn.t('title.guide'), body: [turn.t('crisis.no')], plain: true, ...(offered ?? askAgain(turn)) };
}

/** The passage on where to call for support (content/topics.json). */
const SUPPORT_LINE = 'after.support-line';

/**
 * Advice on a person's own treatment or medicines: kindly declined, with what the sheet says of such decisions
 * (talk to the doctor about the options, side effects, risks and benefits) when the engine gives it; the nearest
 * passage only offered.
 */
export function adviceDeclined(turn: Turn, nearest?: Position, sheetSays: readonly string[] = []): Reply {
  const offered = nearest ? offerQuestion(turn, { go: nearest }, 'offer.sheetSays') : undefined;
  const said = sheetSays.length > 0 ? [turn.t('decline.sheetSays'), ...sheetSays] : [];
  return {
    title: turn.t('title.guide'),
    body: [turn.t('decline.advice'), ...said, turn.t('decline.help')],
    outcome: { kind: 'declined', ...(nearest ? { topic: nearest.topic } : {}) },
    ...(offered ?? askAgain(turn, 'question.else')),
  };
}

/** A symptom happening now: the escalation line first, then what the sheet says of that symptom. */
function escalate(turn: Turn, found: Extract<Answer, { kind: 'escalate' }>): Reply {
  if (found.then) {
    // The escalation line first, then the symptom's passage if it was found too, then the answer to the question asked
    // with the symptom.
    const then = answer(turn, found.then);
    const topic = then.outcome && 'topic' in then.outcome ? then.outcome.topic : undefined;
    const at = found.unit ? placeOf(found.unit) : undefined;
    const about = at ? passageAt(at) : undefined;
    const symptom = about && found.sentences ? [turn.t('answer.from', { about: about.about }), ...found.sentences] : [];
    return {
      ...then,
      body: [turn.t('escalate.line'), ...symptom, ...then.body],
      outcome: { kind: 'escalated', ...(topic ? { topic } : {}) },
    };
  }
  // A symptom the sheet does not describe: the nearest passage is offered, not read as though it described it.
  const unit = found.nearest ?? found.unit;
  const at = unit ? placeOf(unit) : undefined;
  const about = at && !found.nearest ? passageAt(at) : undefined;
  const body = [turn.t('escalate.line')];
  if (found.nearest) body.push(turn.t('escalate.notDescribed'));
  else if (at && about && found.sentences) {
    body.push(turn.t('answer.from', { about: about.about }), ...found.sentences);
    moveTo(turn, at, true);
  }
  const offered = at ? offerQuestion(turn, { go: at }, found.nearest ? 'offer.sheetSays' : 'offer.hearMore') : undefined;
  return {
    title: about?.title ?? turn.t('title.guide'),
    body,
    card: true,
    outcome: { kind: 'escalated', ...(at ? { topic: at.topic } : {}) },
    ...(offered ?? openQuestion(turn)),
  };
}

/** The reply to a person's own question (found by lambda/question): what the sheet says, or that it does not say it. */
export function answer(turn: Turn, found: Answer): Reply {
  switch (found.kind) {
    case 'urgent':
      return urgentHelp(turn);
    case 'crisis':
      return crisisSupport(turn, found.symptom);
    case 'escalate':
      return escalate(turn, found);
    case 'decline':
      return adviceDeclined(turn, found.nearest ? placeOf(found.nearest) : undefined, found.sentences);
    case 'unclear':
      return notCovered(turn, undefined);
    case 'not-covered': {
      const lead = notCoveredLead(turn, found);
      return notCovered(turn, found.nearest ? placeOf(found.nearest) : undefined, lead ? [lead] : undefined);
    }
    case 'passage': {
      const entry = termOf(found.unit);
      if (entry) return definition(turn, entry);
      return found.unit.at ? passage(turn, found.unit.at) : notCovered(turn, undefined);
    }
    case 'excerpt':
    case 'partial': {
      const at = placeOf(found.unit);
      const about = at ? passageAt(at) : undefined;
      if (!at || !about) return notCovered(turn, undefined);
      if (found.kind === 'partial') {
        const lead = [turn.t('answer.notExactly'), turn.t('answer.closest', { about: about.about }), ...found.sentences];
        // The not-covered reply given its title and card in place, not spread into a new literal (the same keys in the
        // same order): V8's object spread here left the reply's strings to outlive a scavenge in every warm partial
        // answer (docs/performance.md, "Issue 16, fifteenth pass").
        const reply = notCovered(turn, at, lead, 'offer.hearMore');
        reply.title = about.title;
        reply.card = true;
        return reply;
      }
      // The listener is now in that passage: "next" and "go back" lead on from it, "yes" reads it whole.
      moveTo(turn, at, true);
      const lead = leadOf(turn, found.asked, about.about);
      const second = found.also?.kind === 'excerpt' ? found.also : undefined;
      const secondAt = second ? placeOf(second.unit) : undefined;
      const places = secondAt ? [at, secondAt] : [at];
      // Wherever a passage is read, its line comes after it (a symptom's escalation): once, if both passages have it.
      const lines = [...new Set(places.flatMap((place) => afterPassage(turn, place)))];
      const gentle = found.asked?.gentle || second?.asked?.gentle;
      const support = gentle && places.every((place) => saidWith(place) !== 'support') ? [turn.t('gentle.support')] : [];
      const sentences = sentencesOf(about.text);
      const heard = sentences.flatMap((sentence, n) => (found.sentences.includes(sentence) ? [n] : []));
      // Every sentence of the passage said: "more" of it would only say it again, so what follows it is offered.
      const { body: after, ...ending } =
        heard.length >= sentences.length
          ? offerNext(turn, at)
          : { body: [], ...(offerQuestion(turn, { go: at, heard }, 'offer.hearMore') ?? openQuestion(turn)) };
      return {
        title: about.title,
        body: [lead, ...found.sentences, ...alsoAnswered(turn, found.also), ...support, ...lines, ...after],
        card: true,
        outcome: { kind: 'sheet', topic: at.topic },
        ...ending,
      };
    }
  }
}

/** The second of two questions asked in one breath: what the sheet says of it, or that it does not cover it. */
function alsoAnswered(turn: Turn, also: Answer | undefined): string[] {
  if (!also) return [];
  const about = also.kind === 'excerpt' ? aboutOf(also.unit) : undefined;
  if (also.kind === 'excerpt' && about) return [leadOf(turn, also.asked, about), ...also.sentences];
  return [(also.kind === 'not-covered' && notCoveredLead(turn, also)) || turn.t('answer.otherPart')];
}

/** What a question the sheet does not cover was understood to ask: "How long it takes, for PET scans: the fact sheet doesn't cover that." */
function notCoveredLead(turn: Turn, found: Extract<Answer, { kind: 'not-covered' }>): string | undefined {
  const asked = found.asked && { ...found.asked, id: WITHOUT_HEDGE[found.asked.id] ?? found.asked.id };
  const lead = askedLead(turn, asked, aboutOf(found.nearest) ?? '');
  return lead ? turn.t('answer.askedNotCovered', { asked: lead }) : undefined;
}

/** What an answer's sentences are understood to answer ("How long it takes, for vertebroplasty:"), else where they are from. */
function leadOf(turn: Turn, asked: Asked | undefined, about: string): string {
  // Asked of another passage's subject ("what can be done for a fracture", answered by surgery): that is named.
  const andAbout = aboutOf(asked?.and);
  const askedAbout = aboutOf(asked?.of) ?? (andAbout ? `${about} and ${andAbout}` : about);
  return askedLead(turn, asked, askedAbout) ?? turn.t('answer.from', { about });
}

/** What the passage a unit is read in is about ("the tests used to find it"), if it has one. */
function aboutOf(unit: Unit | undefined): string | undefined {
  const at = unit ? placeOf(unit) : undefined;
  return at && passageAt(at)?.about;
}

/** A reply that is itself the question ("Which word would you like me to explain?"). */
export function prompt(turn: Turn, key: SpeechKey): Reply {
  return {
    title: turn.t('title.guide'),
    body: [],
    ...openQuestion(turn, key),
  };
}

/** One line, then the session ends: goodbye, forget me, an unserved locale. */
export function farewell(turn: Turn, key: SpeechKey = 'goodbye'): Reply {
  return { title: turn.t('title.guide'), body: [turn.t(key)], end: true };
}

/** After a change of speech rate, offer to say the last answer again at the new rate. */
export function rateChanged(turn: Turn, key: SpeechKey): Reply {
  if (!turn.state.last) return notice(turn, key);
  return {
    title: turn.t('title.guide'),
    body: [turn.t(key)],
    ...(offerQuestion(turn, { repeat: true }) ?? openQuestion(turn)),
  };
}
