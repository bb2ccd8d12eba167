// Alexa's rules for a request sent to a self-hosted HTTPS endpoint: signed by Amazon, recently sent, and
// (when SKILL_ID is set) addressed to this skill. Amazon's "Host a custom skill as a web service" page:
//   1. SignatureCertChainUrl: https, host s3.amazonaws.com, path under /echo.api/ (cert-chain.ts).
//   2. The chain from that URL: a valid RFC 5280 path to a trusted root, every certificate within its dates
//      now, the signing certificate naming echo-api.amazon.com (cert-chain.ts, by node-forge).
//   3. Signature-256 (RSA-SHA256) over the exact bytes received. The legacy SHA-1 Signature header is not
//      accepted, alone or beside a blank Signature-256.
//   4. request.timestamp within 150 seconds of now (skill events: up to an hour old, as Alexa allows).
// The cheap checks run first (the body's shape, the headers, the URL's shape, the timestamp, the skill id), so a
// request failing any of them costs no download. Certificate chains come from cert-store.ts, which keeps chains
// that verified a real signature and limits downloads so that forged traffic cannot turn a genuine request away.
// Every rejection names its reason; nothing from the request (ids, text) is logged or echoed back.
//
// Why not ask-sdk-express-adapter's SkillRequestSignatureVerifier: it always downloads the certificate chain
// and always trusts Node's bundled root store, so a test cannot supply a certificate; it checks a
// certificate's dates once and then caches it forever; it checks the signature over the body after decoding
// it; and its TimestampVerifier accepts a request dated in the future.
import { verify as verifySignature } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { rootCertificates } from 'node:tls';
import type { Logger } from '../../lambda/log';
import { assertAddressedTo, RequestRejectedError } from '../../lambda/skill';
import { checkValidAt, normaliseCertChainUrl, refuseOverlongCertUrl, TrustAnchors, type ValidChain } from './cert-chain';
import { type CertChainFetcher, downloadCertChain } from './cert-download';
import { CertChainStore } from './cert-store';
import { RequestVerificationError } from './verification-error';

export { RequestVerificationError } from './verification-error';

export const TIMESTAMP_TOLERANCE_MS = 150_000;
export const SKILL_EVENT_TOLERANCE_MS = 3_600_000;
/** RSA signatures of 1024 to 8192 bits, in base64: anything else is not a signature worth a download. */
const SIGNATURE_BYTES = { min: 128, max: 1024 };

export interface AlexaVerifierOptions {
  /** Signature and timestamp checks. Off only for local testing. */
  verifySignatures: boolean;
  /** When set, requests for any other skill id are rejected. */
  skillId?: string;
  logger: Logger;
  /** Where the certificate chain comes from (default: an HTTPS download). Tests supply their own. */
  fetchCertChain?: CertChainFetcher;
  /** PEM roots a chain may end at (default: Node's bundled Mozilla root store). */
  trustedRoots?: readonly string[];
  /** The clock, in milliseconds (default: Date.now). */
  now?: () => number;
}

function header(headers: IncomingHttpHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name.toLowerCase()];
  const first = Array.isArray(value) ? value.join(', ') : value;
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rule 3's headers: the certificate URL and a Signature-256 that could be an RSA signature. */
export function signatureHeaders(headers: IncomingHttpHeaders | undefined): { certUrl: string; signature: Buffer } {
  const certUrl = header(headers, 'SignatureCertChainUrl');
  if (!certUrl) throw new RequestVerificationError('missing-signature', 'the request has no SignatureCertChainUrl header');
  const signature = header(headers, 'Signature-256');
  if (!signature) {
    const why = header(headers, 'Signature') ? 'a SHA-1 Signature alone is not accepted: Signature-256 is required' : 'no Signature-256';
    throw new RequestVerificationError('missing-signature', `the request is not signed (${why})`);
  }
  const bytes = /^[A-Za-z0-9+/]+={0,2}$/.test(signature) && signature.length % 4 === 0 ? Buffer.from(signature, 'base64') : undefined;
  if (!bytes || bytes.length < SIGNATURE_BYTES.min || bytes.length > SIGNATURE_BYTES.max)
    throw new RequestVerificationError('signature-mismatch', 'the Signature-256 header is not a base64 RSA signature');
  return { certUrl, signature: bytes };
}

/** Rule 4. */
export function checkTimestamp(envelope: Record<string, unknown>, now: number): void {
  const request = envelope.request as Record<string, unknown>;
  const timestamp = typeof request.timestamp === 'string' ? Date.parse(request.timestamp) : Number.NaN;
  if (!Number.isFinite(timestamp)) throw new RequestVerificationError('timestamp', 'the request has no valid timestamp');
  const age = now - timestamp;
  const isSkillEvent = typeof request.type === 'string' && request.type.startsWith('AlexaSkillEvent.');
  const maxAge = isSkillEvent ? SKILL_EVENT_TOLERANCE_MS : TIMESTAMP_TOLERANCE_MS;
  if (age > maxAge || age < -TIMESTAMP_TOLERANCE_MS)
    throw new RequestVerificationError('timestamp', 'the request timestamp is more than 150 seconds from now');
}

/** The body as a request envelope: UTF-8 JSON (no byte order mark) holding a request that has a type. */
export function parseEnvelope(body: Buffer): Record<string, unknown> {
  let text: string;
  try {
    // ignoreBOM keeps a byte order mark in the text, where JSON.parse refuses it: Alexa sends none.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw new RequestVerificationError('malformed-request', 'the request body is not UTF-8');
  }
  if (text.trim() === '') throw new RequestVerificationError('malformed-request', 'the request body is empty');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new RequestVerificationError('malformed-request', 'the request body is not valid JSON');
  }
  if (!isRecord(parsed) || !isRecord(parsed.request) || typeof parsed.request.type !== 'string')
    throw new RequestVerificationError('malformed-request', 'the request body is not an Alexa request envelope');
  return parsed;
}

function signs(chain: ValidChain, body: Buffer, signature: Buffer): boolean {
  try {
    return verifySignature('sha256', body, chain.signingKey, signature);
  } catch {
    return false;
  }
}

export class AlexaRequestVerifier {
  private readonly now: () => number;
  private readonly certificates: CertChainStore;

  constructor(private readonly options: AlexaVerifierOptions) {
    this.now = options.now ?? Date.now;
    this.certificates = new CertChainStore({
      fetch: options.fetchCertChain ?? downloadCertChain,
      anchors: new TrustAnchors(options.trustedRoots ?? rootCertificates),
      now: this.now,
    });
  }

  /**
   * The envelope in the exact bytes received, once they pass every rule; else a RequestVerificationError or
   * RequestRejectedError. `requester` names who sent it (the server passes the address), so that no one sender can
   * fill the certificate download line (cert-store.ts).
   */
  async verify(body: Buffer, headers?: IncomingHttpHeaders, requester?: string): Promise<Record<string, unknown>> {
    try {
      return await this.check(body, headers, requester);
    } catch (error) {
      const known = error instanceof RequestVerificationError || error instanceof RequestRejectedError;
      const reason = error instanceof RequestVerificationError ? error.reason : known ? 'skill-id' : 'unverifiable';
      this.options.logger.warn('alexa request rejected', { reason, status: reason === 'certificate-busy' ? 503 : 400 });
      // Anything unexpected is still a rejection, with a message that cannot carry request content.
      if (known) throw error;
      throw new RequestVerificationError('unverifiable', 'the request could not be verified');
    }
  }

  private async check(body: Buffer, headers: IncomingHttpHeaders | undefined, requester?: string): Promise<Record<string, unknown>> {
    // Before anything else, even reading the body: a URL longer than any Amazon uses is never held or parsed.
    if (this.options.verifySignatures) refuseOverlongCertUrl(header(headers, 'SignatureCertChainUrl'));
    const envelope = parseEnvelope(body);
    if (!this.options.verifySignatures) {
      assertAddressedTo(envelope, this.options.skillId);
      return envelope;
    }
    const { certUrl, signature } = signatureHeaders(headers);
    const url = normaliseCertChainUrl(certUrl);
    // The timestamp and the skill id before any download: a stale or misaddressed request never makes the server fetch.
    checkTimestamp(envelope, this.now());
    assertAddressedTo(envelope, this.options.skillId);
    const chains = await this.certificates.chainsFor(url, requester);
    const now = this.now();
    const current = chains.filter((chain) => chain.validFrom <= now && now <= chain.validTo);
    if (current.length === 0) checkValidAt(chains[0] as ValidChain, now);
    const signer = current.find((chain) => signs(chain, body, signature));
    if (!signer) throw new RequestVerificationError('signature-mismatch', 'the signature does not match the request body');
    this.certificates.prove(url, signer);
    return envelope;
  }
}
