// Stands in for Node's url, http and https, which ask-sdk-core loads only for its API client (DefaultApiClient):
// the skill never calls Alexa's APIs, so in the page they are never used. If that changes, it fails loudly.
function unavailable(): never {
  throw new Error('Node networking is not available in the page: the skill has no API client (local/web-app/shims).');
}

export const parse = unavailable;
export const request = unavailable;
export const URL = globalThis.URL;
