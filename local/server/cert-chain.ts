// Alexa's rules 1 and 2 for a self-hosted endpoint: where the signing certificate may come from, and what
// makes its chain acceptable.
//
// The chain is checked by node-forge's pki.verifyCertificateChain, an RFC 5280 path validation (each
// certificate signed by the next and its issuer named, CA basic constraints and path length, CA key usage,
// name constraints from every CA above a certificate and from the trust anchor, unknown critical extensions
// refused), not by code of our own. What Amazon adds is ours: the signing certificate names
// echo-api.amazon.com, and may sign. Dates are checked apart, on every request, from the window this returns
// (see ValidChain), so a chain downloaded before it became valid need not be downloaded again.
//
// node-forge reads RSA keys only; Amazon's chain is RSA. A chain with another kind of key is refused
// (certificate-invalid), never accepted unchecked.
import { type KeyObject, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { RequestVerificationError } from './verification-error';

export const CERT_URL_HOST = 's3.amazonaws.com';
export const CERT_URL_PATH_PREFIX = '/echo.api/';
export const ECHO_API_DOMAIN = 'echo-api.amazon.com';
/**
 * Longer than any certificate URL Amazon has used (about 55 characters) by far. A longer one is refused before
 * any work: it would otherwise be parsed, and remembered (as a failed URL) in memory, at whatever length it came.
 */
export const MAX_CERT_URL_LENGTH = 256;
/** More certificates than any real chain has: a bound on the work one download can cause. */
const MAX_CHAIN_CERTIFICATES = 8;

function urlError(message: string): RequestVerificationError {
  return new RequestVerificationError('certificate-url', `SignatureCertChainUrl ${message}`);
}

/** Throws for a certificate URL longer than MAX_CERT_URL_LENGTH (a missing one is left to rule 3's check). */
export function refuseOverlongCertUrl(raw: string | undefined): void {
  if (raw !== undefined && raw.length > MAX_CERT_URL_LENGTH) throw urlError(`is longer than ${MAX_CERT_URL_LENGTH} characters`);
}

/**
 * Rule 1: the URL Alexa could have sent, in the one form it is cached and downloaded under. Throws unless it
 * is https, host s3.amazonaws.com, port 443 if any, a path under /echo.api/ once "." and ".." are resolved,
 * with no credentials, query, fragment or percent-encoding: each of those would make one certificate
 * reachable under endless names, each a download of its own.
 */
export function normaliseCertChainUrl(raw: string): string {
  refuseOverlongCertUrl(raw);
  if (raw.includes('?') || raw.includes('#')) throw urlError('must not carry a query or a fragment');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw urlError('is not a URL');
  }
  // WHATWG URL lower-cases the scheme and host, drops a default :443, and resolves "." and ".." segments.
  if (url.protocol !== 'https:') throw urlError('must use https');
  if (url.hostname !== CERT_URL_HOST) throw urlError(`host must be ${CERT_URL_HOST}`);
  if (url.port !== '') throw urlError('port must be 443');
  if (url.username !== '' || url.password !== '') throw urlError('must not carry credentials');
  if (!url.pathname.startsWith(CERT_URL_PATH_PREFIX)) throw urlError(`path must start with ${CERT_URL_PATH_PREFIX}`);
  // Also what the URL parser encoded itself (spaces, non-ASCII): Amazon's names are plain.
  if (url.pathname.includes('%')) throw urlError('must not be percent-encoded');
  return `https://${CERT_URL_HOST}${url.pathname}`;
}

/** A chain that passed path validation: the key that signs requests, and when every certificate is valid. */
export interface ValidChain {
  signingKey: KeyObject;
  /** The latest notBefore and the earliest notAfter of the chain and its trust anchor, in ms. */
  validFrom: number;
  validTo: number;
}

/** The roots a chain may end at, parsed once. Roots node-forge cannot read (not RSA) are left out. */
export class TrustAnchors {
  private store: forge.pki.CAStore | undefined;

  constructor(private readonly pems: readonly string[]) {}

  caStore(): forge.pki.CAStore {
    this.store ??= forge.pki.createCaStore(
      this.pems.flatMap((pem) => {
        try {
          return [forge.pki.certificateFromPem(pem)];
        } catch {
          return [];
        }
      }),
    );
    return this.store;
  }
}

function splitPem(pem: string): string[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new RequestVerificationError('certificate-invalid', 'the certificate chain holds no certificate');
  if (blocks.length > MAX_CHAIN_CERTIFICATES)
    throw new RequestVerificationError('certificate-invalid', 'the certificate chain holds too many certificates');
  return blocks;
}

function parse(blocks: readonly string[]): forge.pki.Certificate[] {
  try {
    return blocks.map((block) => forge.pki.certificateFromPem(block));
  } catch {
    throw new RequestVerificationError('certificate-invalid', 'the certificate chain could not be parsed (or holds a key that is not RSA)');
  }
}

/** The trusted roots that issued and signed a certificate, the one valid longest first. */
function trustedSigners(cert: forge.pki.Certificate, store: forge.pki.CAStore): forge.pki.Certificate[] {
  const found = store.getIssuer(cert) as forge.pki.Certificate | forge.pki.Certificate[] | null;
  const candidates = found === null ? [] : Array.isArray(found) ? found : [found];
  return candidates
    .filter((root) => {
      try {
        return root.verify(cert);
      } catch {
        return false;
      }
    })
    .sort((a, b) => b.validity.notAfter.getTime() - a.validity.notAfter.getTime());
}

/**
 * The chain up to the first certificate a trusted root signed. Amazon's bundle goes on past its root: after
 * "Amazon Root CA 1" come cross-certificates from Starfield, whose old root is no longer trusted. Like
 * openssl (trusted first), the path ends at the trusted root; what lies above it is not part of the path.
 */
function pathToTrustedRoot(chain: readonly forge.pki.Certificate[], store: forge.pki.CAStore): forge.pki.Certificate[] {
  const end = chain.findIndex((cert) => trustedSigners(cert, store).length > 0);
  return end === -1 ? [...chain] : chain.slice(0, end + 1);
}

/** node-forge's code for a chain that ends at no trusted root (pki.certificateError, which its types omit). */
const UNKNOWN_CA = 'forge.pki.UnknownCertificateAuthority';

function pathError(error: unknown): RequestVerificationError {
  const code = (error as { error?: unknown } | null)?.error;
  const detail = (error as { message?: unknown } | null)?.message;
  // node-forge's messages are its own fixed sentences ("… pathLenConstraint violated."), never certificate content.
  const why = typeof detail === 'string' ? `: ${detail.slice(0, 120)}` : '';
  if (code === UNKNOWN_CA)
    return new RequestVerificationError('certificate-untrusted', 'the certificate chain does not lead to a trusted root');
  return new RequestVerificationError('certificate-untrusted', `the certificate chain is not valid${why}`);
}

function namesEchoApi(leaf: forge.pki.Certificate): boolean {
  const san = leaf.getExtension('subjectAltName') as { altNames?: { type: number; value: string }[] } | null;
  // GeneralName type 2 is dNSName: the SAN itself, never the common name.
  return (san?.altNames ?? []).some((name) => name.type === 2 && name.value.toLowerCase() === ECHO_API_DOMAIN);
}

function maySign(leaf: forge.pki.Certificate): boolean {
  const keyUsage = leaf.getExtension('keyUsage') as { digitalSignature?: boolean } | null;
  return keyUsage === null || keyUsage.digitalSignature === true;
}

/** Rule 2 (all but the dates): throws unless the PEM chain is a valid path to a trusted root for echo-api.amazon.com. */
export function validateCertChain(pem: string, anchors: TrustAnchors): ValidChain {
  const blocks = splitPem(pem);
  const store = anchors.caStore();
  const chain = pathToTrustedRoot(parse(blocks), store);
  try {
    // Dates are left to the caller (validityCheckDate: null), which checks the window below on every request.
    forge.pki.verifyCertificateChain(store, chain, { validityCheckDate: null });
  } catch (error) {
    throw pathError(error);
  }
  const leaf = chain[0] as forge.pki.Certificate;
  if (!namesEchoApi(leaf))
    throw new RequestVerificationError('certificate-domain', `the signing certificate does not name ${ECHO_API_DOMAIN}`);
  if (!maySign(leaf)) throw new RequestVerificationError('certificate-invalid', 'the signing certificate may not be used for signatures');
  const last = chain.at(-1) as forge.pki.Certificate;
  const anchor = store.hasCertificate(last) ? last : trustedSigners(last, store)[0];
  const dated = anchor ? [...chain, anchor] : chain;
  return {
    signingKey: new X509Certificate(blocks[0] as string).publicKey,
    validFrom: Math.max(...dated.map((cert) => cert.validity.notBefore.getTime())),
    validTo: Math.min(...dated.map((cert) => cert.validity.notAfter.getTime())),
  };
}

/** Rule 2's dates, on every request: every certificate of the chain, and its trust anchor, valid now. */
export function checkValidAt(chain: ValidChain, now: number): void {
  if (now < chain.validFrom || now > chain.validTo)
    throw new RequestVerificationError('certificate-expired', 'a certificate in the chain has expired or is not yet valid');
}
