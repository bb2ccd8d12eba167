// The shared corpus of real Alexa request envelopes written by others (../shared/alexa-requests). Read-only:
// tests use copies, never edit the files.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SHARED = resolve(__dirname, '../../../shared');
export const CORPUS = join(SHARED, 'alexa-requests');

export interface CorpusEnvelope {
  file: string;
  envelope: Record<string, unknown>;
}

/** Every top-level envelope, plus the signed bodies under signature-vectors/ (they are envelopes too). */
export function corpusEnvelopes(): CorpusEnvelope[] {
  const top = readdirSync(CORPUS)
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(CORPUS, name));
  const signed = readdirSync(join(CORPUS, 'signature-vectors'))
    .filter((name) => name.endsWith('.body.json'))
    .map((name) => join(CORPUS, 'signature-vectors', name));
  const files = [...top, ...signed];
  if (files.length < 100) throw new Error(`expected the shared corpus at ${CORPUS}, found ${files.length} files`);
  return files.map((file) => ({ file: file.slice(CORPUS.length + 1), envelope: JSON.parse(readFileSync(file, 'utf8')) }));
}

export function requestTypeOf(envelope: Record<string, unknown>): string | undefined {
  const request = envelope.request as { type?: unknown } | undefined;
  return typeof request?.type === 'string' ? request.type : undefined;
}

/** A deep copy with request.locale replaced. */
export function withLocale(envelope: Record<string, unknown>, locale: string): Record<string, unknown> {
  const copy = structuredClone(envelope);
  if (typeof copy.request === 'object' && copy.request !== null) (copy.request as Record<string, unknown>).locale = locale;
  return copy;
}
