// The conversation as it is shown: each turn is what the person said (or pressed), what the skill understood,
// and the skill's reply, "You" and "Skill" set apart by label, colour and position. The newest turn is brought
// into view after each reply, wherever the page scrolls (the transcript's own area on wide screens, the page when
// zoomed or narrow).
export interface TurnView {
  /** The understood line, once known. */
  understood(text: string): void;
  reply(text: string): HTMLElement;
  note(text: string, where?: 'before' | 'after'): void;
  /** Brings the reply (or, before it, the turn) into view without moving focus. */
  reveal(): void;
}

function paragraph(className: string, who: string, text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  const label = document.createElement('span');
  label.className = 'who';
  label.textContent = `${who}: `;
  p.append(label, text);
  return p;
}

function plain(className: string, text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}

export class TranscriptView {
  constructor(
    private readonly list: HTMLOListElement,
    private readonly empty: HTMLElement,
    /** The transcript's area, which scrolls by itself on wide screens. */
    private readonly area: HTMLElement,
  ) {}

  clear(): void {
    this.list.replaceChildren();
    this.empty.hidden = false;
  }

  busy(on: boolean): void {
    if (on) this.list.setAttribute('aria-busy', 'true');
    else this.list.removeAttribute('aria-busy');
  }

  /** A new turn: who acted ("You", "You pressed") and what they said or pressed. */
  begin(who: string, shown: string): TurnView {
    const item = document.createElement('li');
    const you = paragraph('you', who, shown);
    item.append(you);
    this.list.append(item);
    this.empty.hidden = true;
    let reply: HTMLElement | undefined;
    const area = this.area;
    return {
      understood(text) {
        if (text) you.after(plain('understood', text));
      },
      reply(text) {
        reply = paragraph('skill', 'Skill', text);
        item.append(reply);
        return reply;
      },
      note(text, where = 'after') {
        if (where === 'before') item.prepend(plain('note', text));
        else item.append(plain('note', text));
      },
      reveal() {
        // The whole turn when it fits ("nearest" scrolls each scrolling ancestor only as far as needed), else at
        // least the reply; and a reply taller than the view (at 400% zoom) from its start, where reading begins.
        item.scrollIntoView({ block: 'nearest' });
        if (!reply) return;
        const room = Math.min(window.innerHeight, area.clientHeight);
        reply.scrollIntoView({ block: reply.getBoundingClientRect().height > room ? 'start' : 'nearest' });
      },
    };
  }
}
