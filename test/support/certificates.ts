// Throw-away X.509 certificates for signature tests, made here with node:crypto (no openssl, no extra
// package): a root CA the test trusts, an intermediate, and a signing certificate for echo-api.amazon.com,
// the same shape as Amazon's chain. Only the DER needed for that is written; nothing here is for production.
import { createPublicKey, createSign, generateKeyPairSync, type KeyObject, randomBytes } from 'node:crypto';

function encodeLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let n = length; n > 0; n >>= 8) bytes.unshift(n & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function tlv(tag: number, content: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), encodeLength(content.length), content]);
}

const sequence = (...items: Buffer[]): Buffer => tlv(0x30, Buffer.concat(items));
const set = (...items: Buffer[]): Buffer => tlv(0x31, Buffer.concat(items));
const explicit = (n: number, content: Buffer): Buffer => tlv(0xa0 + n, content);
const octetString = (content: Buffer): Buffer => tlv(0x04, content);
const bitString = (content: Buffer): Buffer => tlv(0x03, Buffer.concat([Buffer.from([0]), content]));
const utf8 = (text: string): Buffer => tlv(0x0c, Buffer.from(text, 'utf8'));
const boolean = (value: boolean): Buffer => tlv(0x01, Buffer.from([value ? 0xff : 0]));

function integer(bytes: Buffer): Buffer {
  const positive = (bytes[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes;
  return tlv(0x02, positive);
}

function oid(dotted: string): Buffer {
  const [first = 0, second = 0, ...rest] = dotted.split('.').map(Number);
  const bytes = [first * 40 + second];
  for (const part of rest) {
    const chunk = [part & 0x7f];
    for (let n = part >> 7; n > 0; n >>= 7) chunk.unshift((n & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(0x06, Buffer.from(bytes));
}

function time(date: Date): Buffer {
  const iso = date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const year = date.getUTCFullYear();
  return year >= 1950 && year < 2050 ? tlv(0x17, Buffer.from(`${iso.slice(2)}Z`)) : tlv(0x18, Buffer.from(`${iso}Z`));
}

const SHA256_WITH_RSA = sequence(oid('1.2.840.113549.1.1.11'), Buffer.from([0x05, 0x00]));

function name(commonName: string): Buffer {
  return sequence(set(sequence(oid('2.5.4.10'), utf8('Test only'))), set(sequence(oid('2.5.4.3'), utf8(commonName))));
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return sequence(oid(id), ...(critical ? [boolean(true)] : []), octetString(value));
}

export interface TestCertificate {
  pem: string;
  key: KeyObject;
  commonName: string;
}

export interface CertificateOptions {
  commonName: string;
  /** The issuer; omitted for a self-signed root. */
  issuer?: TestCertificate;
  ca?: boolean;
  /** DNS subject alternative names. */
  dnsNames?: string[];
  notBefore?: Date;
  notAfter?: Date;
  /** The subject's key (default: a new 2048-bit RSA key; reusing one saves time). */
  privateKey?: KeyObject;
}

const DAY = 24 * 60 * 60 * 1000;

export function makeCertificate(options: CertificateOptions): TestCertificate {
  const privateKey = options.privateKey ?? generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const publicKey = createPublicKey(privateKey);
  const issuerName = name(options.issuer?.commonName ?? options.commonName);
  const signingKey = options.issuer?.key ?? privateKey;
  const extensions = [extension('2.5.29.19', true, options.ca ? sequence(boolean(true)) : sequence())];
  if (options.ca) extensions.push(extension('2.5.29.15', true, tlv(0x03, Buffer.from([0x01, 0x06])))); // keyCertSign, cRLSign
  if (options.dnsNames?.length) {
    extensions.push(extension('2.5.29.17', false, sequence(...options.dnsNames.map((dns) => tlv(0x82, Buffer.from(dns, 'ascii'))))));
  }
  const tbs = sequence(
    explicit(0, integer(Buffer.from([2]))),
    integer(randomBytes(12)),
    SHA256_WITH_RSA,
    issuerName,
    sequence(time(options.notBefore ?? new Date(Date.now() - DAY)), time(options.notAfter ?? new Date(Date.now() + 30 * DAY))),
    name(options.commonName),
    publicKey.export({ type: 'spki', format: 'der' }),
    explicit(3, sequence(...extensions)),
  );
  const signature = createSign('sha256').update(tbs).sign(signingKey);
  const der = sequence(tbs, SHA256_WITH_RSA, bitString(signature));
  const base64 = der.toString('base64').replace(/(.{64})/g, '$1\n');
  return {
    pem: `-----BEGIN CERTIFICATE-----\n${base64.trim()}\n-----END CERTIFICATE-----\n`,
    key: privateKey,
    commonName: options.commonName,
  };
}

/** A root CA, an intermediate, and a signing certificate for echo-api.amazon.com, as Amazon's chain is. */
export function makeAlexaChain(leaf: Partial<CertificateOptions> = {}): {
  root: TestCertificate;
  intermediate: TestCertificate;
  signing: TestCertificate;
  chainPem: string;
} {
  const root = makeCertificate({ commonName: 'Test Root CA', ca: true, notAfter: new Date(Date.now() + 365 * DAY) });
  const intermediate = makeCertificate({ commonName: 'Test Intermediate CA', ca: true, issuer: root });
  const signing = makeCertificate({ commonName: 'echo-api.amazon.com', dnsNames: ['echo-api.amazon.com'], issuer: intermediate, ...leaf });
  return { root, intermediate, signing, chainPem: signing.pem + intermediate.pem };
}

export function sign(body: string, key: KeyObject, algorithm: 'sha256' | 'sha1' = 'sha256'): string {
  return createSign(algorithm).update(Buffer.from(body, 'utf8')).sign(key, 'base64');
}
