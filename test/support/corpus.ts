// The corpus of real Alexa request envelopes written by others, kept in the repository under
// test/fixtures/alexa-requests (where each came from, and its licence: test/fixtures/README.md and the corpus's
// own SOURCES.md). Read-only: tests use copies, never edit the files.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIXTURES = resolve(__dirname, '../fixtures');
export const CORPUS = join(FIXTURES, 'alexa-requests');
/** Real Amazon-signed requests (2017), their bodies and the certificates they were signed with. */
export const SIGNATURE_VECTORS = join(CORPUS, 'signature-vectors');

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
  if (files.length < 100) throw new Error(`expected the envelope corpus at ${CORPUS}, found ${files.length} files`);
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
