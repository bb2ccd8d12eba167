// What an Echo Show would show for a response: the APL RenderDocument directive's data source when there is
// one, otherwise the card. Only plain strings of the expected shape get through to the page.
import type { ResponseEnvelope } from 'ask-sdk-model';

export const APL_RENDER_DOCUMENT = 'Alexa.Presentation.APL.RenderDocument';

export interface Choice {
  label: string;
  accessibilityLabel: string;
  /** The intent a press stands for: the second argument of the button's APL SendEvent (['choice', intent]). */
  intent: string;
  /** What saying it would be (shown for reference; a press sends the intent, not the word). */
  utterance?: string;
}

export interface Screen {
  source: 'apl' | 'card';
  title: string;
  body: string;
  /** The follow-up question, when the APL data source has one. */
  question?: string;
  choices: Choice[];
}

export interface Card {
  type: string;
  title: string;
  content: string;
}

const MAX_TEXT = 8000;
const MAX_CHOICES = 12;
/** An intent name as the interaction model spells them (AMAZON.YesIntent, SymptomsIntent): at most 64 characters. */
const INTENT_NAME = /^[A-Za-z][A-Za-z0-9_.]{0,63}$/;

export function isIntentName(value: unknown): value is string {
  return typeof value === 'string' && INTENT_NAME.test(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value.slice(0, MAX_TEXT) : undefined;
}

function choiceOf(value: unknown): Choice | undefined {
  if (!isRecord(value)) return undefined;
  const label = text(value.label);
  const utterance = text(value.utterance);
  if (!label || !isIntentName(value.intent)) return undefined;
  return { label, accessibilityLabel: text(value.accessibilityLabel) || label, intent: value.intent, ...(utterance ? { utterance } : {}) };
}

/** datasources.screen of the first APL RenderDocument directive, if it has the expected shape. */
export function aplScreenOf(envelope: ResponseEnvelope | undefined): Omit<Screen, 'source'> | undefined {
  const directives = envelope?.response?.directives;
  if (!Array.isArray(directives)) return undefined;
  const render = directives.find((directive) => isRecord(directive) && directive.type === APL_RENDER_DOCUMENT) as unknown;
  const datasources = isRecord(render) ? render.datasources : undefined;
  const screen = isRecord(datasources) ? datasources.screen : undefined;
  if (!isRecord(screen)) return undefined;
  const title = text(screen.title);
  const body = text(screen.body);
  if (title === undefined || body === undefined) return undefined;
  const question = text(screen.question);
  const choices = Array.isArray(screen.choices) ? screen.choices.slice(0, MAX_CHOICES).map(choiceOf) : [];
  return { title, body, ...(question ? { question } : {}), choices: choices.filter((choice): choice is Choice => choice !== undefined) };
}

export function cardOf(envelope: ResponseEnvelope | undefined): Card | undefined {
  const card = envelope?.response?.card as unknown;
  if (!isRecord(card)) return undefined;
  const title = text(card.title) ?? '';
  // A Simple card has content; a Standard card has text.
  const content = text(card.content) ?? text(card.text) ?? '';
  if (!title && !content) return undefined;
  return { type: text(card.type) ?? 'Simple', title, content };
}

export function screenOf(envelope: ResponseEnvelope | undefined): { screen: Screen | null; card: Card | null; apl: unknown } {
  const apl = aplScreenOf(envelope);
  const card = cardOf(envelope);
  const screen: Screen | null = apl
    ? { source: 'apl', ...apl }
    : card
      ? { source: 'card', title: card.title, body: card.content, choices: [] }
      : null;
  return { screen, card: card ?? null, apl: apl ?? null };
}

/** The speech rate of an SSML reply, in percent: the outermost prosody rate, else 100. */
export function speechRateOf(ssml: string): number {
  const match = /<prosody\b[^>]*\brate="(\d{1,3})%"/.exec(ssml);
  const rate = match ? Number(match[1]) : 100;
  return Number.isFinite(rate) && rate > 0 ? Math.min(rate, 400) : 100;
}
