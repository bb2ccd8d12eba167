// The Echo Show screen, as the skill's APL data source (or its card) describes it: title, text, the follow-up
// choices as buttons, and Back and Next beside them for demonstrations (unless the skill already offers them).
// Pressing a button sends what touching it on an Echo Show sends: an APL UserEvent for its intent.
import type { Choice, Screen } from '../server/screen';

/** Always on the screen once it shows something: a demonstrator can step through without typing. */
const STEPS: readonly Choice[] = [
  { label: 'Back', accessibilityLabel: 'Back', intent: 'AMAZON.PreviousIntent' },
  { label: 'Next', accessibilityLabel: 'Next', intent: 'AMAZON.NextIntent' },
];

export interface ScreenElements {
  empty: HTMLElement;
  title: HTMLElement;
  body: HTMLElement;
  choices: HTMLUListElement;
}

function choiceButton(choice: Choice, onPress: (choice: Choice) => void): HTMLLIElement {
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = choice.label;
  // The spoken name must contain the visible label (WCAG 2.5.3).
  const extra = choice.accessibilityLabel.trim();
  if (extra && extra !== choice.label) {
    if (extra.toLowerCase().includes(choice.label.toLowerCase())) button.setAttribute('aria-label', extra);
    else {
      const hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = ` (${extra})`;
      button.append(hidden);
    }
  }
  button.addEventListener('click', () => onPress(choice));
  item.append(button);
  return item;
}

export function renderScreen(elements: ScreenElements, screen: Screen | null, onPress: (choice: Choice) => void): void {
  elements.title.textContent = screen?.title ?? '';
  elements.title.hidden = !screen?.title;
  const lines = [...(screen?.body ?? '').split(/\n+/), screen?.question ?? ''].filter((line) => line.trim() !== '');
  elements.body.replaceChildren(
    ...lines.map((line) => {
      const p = document.createElement('p');
      p.textContent = line;
      return p;
    }),
  );
  const offered = screen?.choices ?? [];
  const steps = screen ? STEPS.filter((step) => !offered.some((choice) => choice.intent === step.intent)) : [];
  elements.choices.replaceChildren(...[...offered, ...steps].map((choice) => choiceButton(choice, onPress)));
  elements.choices.hidden = elements.choices.childElementCount === 0;
  elements.empty.hidden = screen !== null;
}
