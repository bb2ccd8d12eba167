// Throw-away X.509 certificates for signature tests, made by the openssl command (Debian's openssl package,
// as on every machine this project runs on): a root CA the test trusts, intermediates, and signing
// certificates for echo-api.amazon.com, with whatever path length, name constraints, key usage and dates a
// test needs. `openssl verify` gives a second opinion on any chain (opensslAccepts). Nothing here is for
// production.
import { execFileSync, spawnSync } from 'node:child_process';
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
  /** basicConstraints pathlen (CA certificates only). */
  pathLength?: number;
  /** keyUsage bits, as openssl names them (default: keyCertSign, cRLSign for a CA; digitalSignature otherwise). */
  keyUsage?: string[];
  /** nameConstraints, as openssl writes them, e.g. "permitted;DNS:example.com". */
  nameConstraints?: string;
  /** DNS subject alternative names. */
  dnsNames?: string[];
  notBefore?: Date;
  notAfter?: Date;
  /** The subject's key (default: a new 2048-bit RSA key; reusing one saves time). */
  privateKey?: KeyObject;
}

const DAY = 24 * 60 * 60 * 1000;

/** openssl ca's UTCTime form, YYMMDDHHMMSSZ. */
function asn1Time(date: Date): string {
  return `${date.toISOString().replace(/[-:T]/g, '').slice(2, 14)}Z`;
}

function extensions(options: CertificateOptions): string {
  const lines = [
    options.ca
      ? `basicConstraints = critical,CA:TRUE${options.pathLength === undefined ? '' : `,pathlen:${options.pathLength}`}`
      : 'basicConstraints = critical,CA:FALSE',
  ];
  const usage = options.keyUsage ?? (options.ca ? ['keyCertSign', 'cRLSign'] : ['digitalSignature']);
  if (usage.length > 0) lines.push(`keyUsage = critical,${usage.join(',')}`);
  if (options.nameConstraints) lines.push(`nameConstraints = critical,${options.nameConstraints}`);
  if (options.dnsNames?.length) lines.push(`subjectAltName = ${options.dnsNames.map((dns) => `DNS:${dns}`).join(',')}`);
  // Key identifiers, which openssl verify -x509_strict requires of every certificate below a root.
  lines.push('subjectKeyIdentifier = hash');
  if (options.issuer) lines.push('authorityKeyIdentifier = keyid:always');
  return `[ext]\n${lines.join('\n')}\n`;
}

const CA_CONFIG = `[ca]
default_ca = test_ca
[test_ca]
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha256
policy = any_name
preserve = yes
email_in_dn = no
unique_subject = no
[any_name]
organizationName = optional
commonName = supplied
`;

export function makeCertificate(options: CertificateOptions): TestCertificate {
  const key = options.privateKey ?? generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const dir = mkdtempSync(join(tmpdir(), 'test-cert-'));
  try {
    const file = (name: string, text: string): string => {
      writeFileSync(join(dir, name), text);
      return name;
    };
    file('key.pem', key.export({ type: 'pkcs8', format: 'pem' }) as string);
    file('ca.cnf', CA_CONFIG);
    file('ext.cnf', extensions(options));
    file('index.txt', '');
    file('serial', `${Date.now().toString(16)}${Math.floor(Math.random() * 0xffff).toString(16)}`.padStart(16, '0'));
    const run = (args: string[]): void => {
      execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    };
    run(['req', '-new', '-key', 'key.pem', '-subj', `/O=Test only/CN=${options.commonName}`, '-out', 'req.csr']);
    const signer = options.issuer
      ? [
          '-cert',
          file('issuer.pem', options.issuer.pem),
          '-keyfile',
          file('issuer-key.pem', options.issuer.key.export({ type: 'pkcs8', format: 'pem' }) as string),
        ]
      : ['-selfsign', '-keyfile', 'key.pem'];
    run([
      'ca',
      '-batch',
      '-config',
      'ca.cnf',
      '-notext',
      '-in',
      'req.csr',
      '-out',
      'cert.pem',
      '-startdate',
      asn1Time(options.notBefore ?? new Date(Date.now() - DAY)),
      '-enddate',
      asn1Time(options.notAfter ?? new Date(Date.now() + 30 * DAY)),
      '-extfile',
      'ext.cnf',
      '-extensions',
      'ext',
      ...signer,
    ]);
    return { pem: readFileSync(join(dir, 'cert.pem'), 'utf8'), key, commonName: options.commonName };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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

/** Whether `openssl verify` accepts the chain (signing certificate first) as a path to the root, for a TLS server named host. */
export function opensslAccepts(root: string, chain: readonly string[], host = 'echo-api.amazon.com'): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'test-verify-'));
  try {
    writeFileSync(join(dir, 'root.pem'), root);
    writeFileSync(join(dir, 'untrusted.pem'), chain.slice(1).join(''));
    writeFileSync(join(dir, 'leaf.pem'), chain[0] ?? '');
    const untrusted = chain.length > 1 ? ['-untrusted', 'untrusted.pem'] : [];
    const result = spawnSync(
      'openssl',
      ['verify', '-x509_strict', '-purpose', 'sslserver', '-verify_hostname', host, '-CAfile', 'root.pem', ...untrusted, 'leaf.pem'],
      {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return result.status === 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function sign(body: string | Buffer, key: KeyObject, algorithm: 'sha256' | 'sha1' = 'sha256'): string {
  return createSign(algorithm)
    .update(typeof body === 'string' ? Buffer.from(body, 'utf8') : body)
    .sign(key, 'base64');
}
