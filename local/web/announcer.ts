// Announcing to screen readers. Two polite live regions, used in turn: the new text goes into the one that is
// empty and the other is emptied, so every reply is inserted afresh and announced once, even when it is the
// same text as the last ("repeat"), which some screen readers skip when a single region's text does not change.
export interface Announcer {
  announce(text: string): void;
}

export function liveRegionAnnouncer(first: HTMLElement, second: HTMLElement): Announcer {
  let next = first;
  return {
    announce(text) {
      const other = next === first ? second : first;
      other.textContent = '';
      next.textContent = text;
      next = other;
    },
  };
}
