// Speaking instead of typing, where the browser can recognise speech. Where it cannot (Firefox; Chromium with no
// speech service, offline, or no microphone), the person is told so, on the page and to their screen reader, and
// typing always works.
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

export const UNAVAILABLE = "Speech input isn't available in this browser. Type instead.";

const ERRORS: Record<string, string> = {
  'not-allowed': "The microphone isn't allowed for this page. Type instead, or allow the microphone in the browser's settings.",
  'service-not-allowed': UNAVAILABLE,
  network: "Speech input isn't available right now: this browser needs the internet to recognise speech. Type instead.",
  'no-speech': 'Nothing was heard. Press Speak to try again, or type instead.',
  'audio-capture': 'No microphone was found. Type instead.',
};

export interface SpeechInput {
  /** Heard words, as if typed. */
  onHeard: (text: string) => void;
  /** Something the person must know (listening, or why it does not work): shown and announced. */
  onMessage: (text: string) => void;
  /** Before listening: stop reading aloud, so the page does not hear itself. */
  beforeListening: () => void;
}

function recognitionClass(): RecognitionConstructor | undefined {
  const speechWindow = window as unknown as {
    SpeechRecognition?: RecognitionConstructor;
    webkitSpeechRecognition?: RecognitionConstructor;
  };
  return speechWindow.SpeechRecognition ?? speechWindow.webkitSpeechRecognition;
}

/** Wires the microphone button: listens once per press, and a second press stops listening. */
export function wireSpeechInput(button: HTMLButtonElement, lang: string, events: SpeechInput): void {
  let listening: Recognition | undefined;
  const reset = (): void => {
    listening = undefined;
    button.textContent = 'Speak';
    button.classList.remove('listening');
  };
  button.hidden = false;
  button.addEventListener('click', () => {
    const Recognition = recognitionClass();
    if (!Recognition) {
      events.onMessage(UNAVAILABLE);
      return;
    }
    if (listening) {
      listening.stop();
      return;
    }
    events.beforeListening();
    const recognition = new Recognition();
    recognition.lang = lang;
    recognition.interimResults = false;
    recognition.maxAlternatives = 1;
    recognition.onresult = (event) => {
      const heard = event.results[0]?.[0]?.transcript ?? '';
      if (heard.trim()) events.onHeard(heard);
    };
    recognition.onerror = (event) => {
      if (event.error !== 'aborted') events.onMessage(ERRORS[event.error] ?? 'Speech input stopped. Type instead.');
    };
    recognition.onend = reset;
    try {
      recognition.start();
      listening = recognition;
      button.textContent = 'Stop listening';
      button.classList.add('listening');
      events.onMessage('Listening.');
    } catch {
      events.onMessage("Speech input couldn't start. Type instead.");
      reset();
    }
  });
}
