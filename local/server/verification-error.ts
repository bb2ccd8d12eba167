// Why a request to /alexa was turned away: one reason per rule, and a message that is safe to send back.

export type RejectionReason =
  | 'malformed-request'
  | 'missing-signature'
  | 'certificate-url'
  | 'certificate-unavailable'
  | 'certificate-busy'
  | 'certificate-invalid'
  | 'certificate-expired'
  | 'certificate-domain'
  | 'certificate-untrusted'
  | 'signature-mismatch'
  | 'timestamp'
  | 'skill-id'
  | 'unverifiable';

/** A request that fails one of Alexa's rules. The message never echoes the request. */
export class RequestVerificationError extends Error {
  override name = 'RequestVerificationError';
  constructor(
    readonly reason: RejectionReason,
    message: string,
  ) {
    super(`${message} (${reason})`);
  }
}
