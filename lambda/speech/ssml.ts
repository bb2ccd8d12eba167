// The few SSML primitives the skill uses. Everything spoken passes through escapeText; tags are only ever
// produced here and in pronounce.ts, never in handlers.

/** Alexa rejects outputSpeech longer than this. */
export const MAX_SSML_CHARS = 8000;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeText(text: string): string {
  // The pattern matches only the table's characters.
  return text.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] as string);
}

/** A short pause between the answer and the question that follows it, so the question stands out. */
export const PAUSE = '<break time="300ms"/>';

export function prosody(rate: number, body: string): string {
  return rate === 100 ? body : `<prosody rate="${rate}%">${body}</prosody>`;
}

export function speak(body: string): string {
  return `<speak>${body}</speak>`;
}

/**
 * Plain text of an SSML string. By default what a listener hears (an abbreviation as its spoken alias:
 * "C T"); `written` keeps the text as written ("CT"), for reading along on a screen.
 */
export function ssmlToText(ssml: string, form: 'heard' | 'written' = 'heard'): string {
  return ssml
    .replace(/<sub alias="([^"]*)">([^<]*)<\/sub>/g, (_, alias: string, written: string) => (form === 'heard' ? alias : written))
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,?!:;])/g, '$1')
    .trim();
}
