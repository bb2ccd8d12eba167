// Amazon's own API spec (shipped in ask-smapi-model) as JSON Schema, to validate what we hand to the ASK CLI.
import Ajv, { type ValidateFunction } from 'ajv';
import spec from 'ask-smapi-model/spec.json';

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ definitions: (spec as { definitions: object }).definitions }, 'smapi');

export function amazonValidator(definition: string): ValidateFunction {
  return ajv.compile({ $ref: `smapi#/definitions/${definition}` });
}

export function errorsOf(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}
