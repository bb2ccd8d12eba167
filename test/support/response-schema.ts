// Alexa's response format as a JSON Schema, checked with ajv. `ask-smapi-model` ships Amazon's management API
// (skill manifests, interaction models) but not the skill response envelope, so this is written from
// `ask-sdk-model`'s types (ResponseEnvelope, Response, ui.OutputSpeech, ui.Card, ui.Reprompt, the APL
// RenderDocument directive) and Alexa's documented limits. `additionalProperties: false` wherever Alexa
// rejects unknown fields; the APL document and datasources are free-form (APL has its own validator).
import Ajv, { type ValidateFunction } from 'ajv';
import { MAX_SSML_CHARS } from '../../lambda/speech/ssml';

const playBehavior = { enum: ['ENQUEUE', 'REPLACE_ALL', 'REPLACE_ENQUEUED'] };

const outputSpeech = {
  oneOf: [
    {
      type: 'object',
      required: ['type', 'ssml'],
      additionalProperties: false,
      properties: {
        type: { const: 'SSML' },
        ssml: { type: 'string', minLength: 1, maxLength: MAX_SSML_CHARS, pattern: '^<speak>[\\s\\S]*</speak>$' },
        playBehavior,
      },
    },
    {
      type: 'object',
      required: ['type', 'text'],
      additionalProperties: false,
      properties: { type: { const: 'PlainText' }, text: { type: 'string', maxLength: MAX_SSML_CHARS }, playBehavior },
    },
  ],
};

const card = {
  oneOf: [
    {
      type: 'object',
      required: ['type'],
      additionalProperties: false,
      properties: { type: { const: 'Simple' }, title: { type: 'string' }, content: { type: 'string' } },
    },
    {
      type: 'object',
      required: ['type'],
      additionalProperties: false,
      properties: {
        type: { const: 'Standard' },
        title: { type: 'string' },
        text: { type: 'string' },
        image: {
          type: 'object',
          additionalProperties: false,
          properties: { smallImageUrl: { type: 'string', pattern: '^https://' }, largeImageUrl: { type: 'string', pattern: '^https://' } },
        },
      },
    },
  ],
};

/** The only directive this skill sends: an APL document with its data, on devices that declare APL. */
const renderDocument = {
  type: 'object',
  required: ['type', 'document'],
  additionalProperties: false,
  properties: {
    type: { const: 'Alexa.Presentation.APL.RenderDocument' },
    token: { type: 'string', minLength: 1 },
    document: {
      type: 'object',
      required: ['type', 'version', 'mainTemplate'],
      properties: { type: { const: 'APL' }, version: { type: 'string' }, mainTemplate: { type: 'object' } },
    },
    datasources: { type: 'object' },
    sources: { type: 'object' },
  },
};

export const responseEnvelopeSchema = {
  $id: 'alexa-response-envelope',
  type: 'object',
  required: ['version', 'response'],
  additionalProperties: false,
  properties: {
    version: { const: '1.0' },
    sessionAttributes: { type: 'object' },
    userAgent: { type: 'string' },
    response: {
      type: 'object',
      additionalProperties: false,
      properties: {
        outputSpeech,
        card,
        reprompt: {
          type: 'object',
          additionalProperties: false,
          properties: { outputSpeech, directives: { type: 'array', items: renderDocument } },
        },
        directives: { type: 'array', items: renderDocument },
        shouldEndSession: { type: 'boolean' },
      },
    },
  },
} as const;

let validator: ValidateFunction | undefined;

/** Everything about the envelope's shape that Alexa would refuse; empty when it matches the format. */
export function schemaProblems(envelope: unknown): string[] {
  validator ??= new Ajv({ allErrors: true, strict: true }).compile(responseEnvelopeSchema);
  if (validator(envelope)) return [];
  return (validator.errors ?? []).map((error) => `schema: ${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`);
}
