/// <reference lib="dom" />
// The page: one for the local server (`npm start`) and the web app alike. It shows the conversation and the
// Echo Show screen side by side on wide screens, announces and reads aloud each reply, and talks to the skill
// only through a Transport (transport.ts): served by the local server, or in the page itself in the web app.
import { type Announcer, liveRegionAnnouncer } from './announcer';
import { renderScreen, type ScreenElements } from './screen-view';
import { wireSpeechInput } from './speech-in';
import { browserSpeaker } from './speech-out';
import type { PageStorage } from './storage';
import { TranscriptView } from './transcript-view';
import type { PageReply, Transport } from './transport';

export function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing`);
  return found as T;
}

export const READ_ALOUD_KEY = 'bone-cancer-guide.read-aloud';

export interface PageOptions {
  transport: Transport;
  /** Where the page keeps its own settings (reading aloud). */
  storage: PageStorage;
}

export interface StartedPage {
  announcer: Announcer;
  /** Shows and announces a message that is not a reply (speech input, updates, the app's own notices). */
  message(text: string): void;
  /** Turns, one at a time, in order; resolves when every turn sent so far has been answered. */
  idle(): Promise<void>;
}

export function startPage(options: PageOptions): StartedPage {
  const { transport, storage } = options;
  const lang = document.documentElement.lang || 'en-AU';
  const form = element<HTMLFormElement>('say-form');
  const input = element<HTMLInputElement>('utterance');
  const readAloud = element<HTMLInputElement>('read-aloud');
  const speed = element<HTMLElement>('speed');
  const messageLine = element<HTMLElement>('message');
  const transcript = new TranscriptView(element<HTMLOListElement>('transcript'), element('transcript-empty'), element('transcript-area'));
  const announcer = liveRegionAnnouncer(element('announcer'), element('announcer-alternate'));
  const speaker = browserSpeaker(lang);
  const screen: ScreenElements = {
    empty: element('screen-empty'),
    title: element('screen-title'),
    body: element('screen-body'),
    choices: element<HTMLUListElement>('screen-choices'),
  };

  /** Turns are sent one at a time, in order. */
  let queue: Promise<void> = Promise.resolve();

  const message = (text: string): void => {
    messageLine.textContent = text;
    messageLine.hidden = text === '';
    announcer.announce(text);
  };

  const showSpeed = (ratePercent: number): void => {
    speed.textContent = ratePercent === 100 ? 'Speaking speed: normal.' : `Speaking speed: ${ratePercent}% of normal.`;
  };

  const show = (reply: PageReply, turn: ReturnType<TranscriptView['begin']>): void => {
    if (reply.restarted) turn.note('A new session started: the earlier one had ended.', 'before');
    turn.understood(reply.understood);
    // Shown and announced as written ("CT"); read aloud as heard ("C T").
    const text = reply.written || reply.exchange.text;
    turn.reply(text || '(nothing)');
    const ended = reply.exchange.shouldEndSession;
    if (ended) turn.note('The skill ended the session.');
    renderScreen(screen, reply.screen, (choice) => {
      press(choice.intent, choice.label);
      input.focus({ preventScroll: true });
    });
    showSpeed(reply.speechRate);
    turn.reveal();
    announcer.announce(ended ? `${text} The skill ended the session.` : text);
    if (readAloud.checked) speaker.speak(reply.spoken);
  };

  const run = (who: string, shown: string, send: () => Promise<PageReply>): void => {
    queue = queue.then(async () => {
      // A message ("Listening.", why speech input failed) has had its moment once the person goes on.
      messageLine.hidden = true;
      const turn = transcript.begin(who, shown);
      transcript.busy(true);
      try {
        show(await send(), turn);
      } catch (error) {
        const text = `Could not reach the skill: ${error instanceof Error ? error.message : 'unknown error'}`;
        turn.note(text);
        turn.reveal();
        announcer.announce(text);
      } finally {
        transcript.busy(false);
      }
    });
  };

  const say = (utterance: string): void => {
    const text = utterance.trim();
    if (text !== '') run('You', text, () => transport.say(text));
  };

  /** A press on the screen: the button's intent, sent as the Echo Show's touch event; the transcript shows the press. */
  const press = (intent: string, label: string): void => run('You pressed', label, () => transport.press(intent));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value;
    if (text.trim() === '') {
      announcer.announce('Type what you would say first.');
      return;
    }
    input.value = '';
    input.focus({ preventScroll: true });
    say(text);
  });

  // Reading aloud is on by default; the person's choice is remembered where the page keeps its settings.
  const saved = storage.get(READ_ALOUD_KEY);
  if (saved !== null) readAloud.checked = saved === 'true';
  if (!speaker.available) {
    readAloud.checked = false;
    readAloud.disabled = true;
  }
  readAloud.addEventListener('change', () => {
    if (!readAloud.checked) speaker.cancel();
    storage.set(READ_ALOUD_KEY, String(readAloud.checked));
  });

  wireSpeechInput(element<HTMLButtonElement>('microphone'), lang, {
    onHeard: say,
    onMessage: message,
    beforeListening: () => speaker.cancel(),
  });

  const reset = (): void => {
    speaker.cancel();
    transcript.clear();
    renderScreen(screen, null, () => {});
    showSpeed(100);
    message('');
  };

  element<HTMLButtonElement>('new-demo').addEventListener('click', () => {
    queue = queue.then(async () => {
      await transport.newVisitor();
      reset();
      announcer.announce('New demo: a new visitor, at normal speed. Start with: open bone cancer guide.');
      input.focus();
    });
  });

  // Closing the page ends the skill session, as walking away from a device does.
  window.addEventListener('pagehide', () => transport.end());

  return { announcer, message, idle: () => queue };
}
