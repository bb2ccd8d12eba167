// Alexa's rules for a request sent to a self-hosted HTTPS endpoint: it must be signed by Amazon, recently
// sent, and (when SKILL_ID is set) addressed to this skill. Implements ask-sdk-express-adapter's Verifier
// interface, so the adapter runs it before dispatching to the skill.
//
// Why not the adapter's own SkillRequestSignatureVerifier: it always downloads the certificate chain and
// always trusts Node's bundled root store, so a test cannot supply a certificate; it checks the dates of
// a certificate once and then caches it forever (an expired certificate stays accepted); it knows only the
// SHA-256 header; and its TimestampVerifier accepts a request dated in the future. The rules here follow
// Amazon's "Host a custom skill as a web service" page:
//   1. SignatureCertChainUrl: https, host s3.amazonaws.com, path under /echo.api/ (after normalising),
//      port 443 if given.
//   2. The chain from that URL: every certificate within its validity dates now, the signing certificate
//      naming echo-api.amazon.com as a subject alternative name, and each certificate issued and signed by
//      the next, up to a trusted root.
//   3. The signature: Signature-256 (RSA-SHA256) over the raw body; when only the legacy Signature header is
//      sent, RSA-SHA1.
//   4. request.timestamp within 150 seconds of now (skill events: up to an hour old, as Alexa allows).
// The cheap checks run first: the body's shape, the headers, the URL's shape and the timestamp are checked
// before anything is downloaded, so a forged request with a stale or missing timestamp costs no download. A URL
// whose download (or parse) failed is remembered for a minute and not fetched again in that time, and at most
// 12 certificate downloads start in any minute, so a stream of forged requests cannot make the server fetch
// without limit. Every rejection names its reason; nothing from the request (ids, text) is logged or echoed back.
import { createVerify, X509Certificate } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { get } from 'node:https';
import { rootCertificates } from 'node:tls';
import type { Verifier } from 'ask-sdk-express-adapter';
import type { Logger } from '../../lambda/log';
import { assertAddressedTo, RequestRejectedError } from '../../lambda/skill';

export type RejectionReason =
  | 'malformed-request'
  | 'missing-signature'
  | 'certificate-url'
  | 'certificate-unavailable'
  | 'certificate-invalid'
  | 'certificate-expired'
  | 'certificate-domain'
  | 'certificate-untrusted'
  | 'signature-mismatch'
  | 'timestamp'
  | 'skill-id'
  | 'unverifiable';

/** A request that fails one of Alexa's rules. The message is safe to send back: it never echoes the request. */
export class RequestVerificationError extends Error {
  override name = 'RequestVerificationError';
  constructor(
    readonly reason: RejectionReason,
    message: string,
  ) {
    super(`${message} (${reason})`);
  }
}

export const CERT_URL_HOST = 's3.amazonaws.com';
export const CERT_URL_PATH_PREFIX = '/echo.api/';
export const ECHO_API_DOMAIN = 'echo-api.amazon.com';
export const TIMESTAMP_TOLERANCE_MS = 150_000;
export const SKILL_EVENT_TOLERANCE_MS = 3_600_000;
const MAX_CERT_CHAIN_BYTES = 64 * 1024;
const CERT_FETCH_TIMEOUT_MS = 5_000;
const MAX_CACHED_CHAINS = 16;
/** How long a URL whose certificate chain could not be downloaded (or parsed) is not tried again. */
export const FAILED_URL_MEMORY_MS = 60_000;
const MAX_FAILED_URLS = 256;
/** Certificate downloads that may start in any one minute (Alexa uses one URL at a time, cached once fetched). */
export const MAX_DOWNLOADS_PER_MINUTE = 12;
const MINUTE_MS = 60_000;

/** Fetches the PEM certificate chain at an already validated URL. */
export type CertChainFetcher = (url: string) => Promise<string>;

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
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rule 1. Throws unless the URL is one Alexa could have sent. */
export function checkCertChainUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new RequestVerificationError('certificate-url', 'SignatureCertChainUrl is not a URL');
  }
  // WHATWG URL lower-cases the scheme and host, drops a default :443, and resolves "." and ".." segments.
  if (url.protocol !== 'https:') throw new RequestVerificationError('certificate-url', 'SignatureCertChainUrl must use https');
  if (url.hostname !== CERT_URL_HOST)
    throw new RequestVerificationError('certificate-url', `SignatureCertChainUrl host must be ${CERT_URL_HOST}`);
  if (url.port !== '' && url.port !== '443')
    throw new RequestVerificationError('certificate-url', 'SignatureCertChainUrl port must be 443');
  if (url.username !== '' || url.password !== '')
    throw new RequestVerificationError('certificate-url', 'SignatureCertChainUrl must not carry credentials');
  if (!url.pathname.startsWith(CERT_URL_PATH_PREFIX))
    throw new RequestVerificationError('certificate-url', `SignatureCertChainUrl path must start with ${CERT_URL_PATH_PREFIX}`);
  return url;
}

/** Splits a PEM bundle into certificates, in order (signing certificate first). */
export function parseCertChain(pem: string): X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new RequestVerificationError('certificate-invalid', 'the certificate chain holds no certificate');
  try {
    return blocks.map((block) => new X509Certificate(block));
  } catch {
    throw new RequestVerificationError('certificate-invalid', 'the certificate chain could not be parsed');
  }
}

function isValidAt(cert: X509Certificate, now: number): boolean {
  const from = Date.parse(cert.validFrom);
  const to = Date.parse(cert.validTo);
  return Number.isFinite(from) && Number.isFinite(to) && from <= now && now <= to;
}

function issuedBy(child: X509Certificate, parent: X509Certificate): boolean {
  try {
    return child.checkIssued(parent) && child.verify(parent.publicKey);
  } catch {
    return false;
  }
}

function namesEchoApi(cert: X509Certificate): boolean {
  return (cert.subjectAltName ?? '').split(/,\s*/).some((entry) => entry === `DNS:${ECHO_API_DOMAIN}`);
}

/** Rule 2. Throws unless the chain is valid now, names echo-api.amazon.com, and ends at a trusted root. */
export function checkCertChain(chain: readonly X509Certificate[], roots: readonly X509Certificate[], now: number): X509Certificate {
  const signing = chain[0];
  if (!signing) throw new RequestVerificationError('certificate-invalid', 'the certificate chain holds no certificate');
  for (const cert of chain) {
    if (!isValidAt(cert, now))
      throw new RequestVerificationError('certificate-expired', 'the signing certificate has expired or is not yet valid');
  }
  if (!namesEchoApi(signing))
    throw new RequestVerificationError('certificate-domain', `the signing certificate does not name ${ECHO_API_DOMAIN}`);
  for (let i = 0; i + 1 < chain.length; i += 1) {
    const child = chain[i] as X509Certificate;
    const parent = chain[i + 1] as X509Certificate;
    if (!parent.ca || !issuedBy(child, parent))
      throw new RequestVerificationError(
        'certificate-untrusted',
        'the certificate chain is broken: a certificate is not signed by the next',
      );
  }
  const last = chain.at(-1) as X509Certificate;
  const anchored = roots.some(
    (root) => isValidAt(root, now) && (root.fingerprint256 === last.fingerprint256 || (root.ca && issuedBy(last, root))),
  );
  if (!anchored) throw new RequestVerificationError('certificate-untrusted', 'the certificate chain does not lead to a trusted root');
  return signing;
}

/** Rule 3. Signature-256 (SHA-256) if sent, else the legacy Signature (SHA-1), over the exact body bytes. */
export function checkSignature(signing: X509Certificate, body: string, headers: IncomingHttpHeaders | undefined): void {
  const sha256 = header(headers, 'Signature-256');
  const legacy = header(headers, 'Signature');
  const [algorithm, signature] = sha256 ? ['RSA-SHA256', sha256] : ['RSA-SHA1', legacy];
  if (!signature) throw new RequestVerificationError('missing-signature', 'the request is not signed');
  const verifier = createVerify(algorithm);
  verifier.update(Buffer.from(body, 'utf8'));
  let ok = false;
  try {
    ok = verifier.verify(signing.publicKey, signature, 'base64');
  } catch {
    ok = false;
  }
  if (!ok) throw new RequestVerificationError('signature-mismatch', 'the signature does not match the request body');
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

/** Downloads a certificate chain: HTTPS only, no redirects, a time limit and a size limit. */
export const downloadCertChain: CertChainFetcher = (url) =>
  new Promise((resolve, reject) => {
    const request = get(url, { timeout: CERT_FETCH_TIMEOUT_MS }, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        reject(new Error(`certificate download answered ${response.statusCode}`));
        return;
      }
      let size = 0;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_CERT_CHAIN_BYTES) request.destroy(new Error('certificate chain too large'));
        else chunks.push(chunk);
      });
      response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error('certificate download timed out')));
    request.on('error', reject);
  });

export class AlexaRequestVerifier implements Verifier {
  private readonly fetchCertChain: CertChainFetcher;
  private readonly now: () => number;
  private readonly rootPems: readonly string[];
  private roots: X509Certificate[] | undefined;
  /** Downloaded chains by URL. Only the download is cached: every request checks the chain again. */
  private readonly chains = new Map<string, Promise<X509Certificate[]>>();
  /** URLs whose download or parse failed recently, with that failure and when it happened. */
  private readonly failures = new Map<string, { error: RequestVerificationError; at: number }>();
  /** When the downloads of the last minute started. */
  private downloads: number[] = [];

  constructor(private readonly options: AlexaVerifierOptions) {
    this.fetchCertChain = options.fetchCertChain ?? downloadCertChain;
    this.now = options.now ?? Date.now;
    this.rootPems = options.trustedRoots ?? rootCertificates;
  }

  async verify(body: string, headers?: IncomingHttpHeaders): Promise<void> {
    try {
      await this.check(body, headers);
    } catch (error) {
      const known = error instanceof RequestVerificationError || error instanceof RequestRejectedError;
      const reason = error instanceof RequestVerificationError ? error.reason : known ? 'skill-id' : 'unverifiable';
      this.options.logger.warn('alexa request rejected', { reason, status: 400 });
      // Anything unexpected is still a rejection, with a message that cannot carry request content.
      if (known) throw error;
      throw new RequestVerificationError('unverifiable', 'the request could not be verified');
    }
  }

  private async check(body: string, headers: IncomingHttpHeaders | undefined): Promise<void> {
    const envelope = parseEnvelope(body);
    if (this.options.verifySignatures) {
      const url = header(headers, 'SignatureCertChainUrl');
      if (!url) throw new RequestVerificationError('missing-signature', 'the request has no SignatureCertChainUrl header');
      if (!header(headers, 'Signature-256') && !header(headers, 'Signature'))
        throw new RequestVerificationError('missing-signature', 'the request is not signed');
      const checkedUrl = checkCertChainUrl(url);
      // The timestamp before any download: a stale or undated request never makes the server fetch.
      checkTimestamp(envelope, this.now());
      const chain = await this.chainAt(checkedUrl.href, this.now());
      const signing = checkCertChain(chain, this.trustedRoots(), this.now());
      checkSignature(signing, body, headers);
    }
    assertAddressedTo(envelope, this.options.skillId);
  }

  private trustedRoots(): X509Certificate[] {
    this.roots ??= this.rootPems.flatMap((pem) => {
      try {
        return [new X509Certificate(pem)];
      } catch {
        return [];
      }
    });
    return this.roots;
  }

  private chainAt(url: string, now: number): Promise<X509Certificate[]> {
    const cached = this.chains.get(url);
    if (cached) return cached;
    const failed = this.failures.get(url);
    if (failed && now >= failed.at && now - failed.at < FAILED_URL_MEMORY_MS) return Promise.reject(failed.error);
    this.failures.delete(url);
    this.downloads = this.downloads.filter((at) => now >= at && now - at < MINUTE_MS);
    if (this.downloads.length >= MAX_DOWNLOADS_PER_MINUTE)
      return Promise.reject(new RequestVerificationError('certificate-unavailable', 'the signing certificate could not be downloaded'));
    this.downloads.push(now);
    const loading = this.fetchCertChain(url).then(
      (pem) => parseCertChain(pem),
      () => {
        throw new RequestVerificationError('certificate-unavailable', 'the signing certificate could not be downloaded');
      },
    );
    // A failed download is not cached as a chain, but remembered for a while: until then, requests naming the
    // URL are rejected for the same reason without fetching it again.
    loading.catch((error: unknown) => {
      if (this.chains.get(url) === loading) this.chains.delete(url);
      const known =
        error instanceof RequestVerificationError
          ? error
          : new RequestVerificationError('certificate-unavailable', 'the signing certificate could not be downloaded');
      this.failures.delete(url);
      if (this.failures.size >= MAX_FAILED_URLS) this.failures.delete(this.failures.keys().next().value as string);
      this.failures.set(url, { error: known, at: this.now() });
    });
    if (this.chains.size >= MAX_CACHED_CHAINS) this.chains.delete(this.chains.keys().next().value as string);
    this.chains.set(url, loading);
    return loading;
  }
}

/** The body as a request envelope: a JSON object with a request that has a type. */
export function parseEnvelope(body: unknown): Record<string, unknown> {
  if (typeof body !== 'string' || body.trim() === '') throw new RequestVerificationError('malformed-request', 'the request body is empty');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new RequestVerificationError('malformed-request', 'the request body is not valid JSON');
  }
  if (!isRecord(parsed) || !isRecord(parsed.request) || typeof parsed.request.type !== 'string')
    throw new RequestVerificationError('malformed-request', 'the request body is not an Alexa request envelope');
  return parsed;
}
