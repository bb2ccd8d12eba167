// Where "next", "more" and "go back" lead from a position. Pure functions of the position and the tour flag.
//
// Outside the tour, a topic reads as summary, then each deeper item, then on to the topic's follow-up.
// On the tour, "next" goes from topic summary to topic summary in order; "more" steps into a topic's
// items, and "next" from inside the items finishes them before the tour moves on.
import { isSummary, itemCount, type Position, summaryOf, topicById, tourOrder } from './catalog';

function nextTourTopic(topicId: string): Position | undefined {
  const index = tourOrder.indexOf(topicId);
  const next = index === -1 ? undefined : tourOrder[index + 1];
  return next ? summaryOf(next) : undefined;
}

function previousTourTopic(topicId: string): Position | undefined {
  const index = tourOrder.indexOf(topicId);
  const previous = index > 0 ? tourOrder[index - 1] : undefined;
  return previous ? summaryOf(previous) : undefined;
}

function nextItem(at: Position): Position | undefined {
  return at.item + 1 < itemCount(at.topic) ? { topic: at.topic, item: at.item + 1 } : undefined;
}

/** What "next" leads to, and what every answer offers. Undefined only at the end of the tour. */
export function nextAfter(at: Position, tour: boolean): Position | undefined {
  if (tour) return (isSummary(at) ? undefined : nextItem(at)) ?? nextTourTopic(at.topic);
  const followUp = topicById(at.topic)?.followUp;
  return nextItem(at) ?? (followUp ? summaryOf(followUp) : undefined);
}

/** What "more" leads to: deeper into this topic first, even on the tour. */
export function moreAfter(at: Position, tour: boolean): Position | undefined {
  return nextItem(at) ?? nextAfter(at, tour);
}

/** What "go back" leads to within a topic or along the tour; undefined at a topic's start outside the tour. */
export function previousBefore(at: Position, tour: boolean): Position | undefined {
  if (at.item > 0) return { topic: at.topic, item: at.item - 1 };
  if (at.item === 0) return summaryOf(at.topic);
  return tour ? previousTourTopic(at.topic) : undefined;
}

export function firstTourStop(): Position {
  const first = tourOrder[0];
  if (!first) throw new Error('content has no topics');
  return summaryOf(first);
}

export function isLeavingTopic(from: Position | undefined, to: Position): boolean {
  return from !== undefined && from.topic !== to.topic;
}
