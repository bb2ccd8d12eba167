/// <reference lib="dom" />
// The web simulator page: a conversation with the skill, typed, spoken or pressed on the simulated screen. The
// server holds the conversation (this page keeps only its opaque id) and resolves each utterance as `npm run
// ask` does; a press on the screen goes to the skill as an Echo Show sends it (an APL UserEvent), not as words.
// Replies are shown, announced to screen readers, and read aloud at the skill's own speech rate unless the
// person turns it off. This browser is one simulated Alexa user: a random key kept in localStorage.

interface Choice {
  label: string;
  accessibilityLabel: string;
  /** The intent a press stands for. */
  intent: string;
}

interface Screen {
  source: 'apl' | 'card';
  title: string;
  body: string;
  question?: string;
  choices: Choice[];
}

interface Reply {
  conversationId: string;
  restarted: boolean;
  exchange: { utterance: string; text: string; shouldEndSession: boolean };
  written: string;
  speechRate: number;
  screen: Screen | null;
}

interface RecognitionResultEvent {
  results: ArrayLike<ArrayLike<{ transcript: string }>>;
}

interface Recognition {
  lang: string;
  interimResults: boolean;
  maxAlternatives: number;
  onresult: ((event: RecognitionResultEvent) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
}

type RecognitionConstructor = new () => Recognition;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing`);
  return found as T;
}

const form = element<HTMLFormElement>('say-form');
const input = element<HTMLInputElement>('utterance');
const transcript = element<HTMLOListElement>('transcript');
const transcriptEmpty = element<HTMLElement>('transcript-empty');
const announcer = element<HTMLElement>('announcer');
const readAloud = element<HTMLInputElement>('read-aloud');
const speed = element<HTMLElement>('speed');
const microphone = element<HTMLButtonElement>('microphone');
const screenEmpty = element<HTMLElement>('screen-empty');
const screenTitle = element<HTMLElement>('screen-title');
const screenBody = element<HTMLElement>('screen-body');
const screenChoices = element<HTMLUListElement>('screen-choices');

const READ_ALOUD_KEY = 'bone-cancer-guide.read-aloud';
const USER_KEY = 'bone-cancer-guide.user';
const USER_KEY_PATTERN = /^[0-9a-f]{32}$/;

/** 128 random bits as 32 hex digits (getRandomValues works on any origin; randomUUID needs a secure one). */
function newUserKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * This browser's simulated Alexa user, so that preferences ("speak slower", where to resume, "forget me") are
 * this browser's alone and remembered across reloads. Where storage is unavailable, this tab's alone.
 */
function loadUserKey(): string {
  try {
    const saved = localStorage.getItem(USER_KEY);
    if (saved !== null && USER_KEY_PATTERN.test(saved)) return saved;
    const key = newUserKey();
    try {
      localStorage.setItem(USER_KEY, key);
    } catch {
      // Not kept: this tab's user only.
    }
    return key;
  } catch {
    return newUserKey();
  }
}

const userKey = loadUserKey();
let conversationId: string | undefined;
/** Turns are sent one at a time, in order. */
let queue: Promise<void> = Promise.resolve();

function paragraph(className: string, who: string, text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  const label = document.createElement('span');
  label.className = 'who';
  label.textContent = `${who}: `;
  p.append(label, text);
  return p;
}

function note(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'note';
  p.textContent = text;
  return p;
}

function announce(text: string): void {
  // Replacing the text of the live region is what screen readers announce.
  announcer.textContent = text;
}

// Speech: the skill's prosody rate (80% when the person said "speak slower") becomes the utterance rate.
const synthesis: SpeechSynthesis | undefined = 'speechSynthesis' in window ? window.speechSynthesis : undefined;

function speak(text: string, ratePercent: number): void {
  if (!synthesis || !readAloud.checked || text === '') return;
  synthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = document.documentElement.lang || 'en-AU';
  utterance.rate = Math.min(10, Math.max(0.1, ratePercent / 100));
  synthesis.speak(utterance);
}

function showSpeed(ratePercent: number): void {
  speed.textContent = ratePercent === 100 ? 'Speaking speed: normal.' : `Speaking speed: ${ratePercent}% of normal.`;
}

function renderScreen(screen: Screen | null): void {
  screenTitle.textContent = screen?.title ?? '';
  screenTitle.hidden = !screen?.title;
  const lines = [...(screen?.body ?? '').split(/\n+/), screen?.question ?? ''].filter((line) => line.trim() !== '');
  screenBody.replaceChildren(
    ...lines.map((line) => {
      const p = document.createElement('p');
      p.textContent = line;
      return p;
    }),
  );
  screenChoices.replaceChildren(
    ...(screen?.choices ?? []).map((choice) => {
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
      button.addEventListener('click', () => {
        press(choice);
        input.focus();
      });
      item.append(button);
      return item;
    }),
  );
  screenChoices.hidden = screenChoices.childElementCount === 0;
  screenEmpty.hidden = screen !== null;
}

async function post(path: string, body: unknown): Promise<Response> {
  return fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

/** One turn: what the transcript shows the person did, and the request that does it. */
async function turn(who: string, shown: string, path: '/api/say' | '/api/press', request: Record<string, string>): Promise<void> {
  const item = document.createElement('li');
  item.append(paragraph('you', who, shown));
  transcript.append(item);
  transcriptEmpty.hidden = true;
  transcript.setAttribute('aria-busy', 'true');
  try {
    const response = await post(path, { conversationId, userKey, ...request });
    const data = (await response.json()) as Reply | { error?: string };
    if (!response.ok || !('exchange' in data)) throw new Error(('error' in data && data.error) || 'The skill did not answer.');
    if (data.restarted) item.prepend(note('A new session started: the earlier one had ended.'));
    conversationId = data.conversationId;
    // Shown and announced as written ("CT"); read aloud as heard ("C T"), which speech synthesis says better.
    const text = data.written || data.exchange.text;
    item.append(paragraph('skill', 'Skill', text || '(nothing)'));
    if (data.exchange.shouldEndSession) item.append(note('The skill ended the session.'));
    renderScreen(data.screen);
    showSpeed(data.speechRate);
    announce(text);
    speak(data.exchange.text, data.speechRate);
  } catch (error) {
    const message = `Could not reach the skill: ${error instanceof Error ? error.message : 'unknown error'}`;
    item.append(note(message));
    announce(message);
  } finally {
    transcript.removeAttribute('aria-busy');
  }
}

function send(utterance: string): void {
  const text = utterance.trim();
  if (text === '') return;
  queue = queue.then(() => turn('You', text, '/api/say', { utterance: text }));
}

/** A press on the screen: the button's intent, sent as the Echo Show's touch event; the transcript shows the press. */
function press(choice: Choice): void {
  queue = queue.then(() => turn('You pressed', choice.label, '/api/press', { intent: choice.intent }));
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input.value;
  if (text.trim() === '') {
    announce('Type what you would say first.');
    return;
  }
  input.value = '';
  input.focus();
  send(text);
});

// Reading aloud is on by default; the person's choice is remembered in this browser.
try {
  const saved = localStorage.getItem(READ_ALOUD_KEY);
  if (saved !== null) readAloud.checked = saved === 'true';
} catch {
  // Storage may be unavailable (private mode): the default stands.
}
if (!synthesis) {
  readAloud.checked = false;
  readAloud.disabled = true;
}
readAloud.addEventListener('change', () => {
  if (!readAloud.checked) synthesis?.cancel();
  try {
    localStorage.setItem(READ_ALOUD_KEY, String(readAloud.checked));
  } catch {
    // Not remembered: fine.
  }
});

// Speaking instead of typing, where the browser can recognise speech. Hidden where it cannot.
const speechWindow = window as unknown as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
const RecognitionClass = speechWindow.SpeechRecognition ?? speechWindow.webkitSpeechRecognition;
if (RecognitionClass) {
  let listening: Recognition | undefined;
  const reset = (): void => {
    listening = undefined;
    microphone.textContent = 'Speak';
    microphone.classList.remove('listening');
  };
  const recognitionErrors: Record<string, string> = {
    'not-allowed': 'The microphone is not allowed for this page.',
    'service-not-allowed': 'Speech recognition is not available in this browser. Please type instead.',
    network: 'Speech recognition is not available right now. Please type instead.',
    'no-speech': 'Nothing was heard. Press Speak to try again.',
    'audio-capture': 'No microphone was found.',
  };
  microphone.hidden = false;
  microphone.addEventListener('click', () => {
    if (listening) {
      listening.stop();
      return;
    }
    synthesis?.cancel();
    const recognition = new RecognitionClass();
    recognition.lang = document.documentElement.lang || 'en-AU';
    recognition.interimResults = false;
    recognition.maxAlternatives = 1;
    recognition.onresult = (event) => {
      const heard = event.results[0]?.[0]?.transcript ?? '';
      if (heard.trim()) send(heard);
    };
    recognition.onerror = (event) => {
      if (event.error !== 'aborted') announce(recognitionErrors[event.error] ?? 'Speech recognition stopped. Please type instead.');
    };
    recognition.onend = reset;
    try {
      recognition.start();
      listening = recognition;
      microphone.textContent = 'Stop listening';
      microphone.classList.add('listening');
      announce('Listening.');
    } catch {
      announce('Speech recognition could not start. Please type instead.');
      reset();
    }
  });
}

// Closing the page ends the skill session, as walking away from a device does.
window.addEventListener('pagehide', () => {
  if (!conversationId) return;
  void fetch('/api/end', {
    method: 'POST',
    keepalive: true,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ conversationId, userKey }),
  }).catch(() => {});
});
