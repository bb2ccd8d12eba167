// Checks every response the tests see against Alexa's rules, so no test can pass on a response Alexa
// would reject or that would say something broken aloud.
import type { ResponseEnvelope } from 'ask-sdk-model';
import { check } from 'ssml-check-core';
import { MAX_SSML_CHARS, ssmlToText } from '../../lambda/speech/ssml';
import { schemaProblems } from './response-schema';

const BROKEN_TEXT = /undefined|\bnull\b|NaN|\[object|\{\{|\}\}|<|>/;

function speechOf(speech: unknown): string | undefined {
  const s = speech as { type?: string; ssml?: string; text?: string } | undefined;
  return s?.type === 'SSML' ? s.ssml : s?.type === 'PlainText' ? s.text : undefined;
}

/** What to check besides Alexa's rules. */
export interface CheckOptions {
  /** Also refuse text that reads as a bug ("undefined", "[object", a stray tag). Off for fuzzed input echoed back. */
  brokenText?: boolean;
}

// ssml-check-core parses the whole document (~90 µs); crawls and fuzzing see the same few thousand answers
// many times over, so its verdict is remembered per SSML string (bounded).
const verdicts = new Map<string, string[]>();

async function ssmlCheckErrors(ssml: string): Promise<string[]> {
  let known = verdicts.get(ssml);
  if (known === undefined) {
    const errors = await check(ssml, { platform: 'amazon' });
    known = (errors ?? []).map((error) => `invalid SSML: ${JSON.stringify(error)}`);
    if (verdicts.size >= 20_000) verdicts.clear();
    verdicts.set(ssml, known);
  }
  return known;
}

export async function ssmlProblems(ssml: string, options: CheckOptions = {}): Promise<string[]> {
  const problems: string[] = [...(await ssmlCheckErrors(ssml))];
  if (ssml.length > MAX_SSML_CHARS) problems.push(`SSML is ${ssml.length} characters`);
  for (const match of ssml.matchAll(/rate="(\d+)%"/g)) {
    if (Number(match[1]) < 20) problems.push(`prosody rate ${match[1]}% is below Alexa's 20% floor`);
  }
  if (options.brokenText === false) return problems;
  const text = ssmlToText(ssml);
  if (BROKEN_TEXT.test(text)) problems.push(`broken text spoken: ${text}`);
  return problems;
}

/** Everything wrong with a response envelope; empty when Alexa would accept it and it speaks cleanly. */
export async function responseProblems(envelope: ResponseEnvelope, options: CheckOptions = {}): Promise<string[]> {
  const problems: string[] = schemaProblems(envelope);
  if (envelope.version !== '1.0') problems.push('version is not 1.0');
  const response = envelope.response;
  if (typeof response !== 'object' || response === null) return [...problems, 'no response object'];
  const card = response.card as { title?: string; content?: string; text?: string } | undefined;
  const cardChars = (card?.title ?? '').length + (card?.content ?? card?.text ?? '').length;
  if (cardChars > MAX_SSML_CHARS) problems.push(`card is ${cardChars} characters (Alexa allows ${MAX_SSML_CHARS})`);
  const speech = speechOf(response.outputSpeech);
  const reprompt = speechOf(response.reprompt?.outputSpeech);
  if (speech !== undefined) problems.push(...(await ssmlProblems(speech, options)));
  if (reprompt !== undefined) problems.push(...(await ssmlProblems(reprompt, options)).map((p) => `reprompt: ${p}`));
  if (speech !== undefined && response.shouldEndSession === false && reprompt === undefined) {
    problems.push('session stays open without a reprompt');
  }
  if (response.shouldEndSession === false && speech === undefined) problems.push('session open with nothing said');
  return problems;
}

export async function expectValidResponse(envelope: ResponseEnvelope): Promise<void> {
  const problems = await responseProblems(envelope);
  if (problems.length > 0) throw new Error(`response breaks Alexa's rules:\n${problems.join('\n')}`);
}

export function spokenText(envelope: ResponseEnvelope): string {
  return ssmlToText(speechOf(envelope.response?.outputSpeech) ?? '');
}

export function repromptText(envelope: ResponseEnvelope): string {
  return ssmlToText(speechOf(envelope.response?.reprompt?.outputSpeech) ?? '');
}

/** The follow-up question: what comes after the pause that separates it from the answer. */
export function offeredText(envelope: ResponseEnvelope): string {
  const ssml = speechOf(envelope.response?.outputSpeech) ?? '';
  const parts = ssml.split('<break time="300ms"/>');
  return ssmlToText(parts.length > 1 ? (parts.at(-1) ?? '') : ssml);
}
