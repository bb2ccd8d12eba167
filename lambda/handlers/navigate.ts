// Next / more / go back through the topics and their deeper items; start over and main menu.
import { passageAt, summaryOf } from '../conversation/catalog';
import { moreAfter, nextAfter, previousBefore } from '../conversation/navigation';
import { menu, notice, passage, startOver } from '../conversation/replies';
import { turnOf } from '../conversation/turn';
import { respond } from '../respond';
import { type ChoosingHandler, isIntent } from './match';

export const NextHandler: ChoosingHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.NextIntent', 'AMAZON.MoreIntent'),
  handle: (input) => {
    const turn = turnOf(input);
    const { at, tour, offer } = turn.state;
    const offered = offer && 'go' in offer ? offer.go : undefined;
    // "More" after an excerpt of this passage goes on with the rest of it, as "yes" would.
    const rest = offer && 'go' in offer && offer.heard && at && offer.go.topic === at.topic && offer.go.item === at.item;
    if (rest && isIntent(input, 'AMAZON.MoreIntent')) return respond(input, passage(turn, at, [], true, offer.heard));
    // "Next" moves on from where the listener is ("yes" is what takes an offer elsewhere, such as a
    // definition's); "more" goes deeper into the current topic first. With nowhere yet, next takes the offer.
    const more = isIntent(input, 'AMAZON.MoreIntent') && at ? moreAfter(at, tour) : undefined;
    const target = more ?? (at ? nextAfter(at, tour) : undefined) ?? offered;
    if (!target) {
      if (!at) return respond(input, menu(turn));
      turn.state.tour = false;
      return respond(input, notice(turn, 'tour.end'));
    }
    // Outside the tour, "next" and "more" both lead on from where the listener is; crossing into another topic
    // is said, so the listener knows the last one is finished.
    const leaving = at && !tour && target.topic !== at.topic ? passageAt(summaryOf(at.topic)) : undefined;
    const intro = leaving ? [turn.t('next.topicDone', { about: leaving.about })] : [];
    return respond(input, passage(turn, target, intro));
  },
};

export const PreviousHandler: ChoosingHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.PreviousIntent'),
  handle: (input) => {
    const turn = turnOf(input);
    const { at, tour, history } = turn.state;
    if (!at) return respond(input, notice(turn, 'previous.nothing'));
    const within = previousBefore(at, tour);
    if (within) return respond(input, passage(turn, within, [], false));
    const earlier = history.at(-1);
    if (earlier) {
      turn.state.history = history.slice(0, -1);
      return respond(input, passage(turn, earlier, [], false));
    }
    return respond(input, notice(turn, 'previous.atStart', { about: passageAt(at)?.about ?? '' }));
  },
};

export const StartOverHandler: ChoosingHandler = {
  canHandle: (input) => isIntent(input, 'AMAZON.StartOverIntent', 'AMAZON.NavigateHomeIntent'),
  handle: (input) => respond(input, startOver(turnOf(input))),
};
