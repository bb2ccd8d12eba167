// Echo Show and other screens: the answer rendered with APL from the same reply that is spoken. Devices
// without APL get the card only.
import type { HandlerInput } from 'ask-sdk-core';
import type { interfaces } from 'ask-sdk-model';
import type { Reply } from '../conversation/reply';
import type { Turn } from '../conversation/turn';
import document from './answer.apl.json';
import { CHOICE_INTENTS } from './choices';

export const SCREEN_TOKEN = 'answer';

export function supportsApl(input: HandlerInput): boolean {
  const interfaces = input.requestEnvelope.context?.System?.device?.supportedInterfaces as Record<string, unknown> | undefined;
  return typeof interfaces === 'object' && interfaces !== null && 'Alexa.Presentation.APL' in interfaces;
}

export interface ScreenChoice {
  label: string;
  accessibilityLabel: string;
  /** What saying it would be: the spoken word. */
  utterance: string;
  /** The intent a press stands for. */
  intent: string;
}

export interface ScreenData {
  title: string;
  body: string;
  question: string;
  choices: ScreenChoice[];
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function screenData(turn: Turn, reply: Reply): ScreenData {
  const question = reply.question ?? '';
  // A reply that is only a question ("Which word would you like me to explain?") shows it as the body.
  const body = reply.body.join(' ');
  return {
    title: reply.title,
    body: body || question,
    question: body ? question : '',
    choices: (reply.choices ?? []).map((key) => {
      const utterance = turn.t(key);
      const label = capitalised(utterance);
      // A screen reader reads "Yes" alone as meaningless; with the question it says what yes does.
      return {
        label,
        accessibilityLabel: key === 'choice.yes' && question ? `${label}: ${question}` : label,
        utterance,
        intent: CHOICE_INTENTS[key],
      };
    }),
  };
}

export function screenDirective(turn: Turn, reply: Reply): interfaces.alexa.presentation.apl.RenderDocumentDirective {
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: SCREEN_TOKEN,
    document: document as unknown as Record<string, unknown>,
    datasources: { screen: screenData(turn, reply) as unknown as Record<string, unknown> },
  };
}
