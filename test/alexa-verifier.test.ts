// The /alexa verifier on its own (no server): the certificate path validation, checked case by case against
// chains made by openssl (and openssl verify's own verdict on each), the real Amazon chain of 2017, kept
// chains and their refresh, and that no run of unsigned or forged requests can get a correctly signed one
// turned away. Certificates come from the test through an injected fetcher, never a download.
import { verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rootCertificates } from 'node:tls';
import fc from 'fast-check';
import { launchRequest, newSession } from '../local/envelope';
import { AlexaRequestVerifier } from '../local/server/alexa-verifier';
import { checkValidAt, normaliseCertChainUrl, TrustAnchors, validateCertChain } from '../local/server/cert-chain';
import {
  isAmazonPatternUrl,
  MAX_PARALLEL_DOWNLOADS,
  MAX_PLACES_PER_REQUESTER,
  MAX_WAITING_DOWNLOADS,
  REFRESH_AFTER_MS,
} from '../local/server/cert-store';
import {
  type CertificateOptions,
  makeAlexaChain,
  makeCertificate,
  opensslAccepts,
  sign,
  type TestCertificate,
} from './support/certificates';
import { SIGNATURE_VECTORS } from './support/corpus';
import { memoryLogger } from './support/logs';

const DAY = 24 * 60 * 60 * 1000;
const ECHO = 'echo-api.amazon.com';
const urlOf = (name: string): string => `https://s3.amazonaws.com/echo.api/${name}.pem`;

/** A verifier whose certificates come from `certificates` (a missing URL answers like a 404), on a clock the test sets. */
function verifierFor(roots: readonly string[], certificates: Map<string, string>, clock: { now: number } = { now: Date.now() }) {
  const fetched: string[] = [];
  const verifier = new AlexaRequestVerifier({
    verifySignatures: true,
    logger: memoryLogger(),
    trustedRoots: roots,
    now: () => clock.now,
    fetchCertChain: async (url) => {
      fetched.push(url);
      const pem = certificates.get(url);
      if (pem === undefined) throw new Error('404');
      return pem;
    },
  });
  return { verifier, fetched, clock };
}

function launchBody(at: number): string {
  const envelope = launchRequest({ locale: 'en-AU' }, newSession()) as unknown as { request: { timestamp: string } };
  envelope.request.timestamp = new Date(at).toISOString();
  return JSON.stringify(envelope);
}

function headers(body: string | Buffer, key: TestCertificate['key'], url: string): Record<string, string> {
  return { signaturecertchainurl: url, 'signature-256': sign(body, key) };
}

/** 'accepted', or the reason the verifier gave. */
async function outcome(
  verifier: AlexaRequestVerifier,
  body: string | Buffer,
  sent: Record<string, string>,
  requester?: string,
): Promise<string> {
  try {
    await verifier.verify(Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'), sent, requester);
    return 'accepted';
  } catch (error) {
    return (error as { reason?: string }).reason ?? String(error);
  }
}

describe('path validation (RFC 5280, by node-forge), with chains made by openssl and judged by openssl verify too', () => {
  // One key per role, reused across cases: each case has its own root, so names, not keys, tell them apart.
  const keys = {
    root: makeCertificate({ commonName: 'key holder root', ca: true }).key,
    ca: makeCertificate({ commonName: 'key holder ca', ca: true }).key,
    sub: makeCertificate({ commonName: 'key holder sub', ca: true }).key,
    leaf: makeCertificate({ commonName: 'key holder leaf' }).key,
  };
  const now = Date.now();
  const expired = { notBefore: new Date(now - 10 * DAY), notAfter: new Date(now - DAY) };

  interface Case {
    name: string;
    root?: Partial<CertificateOptions>;
    intermediate?: Partial<CertificateOptions>;
    /** A CA between the intermediate and the signing certificate. */
    sub?: Partial<CertificateOptions>;
    leaf?: Partial<CertificateOptions>;
    expected: string;
  }

  const cases: Case[] = [
    { name: 'a root, an intermediate and a signing certificate, as Amazon has', expected: 'accepted' },
    { name: 'a pathlen:0 intermediate issuing the signing certificate', intermediate: { pathLength: 0 }, expected: 'accepted' },
    {
      name: 'a pathlen:0 intermediate, then a sub-CA, then the leaf',
      intermediate: { pathLength: 0 },
      sub: {},
      expected: 'certificate-untrusted',
    },
    {
      name: 'an intermediate name-constrained to example.com issuing echo-api.amazon.com',
      intermediate: { nameConstraints: 'permitted;DNS:example.com' },
      expected: 'certificate-untrusted',
    },
    {
      name: 'an intermediate that excludes amazon.com issuing echo-api.amazon.com',
      intermediate: { nameConstraints: 'excluded;DNS:amazon.com' },
      expected: 'certificate-untrusted',
    },
    {
      name: 'a root name-constrained to example.com (constraints of the trust anchor apply too)',
      root: { nameConstraints: 'permitted;DNS:example.com' },
      expected: 'certificate-untrusted',
    },
    {
      name: 'an intermediate name-constrained to amazon.com',
      intermediate: { nameConstraints: 'permitted;DNS:amazon.com' },
      expected: 'accepted',
    },
    {
      name: 'an intermediate whose key usage does not allow signing certificates',
      intermediate: { keyUsage: ['digitalSignature'] },
      expected: 'certificate-untrusted',
    },
    {
      name: 'an intermediate that is not a CA',
      intermediate: { ca: false, keyUsage: ['digitalSignature', 'keyCertSign'] },
      expected: 'certificate-untrusted',
    },
    {
      name: 'a signing certificate whose key usage does not allow signatures',
      leaf: { keyUsage: ['cRLSign'] },
      expected: 'certificate-invalid',
    },
    { name: 'a signing certificate for another name', leaf: { dnsNames: ['example.com'] }, expected: 'certificate-domain' },
    { name: 'an expired signing certificate', leaf: expired, expected: 'certificate-expired' },
    {
      name: 'a signing certificate not valid for another day',
      leaf: { notBefore: new Date(now + DAY), notAfter: new Date(now + 30 * DAY) },
      expected: 'certificate-expired',
    },
    { name: 'an expired intermediate', intermediate: expired, expected: 'certificate-expired' },
    { name: 'an expired root', root: expired, expected: 'certificate-expired' },
  ];

  const built = cases.map((c, index) => {
    const root = makeCertificate({ commonName: `Case ${index} Root`, ca: true, privateKey: keys.root, ...c.root });
    const intermediate = makeCertificate({
      commonName: `Case ${index} CA`,
      ca: true,
      issuer: root,
      privateKey: keys.ca,
      ...c.intermediate,
    });
    const sub = c.sub
      ? makeCertificate({ commonName: `Case ${index} Sub-CA`, ca: true, issuer: intermediate, privateKey: keys.sub, ...c.sub })
      : undefined;
    const leaf = makeCertificate({ commonName: ECHO, dnsNames: [ECHO], issuer: sub ?? intermediate, privateKey: keys.leaf, ...c.leaf });
    const chain = [leaf.pem, ...(sub ? [sub.pem] : []), intermediate.pem];
    return { ...c, root, chain, url: urlOf(`case-${index}`) };
  });

  test.each(built)('$name: $expected, as openssl verify judges it', async ({ root, chain, url, expected }) => {
    expect(opensslAccepts(root.pem, chain)).toBe(expected === 'accepted');
    const { verifier } = verifierFor([root.pem], new Map([[url, chain.join('')]]), { now });
    const body = launchBody(now);
    expect(await outcome(verifier, body, headers(body, keys.leaf, url))).toBe(expected);
  });

  test('the chain must end at a trusted root: another root of the same name (another key) is not it', () => {
    const [first] = built;
    if (!first) throw new Error('no case');
    const impostor = makeCertificate({ commonName: 'Case 0 Root', ca: true, privateKey: keys.sub });
    expect(() => validateCertChain(first.chain.join(''), new TrustAnchors([impostor.pem]))).toThrow(/certificate-untrusted/);
    expect(() => validateCertChain(first.chain.join(''), new TrustAnchors([]))).toThrow(/certificate-untrusted/);
  });
});

describe("Amazon's real certificate chains, against Node's bundled roots", () => {
  const anchors = new TrustAnchors(rootCertificates);
  const chainFile = (name: string) => readFileSync(join(SIGNATURE_VECTORS, 'certs', name), 'utf8');

  // Their bundles run on past "Amazon Root CA 1" to a cross-certificate from a Starfield root that is no longer
  // trusted: the path must end at the trusted root, as openssl's does.
  test.each([
    ['ask-sdk-express-adapter_echo-api-cert-7_2019-05_to_2020-05.pem', '2019-06-01', '2020-06-01'],
    ['alexa-verifier_echo-api-cert-8_2020-03_to_2021-03.pem', '2020-04-01', '2021-04-01'],
    ['alexa-verifier_echo-api-cert-12_2023-03_to_2023-12.pem', '2023-04-01', '2024-01-01'],
  ])('%s is a valid path, valid on %s and expired on %s', (name, during, after) => {
    const chain = validateCertChain(chainFile(name), anchors);
    expect(() => checkValidAt(chain, Date.parse(during))).not.toThrow();
    expect(() => checkValidAt(chain, Date.parse(after))).toThrow(/certificate-expired/);
  });

  test.each([['alexa-verifier_cert-expired_2015.pem'], ['alexa-verifier_cert-latest_2017-10_to_2018-07.pem']])(
    '%s (under the retired Symantec roots) leads to no trusted root',
    (name) => {
      expect(() => validateCertChain(chainFile(name), anchors)).toThrow(/certificate-untrusted/);
    },
  );
});

describe('the real Amazon chain of 2017 and its signed requests', () => {
  const pem = readFileSync(join(SIGNATURE_VECTORS, 'echo-api-cert-4_valid-2016-10-07_to_2017-10-30.pem'), 'utf8');
  // Node no longer ships the retired VeriSign G5 root, so the test trusts the chain's issuing CA.
  const issuingCa = pem.slice(pem.lastIndexOf('-----BEGIN CERTIFICATE-----'));
  const vectors = ['av-valid-signature-2017-02-10', 'av-valid-signature-utf8-pokemon-2017-04-05', 'jovo-launch-2017-06-12'].map((name) => ({
    name,
    vector: JSON.parse(readFileSync(join(SIGNATURE_VECTORS, `${name}.vector.json`), 'utf8')) as {
      signature: string;
      requestTimestamp: string;
      signatureCertChainUrl: string;
    },
    body: readFileSync(join(SIGNATURE_VECTORS, `${name}.body.json`)),
  }));

  test.each(vectors)('$name: the chain passes path validation when signed, and its key verifies the real signature', ({ vector, body }) => {
    const chain = validateCertChain(pem, new TrustAnchors([issuingCa]));
    const signedAt = Date.parse(vector.requestTimestamp);
    expect(() => checkValidAt(chain, signedAt)).not.toThrow();
    expect(() => checkValidAt(chain, Date.parse('2018-01-01T00:00:00Z'))).toThrow(/certificate-expired/);
    expect(verify('sha1', body, chain.signingKey, Buffer.from(vector.signature, 'base64'))).toBe(true);
  });

  test.each(vectors)(
    '$name: refused at the time it was signed, for it is signed with SHA-1 only, before any download',
    async ({ vector, body }) => {
      const { verifier, fetched } = verifierFor([issuingCa], new Map([[vector.signatureCertChainUrl, pem]]), {
        now: Date.parse(vector.requestTimestamp) + 1_000,
      });
      const legacy = { signaturecertchainurl: vector.signatureCertChainUrl, signature: vector.signature };
      expect(await outcome(verifier, body, legacy)).toBe('missing-signature');
      expect(await outcome(verifier, body, { ...legacy, 'signature-256': '  ' })).toBe('missing-signature');
      expect(fetched).toEqual([]);
    },
  );
});

describe('certificate URLs are cached under one normalised name', () => {
  test.each([
    ['https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem', urlOf('echo-api-cert-12')],
    ['HTTPS://S3.AMAZONAWS.COM:443/echo.api/echo-api-cert-12.pem', urlOf('echo-api-cert-12')],
    ['https://s3.amazonaws.com/echo.api/../echo.api/./echo-api-cert-12.pem', urlOf('echo-api-cert-12')],
  ])('%s is %s', (raw, normalised) => {
    expect(normaliseCertChainUrl(raw)).toBe(normalised);
  });

  test.each([
    'https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem#1',
    'https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem#',
    'https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem?1',
    'https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem?',
    'https://s3.amazonaws.com/echo.api/%65cho-api-cert-12.pem',
    'https://s3.amazonaws.com/echo.api/echo api.pem',
  ])('%s is refused', (raw) => {
    expect(() => normaliseCertChainUrl(raw)).toThrow(/certificate-url/);
  });
});

describe('no run of unsigned or forged requests gets a correctly signed one turned away', () => {
  const amazon = makeAlexaChain();
  // A real-looking chain at another URL, from the same trusted root, whose key the forger does not have either.
  const other = makeCertificate({ commonName: ECHO, dnsNames: [ECHO], issuer: amazon.intermediate, privateKey: amazon.root.key });
  const forger = makeCertificate({ commonName: ECHO, dnsNames: [ECHO] });
  const GENUINE = urlOf('echo-api-cert-genuine');
  const OTHER = urlOf('echo-api-cert-other');
  const certificates = new Map([
    [GENUINE, amazon.chainPem],
    [OTHER, other.pem + amazon.intermediate.pem],
    [urlOf('echo-api-cert-next'), amazon.chainPem],
  ]);

  /** The review's reproduction: ~12 forged requests a minute, naming the genuine URL with #1, #2, … */
  test('forged requests naming the genuine URL with fragments or queries are refused without a download', async () => {
    const { verifier, fetched, clock } = verifierFor([amazon.root.pem], certificates);
    for (let i = 0; i < 50; i += 1) {
      const body = launchBody(clock.now);
      const url = i % 2 === 0 ? `${GENUINE}#${i}` : `${GENUINE}?${i}`;
      expect(await outcome(verifier, body, headers(body, forger.key, url))).toBe('certificate-url');
    }
    expect(fetched).toEqual([]);
    const body = launchBody(clock.now);
    expect(await outcome(verifier, body, headers(body, amazon.signing.key, GENUINE))).toBe('accepted');
  });

  test('a kept chain is never downloaded again for forged requests, and stays kept', async () => {
    const { verifier, fetched, clock } = verifierFor([amazon.root.pem], certificates);
    const genuine = launchBody(clock.now);
    expect(await outcome(verifier, genuine, headers(genuine, amazon.signing.key, GENUINE))).toBe('accepted');
    for (let i = 0; i < 100; i += 1) {
      const body = launchBody(clock.now);
      expect(await outcome(verifier, body, headers(body, forger.key, GENUINE))).toBe('signature-mismatch');
      const url = urlOf(`forged-${i}`);
      expect(await outcome(verifier, body, headers(body, forger.key, url))).toBe('certificate-unavailable');
    }
    expect(fetched.filter((url) => url === GENUINE)).toHaveLength(1);
    const later = launchBody(clock.now);
    expect(await outcome(verifier, later, headers(later, amazon.signing.key, GENUINE))).toBe('accepted');
  });

  /**
   * A verifier whose downloads of `answered` URLs succeed at once, and of any other URL (the forger's) only when
   * the test lets them fail, one by one from `held` (as a slow server would).
   */
  function holdingVerifier(answered: ReadonlyMap<string, string>) {
    const held: (() => void)[] = [];
    const started: string[] = [];
    const verifier = new AlexaRequestVerifier({
      verifySignatures: true,
      logger: memoryLogger(),
      trustedRoots: [amazon.root.pem],
      fetchCertChain: (url) => {
        started.push(url);
        const pem = answered.get(url);
        if (pem !== undefined) return Promise.resolve(pem);
        return new Promise((_resolve, reject) => held.push(() => reject(new Error('404'))));
      },
    });
    return { verifier, held, started };
  }

  test('with every download held up by forged requests, a correctly signed request naming a new URL waits its turn and is answered', async () => {
    const { verifier, held, started } = holdingVerifier(certificates);
    const forged = Array.from({ length: MAX_PARALLEL_DOWNLOADS + 10 }, (_, i) => {
      const body = launchBody(Date.now());
      return outcome(verifier, body, headers(body, forger.key, urlOf(`slow-${i}`)));
    });
    const body = launchBody(Date.now());
    const genuine = outcome(verifier, body, headers(body, amazon.signing.key, GENUINE));
    // Only as many downloads as there are places have started; the rest, the genuine one among them, wait.
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toHaveLength(MAX_PARALLEL_DOWNLOADS);
    for (let turn = 0; turn < 1_000 && (held.length > 0 || started.length < forged.length + 1); turn += 1) {
      held.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await genuine).toBe('accepted');
    expect(new Set(await Promise.all(forged))).toEqual(new Set(['certificate-unavailable']));
  });

  test('with the line full of forged new URLs from many senders, a genuine request naming an Amazon-pattern URL goes first', async () => {
    const AMAZON_NEXT = urlOf('echo-api-cert-13');
    expect([isAmazonPatternUrl(AMAZON_NEXT), isAmazonPatternUrl(GENUINE), isAmazonPatternUrl(urlOf('echo-api-cert-0013'))]).toEqual([
      true,
      false,
      false,
    ]);
    const { verifier, held, started } = holdingVerifier(new Map([[AMAZON_NEXT, amazon.chainPem]]));
    // Enough senders, each within its own bound, to fill every place in the line and more.
    const places = MAX_PARALLEL_DOWNLOADS + MAX_WAITING_DOWNLOADS;
    const forged = Array.from({ length: places + 8 }, (_, i) => {
      const body = launchBody(Date.now());
      return outcome(verifier, body, headers(body, forger.key, urlOf(`flood-${i}`)), `192.0.2.${Math.floor(i / MAX_PLACES_PER_REQUESTER)}`);
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toHaveLength(MAX_PARALLEL_DOWNLOADS);
    const body = launchBody(Date.now());
    const genuine = outcome(verifier, body, headers(body, amazon.signing.key, AMAZON_NEXT), '198.51.100.9');
    await new Promise((resolve) => setImmediate(resolve));
    // One stalled download ends: the genuine URL is next, ahead of the 63 forged ones still waiting.
    held.shift()?.();
    expect(await genuine).toBe('accepted');
    expect(started.indexOf(AMAZON_NEXT)).toBe(MAX_PARALLEL_DOWNLOADS);
    for (let turn = 0; turn < 1_000 && held.length > 0; turn += 1) {
      held.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    const outcomes = await Promise.all(forged);
    // 8 found the line full, and the newest waiting gave its place up to the genuine one.
    expect(outcomes.filter((reason) => reason === 'certificate-busy')).toHaveLength(9);
    expect(outcomes.filter((reason) => reason === 'certificate-unavailable')).toHaveLength(places - 1);
  });

  type Forgery =
    | 'unsigned'
    | 'sha1-only'
    | 'blank-signature-256'
    | 'forged-key-genuine-url'
    | 'forged-key-other-url'
    | 'forged-key-new-url'
    | 'fragment'
    | 'query'
    | 'stale'
    | 'tampered'
    | 'forger-own-chain';

  const forgery = fc.constantFrom<Forgery>(
    'unsigned',
    'sha1-only',
    'blank-signature-256',
    'forged-key-genuine-url',
    'forged-key-other-url',
    'forged-key-new-url',
    'fragment',
    'query',
    'stale',
    'tampered',
    'forger-own-chain',
  );

  function forged(kind: Forgery, step: number, now: number): { body: string; sent: Record<string, string> } {
    const body = launchBody(kind === 'stale' ? now - 151_000 : now);
    const by = (url: string, key = forger.key) => headers(body, key, url);
    switch (kind) {
      case 'unsigned':
        return { body, sent: {} };
      case 'sha1-only':
        return { body, sent: { signaturecertchainurl: GENUINE, signature: sign(body, amazon.signing.key, 'sha1') } };
      case 'blank-signature-256':
        return { body, sent: { signaturecertchainurl: GENUINE, signature: sign(body, amazon.signing.key, 'sha1'), 'signature-256': '' } };
      case 'forged-key-genuine-url':
        return { body, sent: by(GENUINE) };
      case 'forged-key-other-url':
        return { body, sent: by(OTHER) };
      case 'forged-key-new-url':
        return { body, sent: by(urlOf(`forged-${step}`)) };
      case 'fragment':
        return { body, sent: by(`${GENUINE}#${step}`) };
      case 'query':
        return { body, sent: by(`${GENUINE}?n=${step}`) };
      case 'stale':
        return { body, sent: by(urlOf(`stale-${step}`), amazon.signing.key) };
      case 'tampered':
        return { body: body.replace('LaunchRequest', 'SessionEndedRequest'), sent: by(GENUINE, amazon.signing.key) };
      case 'forger-own-chain':
        certificates.set(urlOf('forger'), forger.pem);
        return { body, sent: by(urlOf('forger')) };
    }
  }

  test('property: after any run of forged requests, correctly signed requests are answered, naming a kept URL or a new one', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(forgery, { maxLength: 40 }), fc.boolean(), async (run, keptFirst) => {
        const { verifier, clock } = verifierFor([amazon.root.pem], certificates);
        if (keptFirst) {
          const body = launchBody(clock.now);
          expect(await outcome(verifier, body, headers(body, amazon.signing.key, GENUINE))).toBe('accepted');
        }
        for (const [step, kind] of run.entries()) {
          const { body, sent } = forged(kind, step, clock.now);
          expect(await outcome(verifier, body, sent)).not.toBe('accepted');
        }
        for (const url of [GENUINE, urlOf('echo-api-cert-next')]) {
          const body = launchBody(clock.now);
          expect(await outcome(verifier, body, headers(body, amazon.signing.key, url))).toBe('accepted');
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('kept chains are refreshed before they expire', () => {
  test('downloaded again within a day of expiry, the new chain used beside the old until the old expires', async () => {
    const start = Date.now();
    const root = makeCertificate({ commonName: 'Refresh Root', ca: true, notAfter: new Date(start + 365 * DAY) });
    const ca = makeCertificate({ commonName: 'Refresh CA', ca: true, issuer: root, notAfter: new Date(start + 365 * DAY) });
    const leaf = (notAfter: number) =>
      makeCertificate({ commonName: ECHO, dnsNames: [ECHO], issuer: ca, notBefore: new Date(start - DAY), notAfter: new Date(notAfter) });
    const old = leaf(start + 3 * DAY);
    const renewed = leaf(start + 60 * DAY);
    const url = urlOf('echo-api-cert-renewed-in-place');
    const certificates = new Map([[url, old.pem + ca.pem]]);
    const { verifier, fetched, clock } = verifierFor([root.pem], certificates, { now: start });
    const signedBy = async (key: TestCertificate['key']) => {
      const body = launchBody(clock.now);
      return outcome(verifier, body, headers(body, key, url));
    };

    expect(await signedBy(old.key)).toBe('accepted');
    expect(fetched).toHaveLength(1);
    // Six hours on: nothing to refresh yet.
    clock.now = start + DAY / 4;
    expect(await signedBy(old.key)).toBe('accepted');
    expect(fetched).toHaveLength(1);
    // Within a day of the old chain's expiry, Amazon has put the renewed chain at the same URL.
    certificates.set(url, renewed.pem + ca.pem);
    clock.now = start + 2.5 * DAY;
    expect(await signedBy(old.key)).toBe('accepted');
    expect(fetched).toHaveLength(2);
    expect(await signedBy(renewed.key)).toBe('accepted');
    // Once the old chain has expired, only the new key signs.
    clock.now = start + 4 * DAY;
    expect(await signedBy(renewed.key)).toBe('accepted');
    expect(await signedBy(old.key)).toBe('signature-mismatch');
    // And it is downloaded again every 12 hours, not on every request.
    const count = fetched.length;
    clock.now += REFRESH_AFTER_MS;
    expect(await signedBy(renewed.key)).toBe('accepted');
    expect(await signedBy(renewed.key)).toBe('accepted');
    expect(fetched).toHaveLength(count + 1);
  });

  test('a refresh that fails keeps the chain that was kept', async () => {
    const start = Date.now();
    const chain = makeAlexaChain({ notAfter: new Date(start + 2 * DAY) });
    const url = urlOf('echo-api-cert-flaky');
    const certificates = new Map([[url, chain.chainPem]]);
    const { verifier, fetched, clock } = verifierFor([chain.root.pem], certificates, { now: start });
    const body = () => launchBody(clock.now);
    const first = body();
    expect(await outcome(verifier, first, headers(first, chain.signing.key, url))).toBe('accepted');
    certificates.delete(url);
    clock.now = start + 1.5 * DAY;
    const second = body();
    expect(await outcome(verifier, second, headers(second, chain.signing.key, url))).toBe('accepted');
    expect(fetched).toHaveLength(2);
  });
});
