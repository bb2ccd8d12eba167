// Replies read aloud by the browser's own speech synthesis (it works offline with the system's local voices), at
// the skill's speed for this person. The voice: a local one where there is one, Australian English first, then
// British, then any English, as the skill's audience would expect to hear it.
import type { Spoken } from './spoken';

export interface VoiceLike {
  lang: string;
  localService: boolean;
  name: string;
}

function languageRank(lang: string): number {
  const tag = lang.replace('_', '-').toLowerCase();
  if (tag === 'en-au') return 0;
  if (tag === 'en-gb') return 1;
  if (tag === 'en' || tag.startsWith('en-')) return 2;
  return -1;
}

/** The voice to speak with, or undefined to leave the browser's default (no English voice at all). */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[]): V | undefined {
  const english = voices.filter((voice) => languageRank(voice.lang) >= 0);
  // Local voices first (a network voice stops when the network does), then by language; stable otherwise.
  return [...english].sort((a, b) => Number(b.localService) - Number(a.localService) || languageRank(a.lang) - languageRank(b.lang))[0];
}

export interface Speaker {
  readonly available: boolean;
  speak(spoken: Spoken): void;
  cancel(): void;
}

/** SpeechSynthesisUtterance's rate is 0.1 to 10; the skill's steps are 0.5 to 1.4. */
function clampRate(rate: number): number {
  return Math.min(10, Math.max(0.1, rate));
}

export function browserSpeaker(lang: string): Speaker {
  const synthesis: SpeechSynthesis | undefined = 'speechSynthesis' in window ? window.speechSynthesis : undefined;
  return {
    available: synthesis !== undefined,
    speak(spoken) {
      if (!synthesis || spoken.text === '') return;
      synthesis.cancel();
      const utterance = new SpeechSynthesisUtterance(spoken.text);
      // The voice list fills in after the page loads: chosen at each reply, not once.
      const voice = chooseVoice(synthesis.getVoices());
      utterance.lang = voice?.lang ?? lang;
      if (voice) utterance.voice = voice;
      utterance.rate = clampRate(spoken.rate);
      synthesis.speak(utterance);
    },
    cancel() {
      synthesis?.cancel();
    },
  };
}
