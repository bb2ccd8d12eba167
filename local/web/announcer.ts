// Announcing to screen readers. Two polite live regions, used in turn: the new text goes into the one that is
// empty and the other is emptied, so every reply is inserted afresh and announced once, even when it is the
// same text as the last ("repeat"), which some screen readers skip when a single region's text does not change.
export interface Announcer {
  announce(text: string): void;
  /** What is being announced now (for the page's own checks). */
  readonly current: string;
}

export function liveRegionAnnouncer(first: HTMLElement, second: HTMLElement): Announcer {
  let next = first;
  let current = '';
  return {
    announce(text) {
      const other = next === first ? second : first;
      other.textContent = '';
      next.textContent = text;
      current = text;
      next = other;
    },
    get current() {
      return current;
    },
  };
}
