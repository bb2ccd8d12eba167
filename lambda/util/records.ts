// Requests arrive as untyped JSON: this is the one check for "an object we may read fields from".
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
