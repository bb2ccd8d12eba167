// The skill's answers, as Replies: what to say for each situation, given where the listener is.
// Functions that move the listener update turn.state; the rest only read it.

import { type GlossaryEntry, topics } from '../../content';
import type { SpeechKey } from '../speech/resources/en';
import { type Position, passageAt, summaryOf, topicById, tourOrder } from './catalog';
import { firstTourStop, isLeavingTopic, nextAfter } from './navigation';
import type { ChoiceKey, Reply } from './reply';
import { HISTORY_LIMIT } from './state';
import type { Turn } from './turn';

type Choices = [ChoiceKey, ChoiceKey] | [ChoiceKey, ChoiceKey, ChoiceKey];

/** "You can say a, b, or c." At most three choices, as the design asks of every reprompt. */
export function choiceLine(turn: Turn, keys: Choices): string {
  const [first, second, third] = keys.map((key) => turn.t(key));
  return third === undefined
    ? turn.t('choices.two', { first: first ?? '', second: second ?? '' })
    : turn.t('choices.three', { first: first ?? '', second: second ?? '', third });
}

/** The question that ends a turn, and the reprompt that repeats it with the choices (also shown as buttons). */
function withReprompt(turn: Turn, question: string, keys: Choices): Pick<Reply, 'question' | 'reprompt' | 'choices'> {
  return { question, reprompt: `${question} ${choiceLine(turn, keys)}`, choices: keys };
}

function openQuestion(
  turn: Turn,
  key: 'question.what' | 'question.else' = 'question.else',
): Pick<Reply, 'question' | 'reprompt' | 'choices'> {
  return withReprompt(turn, turn.t(key), ['choice.listTopics', 'choice.symptoms', 'choice.treatment']);
}

/** The offer that ends a content answer: what comes next, as a yes/no question. */
function offerNext(turn: Turn, at: Position): Pick<Reply, 'question' | 'reprompt' | 'choices'> {
  const next = nextAfter(at, turn.state.tour);
  const upcoming = next ? passageAt(next) : undefined;
  if (!next || !upcoming) {
    turn.state.offer = undefined;
    turn.state.tour = false;
    return { ...openQuestion(turn), question: `${turn.t('tour.end')} ${turn.t('question.else')}` };
  }
  turn.state.offer = { go: next };
  if (turn.state.tour) {
    return withReprompt(turn, turn.t('offer.tour', { about: upcoming.about }), ['choice.yes', 'choice.more', 'choice.stop']);
  }
  return withReprompt(turn, turn.t('offer.hear', { about: upcoming.about }), ['choice.yes', 'choice.repeat', 'choice.listTopics']);
}

function moveTo(turn: Turn, at: Position, record: boolean): void {
  const { state } = turn;
  if (record && state.at && isLeavingTopic(state.at, at)) {
    state.history = [...state.history, state.at].slice(-HISTORY_LIMIT);
  }
  state.at = at;
}

/**
 * A topic summary or deeper item, with the offer of what follows it. `record` false is for going back, so
 * that the topic being left is not pushed onto the history that "go back" is reading.
 */
export function passage(turn: Turn, at: Position, intro: string[] = [], record = true): Reply {
  const found = passageAt(at);
  if (!found) return menu(turn);
  moveTo(turn, at, record);
  turn.state.resume = at;
  return { title: found.title, body: [...intro, found.text], card: true, ...offerNext(turn, at) };
}

/** The glossary's answer to "what does X mean", offering the part of the content it comes from. */
export function definition(turn: Turn, entry: GlossaryEntry, see: Position): Reply {
  const related = passageAt(see);
  turn.state.offer = related ? { go: see } : undefined;
  const offer = related
    ? withReprompt(turn, turn.t('offer.hearMore', { about: related.about }), ['choice.yes', 'choice.repeat', 'choice.listTopics'])
    : openQuestion(turn);
  // Screens and cards show the term as a heading.
  const title = entry.term.charAt(0).toUpperCase() + entry.term.slice(1);
  return { title, body: [entry.definition], card: true, ...offer };
}

/** The list of topics; "yes" starts at the beginning. */
export function menu(turn: Turn, intro: string[] = []): Reply {
  const names = topics.map((topic) => topic.menuName);
  const first = tourOrder[0];
  turn.state.offer = first ? { go: summaryOf(first) } : undefined;
  return {
    title: turn.t('title.topics'),
    body: [...intro, turn.t('menu.topics', { topics: turn.list(names) })],
    card: true,
    ...withReprompt(turn, turn.t('question.which'), ['choice.symptoms', 'choice.treatment', 'choice.tour']),
  };
}

export function startOver(turn: Turn): Reply {
  Object.assign(turn.state, { at: undefined, offer: undefined, tour: false, history: [] });
  return menu(turn, [turn.t('menu.home')]);
}

export function launch(turn: Turn): Reply {
  const { state } = turn;
  Object.assign(state, { at: undefined, offer: undefined, tour: false, history: [] });
  if (!state.returning) {
    // First use: the welcome, the disclaimer, the speed control offered once, and what to ask.
    const body = [turn.t('launch.welcome'), turn.t('disclaimer'), turn.t('rate.tip'), turn.t('launch.examples')];
    state.disclaimerHeard = true;
    return { title: turn.t('title.guide'), body, ...openQuestion(turn, 'question.what') };
  }
  const body = [turn.t('launch.welcomeBack')];
  if (!state.disclaimerHeard) body.push(turn.t('disclaimer'));
  state.disclaimerHeard = true;
  const left = state.resume ? passageAt(state.resume) : undefined;
  if (state.resume && left) {
    state.offer = { go: state.resume };
    return {
      title: turn.t('title.guide'),
      body,
      ...withReprompt(turn, turn.t('resume.offer', { about: left.about }), ['choice.yes', 'choice.listTopics', 'choice.help']),
    };
  }
  return { title: turn.t('title.guide'), body, ...openQuestion(turn, 'question.what') };
}

/** "Carry on where I left off": the passage the person last heard, in this or an earlier session. */
export function resume(turn: Turn): Reply {
  const at = turn.state.resume;
  if (!at || !passageAt(at)) return menu(turn, [turn.t('resume.nothing')]);
  turn.state.tour = false;
  return passage(turn, at);
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
  const body = [where, turn.t('disclaimer'), turn.t('help.support')];
  const question = turn.t('question.what');
  const keys: Choices = here
    ? ['choice.next', 'choice.repeat', 'choice.listTopics']
    : ['choice.listTopics', 'choice.tour', 'choice.symptoms'];
  return { title: turn.t('title.help'), body, ...withReprompt(turn, question, keys) };
}

export function fallback(turn: Turn): Reply {
  const offer = turn.state.offer;
  const offered = offer && 'go' in offer ? passageAt(offer.go) : undefined;
  if (offered) {
    return {
      title: turn.t('title.guide'),
      body: [turn.t('fallback.offer', { about: offered.about })],
      ...withReprompt(turn, turn.t('question.what'), ['choice.yes', 'choice.listTopics', 'choice.help']),
    };
  }
  return { title: turn.t('title.guide'), body: [turn.t('fallback.general')], ...openQuestion(turn, 'question.what') };
}

/** A short reply followed by the open question, for "no", unknown subjects and the like. */
export function notice(turn: Turn, key: SpeechKey, params?: Record<string, string>): Reply {
  return { title: turn.t('title.guide'), body: [turn.t(key, params)], ...openQuestion(turn) };
}

export function goodbye(turn: Turn): Reply {
  return { title: turn.t('title.guide'), body: [turn.t('goodbye')], end: true };
}

/** After a change of speech rate, offer to say the last answer again at the new rate. */
export function rateChanged(turn: Turn, key: SpeechKey): Reply {
  if (!turn.state.last) return notice(turn, key);
  turn.state.offer = { repeat: true };
  return {
    title: turn.t('title.guide'),
    body: [turn.t(key)],
    ...withReprompt(turn, turn.t('offer.repeat'), ['choice.yes', 'choice.listTopics', 'choice.help']),
  };
}

export function topicTitle(topicId: string): string | undefined {
  return topicById(topicId)?.title;
}
