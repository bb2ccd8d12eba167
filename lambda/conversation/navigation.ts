// Where "next", "more" and "go back" lead from a position. Pure functions of the position and the tour flag.
//
// Outside the tour, a topic reads as summary, then each deeper item, then on to the topic's follow-up.
// On the tour, "next" goes from topic summary to topic summary in order; "more" steps into a topic's
// own items (skipping those that are other tour stops), and "next" from inside the items finishes them
// before the tour moves on.
import { isSummary, isTopicReference, itemCount, type Position, summaryOf, topicById, tourOrder } from './catalog';

/** The summary of the topic `step` places after this one in the tour (before it, for -1), if there is one. */
function tourTopicBeside(topicId: string, step: 1 | -1): Position | undefined {
  const index = tourOrder.indexOf(topicId);
  const beside = index === -1 ? undefined : tourOrder[index + step];
  return beside ? summaryOf(beside) : undefined;
}

/** The next deeper item of the same topic. On the tour, items that are other topics are skipped: they are stops of their own. */
function nextItem(at: Position, tour: boolean): Position | undefined {
  for (let item = at.item + 1; item < itemCount(at.topic); item += 1) {
    const candidate = { topic: at.topic, item };
    if (!tour || !isTopicReference(candidate)) return candidate;
  }
  return undefined;
}

/** What "next" leads to, and what every answer offers. Undefined only at the end of the tour. */
export function nextAfter(at: Position, tour: boolean): Position | undefined {
  if (tour) return (isSummary(at) ? undefined : nextItem(at, true)) ?? tourTopicBeside(at.topic, 1);
  const followUp = topicById(at.topic)?.followUp;
  return nextItem(at, false) ?? (followUp ? summaryOf(followUp) : undefined);
}

/** What "more" leads to: deeper into this topic first, even on the tour. */
export function moreAfter(at: Position, tour: boolean): Position | undefined {
  return nextItem(at, tour) ?? nextAfter(at, tour);
}

/** What "go back" leads to within a topic or along the tour; undefined at a topic's start outside the tour. */
export function previousBefore(at: Position, tour: boolean): Position | undefined {
  // Back through the topic's items (on the tour, past those that are tour stops of their own), then its summary.
  for (let item = at.item - 1; item >= 0; item -= 1) {
    const candidate = { topic: at.topic, item };
    if (!tour || !isTopicReference(candidate)) return candidate;
  }
  if (at.item >= 0) return summaryOf(at.topic);
  return tour ? tourTopicBeside(at.topic, -1) : undefined;
}

export function firstTourStop(): Position {
  const first = tourOrder[0];
  if (!first) throw new Error('content has no topics');
  return summaryOf(first);
}

export function isLeavingTopic(from: Position | undefined, to: Position): boolean {
  return from !== undefined && from.topic !== to.topic;
}
