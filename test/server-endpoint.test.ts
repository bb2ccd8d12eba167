// POST /alexa as Alexa (and an attacker) would call it: signed requests are answered; unsigned, SHA-1-only,
// stale, tampered, encoded and wrongly certified ones get 400 (or 415) with the reason, and so do the real
// Amazon-signed vectors from 2017 (SHA-1 only). Stale requests, bad URLs and remembered failed URLs cost no
// download. Certificates come from the test, never a download. The verifier's own rules, case by case, are in
// alexa-verifier.test.ts; here, what reaches them over HTTP.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import express from 'express';
import { LOCAL_SKILL_ID, LOCAL_USER_ID, launchRequest, newSession } from '../local/envelope';
import { alexaEndpoint, endpointStatusLine, NO_SKILL_ID_TEXT } from '../local/server/alexa-endpoint';
import { type LocalServer, startLocalServer } from '../local/server/app';
import { MAX_CERT_URL_LENGTH } from '../local/server/cert-chain';
import { MAX_PLACES_PER_REQUESTER, MAX_WAITING_DOWNLOADS } from '../local/server/cert-store';
import { makeAlexaChain, makeCertificate, sign } from './support/certificates';
import { SIGNATURE_VECTORS } from './support/corpus';
import { memoryLogger } from './support/logs';

const CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem';
const VECTORS = SIGNATURE_VECTORS;
const VECTOR_CERT_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-4.pem';

const chain = makeAlexaChain();
const certificates = new Map<string, string>([
  [CERT_URL, chain.chainPem],
  [VECTOR_CERT_URL, readFileSync(join(VECTORS, 'echo-api-cert-4_valid-2016-10-07_to_2017-10-30.pem'), 'utf8')],
]);
const fetched: string[] = [];
let clock: () => number = Date.now;
const logger = memoryLogger();
let server: LocalServer;

/** How the test's certificates are fetched; a test may hold some downloads back. */
let fetchCertChain = async (url: string): Promise<string> => {
  fetched.push(url);
  const pem = certificates.get(url);
  if (!pem) throw new Error('no such certificate');
  return pem;
};
const fetchOrdinarily = fetchCertChain;

/** A server for the local skill's id whose certificates come from the test, trusting the given roots, on the test's clock. */
function startVerifying(trustedRoots: string[], log = logger, skillId: string | null = LOCAL_SKILL_ID): Promise<LocalServer> {
  return startLocalServer({
    host: '127.0.0.1',
    port: 0,
    locale: 'en-AU',
    logger: log,
    skillId: skillId ?? undefined,
    scriptRoot: __dirname, // the page is not under test here
    alexa: { fetchCertChain: (url) => fetchCertChain(url), trustedRoots, now: () => clock() },
  });
}

async function withServer(started: Promise<LocalServer>, use: (other: LocalServer) => Promise<void>): Promise<void> {
  const other = await started;
  try {
    await use(other);
  } finally {
    await other.close();
  }
}

beforeAll(async () => {
  server = await startVerifying([chain.root.pem]);
});

afterAll(async () => {
  await server.close();
});

afterEach(() => {
  clock = Date.now;
  fetchCertChain = fetchOrdinarily;
});

function launchBody(timestamp = new Date()): string {
  const envelope = launchRequest({ locale: 'en-AU' }, newSession()) as unknown as { request: { timestamp: string } };
  envelope.request.timestamp = timestamp.toISOString();
  return JSON.stringify(envelope);
}

async function post(
  body: string | Buffer,
  headers: Record<string, string> = {},
  to = server,
): Promise<{ status: number; text: string; type: string }> {
  const response = await fetch(`${to.url}/alexa`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: response.status, text: await response.text(), type: response.headers.get('content-type') ?? '' };
}

function signed(body: string | Buffer, key = chain.signing.key, url = CERT_URL): Record<string, string> {
  return { SignatureCertChainUrl: url, 'Signature-256': sign(body, key) };
}

describe('a correctly signed request', () => {
  test('is answered by the skill (Signature-256, RSA-SHA256)', async () => {
    const body = launchBody();
    const { status, text, type } = await post(body, signed(body));
    expect(status).toBe(200);
    expect(type).toMatch(/^application\/json/);
    const envelope = JSON.parse(text);
    expect(envelope.version).toBe('1.0');
    expect(envelope.response.outputSpeech.ssml).toMatch(/Welcome/);
  });

  test('is answered when it also carries the legacy Signature header', async () => {
    const body = launchBody();
    expect((await post(body, { ...signed(body), Signature: sign(body, chain.signing.key, 'sha1') })).status).toBe(200);
  });
});

describe('rejected with 400 and the reason', () => {
  test('an unsigned request', async () => {
    const body = launchBody();
    const none = await post(body);
    expect(none.status).toBe(400);
    expect(none.text).toMatch(/\(missing-signature\)/);
    const urlOnly = await post(body, { SignatureCertChainUrl: CERT_URL });
    expect(urlOnly.status).toBe(400);
    expect(urlOnly.text).toMatch(/\(missing-signature\)/);
  });

  test('a request signed only with SHA-1 (the legacy Signature header), or with a blank Signature-256, without downloading', async () => {
    fetched.length = 0;
    const body = launchBody();
    const sha1 = { SignatureCertChainUrl: CERT_URL, Signature: sign(body, chain.signing.key, 'sha1') };
    for (const headers of [sha1, { ...sha1, 'Signature-256': ' ' }]) {
      const { status, text } = await post(body, headers);
      expect(status).toBe(400);
      expect(text).toMatch(/SHA-1 Signature alone is not accepted.*\(missing-signature\)/);
    }
    expect((await post(body, { ...signed(body), 'Signature-256': 'not base64!' })).text).toMatch(/\(signature-mismatch\)/);
    expect(fetched).toEqual([]);
  });

  test('a signature over anything but the exact bytes received: re-serialised, with a byte order mark, or compressed', async () => {
    const spaced = launchBody().replace('{', '{ ');
    const reserialised = JSON.stringify(JSON.parse(spaced));
    expect(await post(spaced, signed(reserialised))).toMatchObject({ status: 400, text: expect.stringMatching(/\(signature-mismatch\)/) });
    expect((await post(spaced, signed(spaced))).status).toBe(200);
    // A byte order mark is not JSON, even when the signature covers it.
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(launchBody())]);
    expect(await post(withBom, signed(withBom))).toMatchObject({ status: 400, text: expect.stringMatching(/\(malformed-request\)/) });
    // Nothing is decompressed: any Content-Encoding is refused before the body is read, whatever was signed.
    const plainBody = launchBody();
    const zipped = gzipSync(plainBody);
    fetched.length = 0;
    for (const [sent, signedOver, encoding] of [
      [zipped, zipped, 'gzip'],
      [zipped, plainBody, 'gzip'],
      [Buffer.from(plainBody), plainBody, 'identity'],
    ] as const) {
      const { status, text } = await post(sent, { ...signed(signedOver), 'Content-Encoding': encoding });
      expect(status).toBe(415);
      expect(text).toMatch(/Content-Encoding/);
    }
    expect(fetched).toEqual([]);
  });

  test('a stale request, and one dated in the future, before anything is downloaded', async () => {
    // The verifier's clock is pinned, so the 1 s margin over the 150 s tolerance cannot drift away.
    const now = Date.now();
    clock = () => now;
    const url = 'https://s3.amazonaws.com/echo.api/never-fetched.pem';
    fetched.length = 0;
    const stale = launchBody(new Date(now - 151_000));
    expect(await post(stale, signed(stale, chain.signing.key, url))).toMatchObject({
      status: 400,
      text: expect.stringMatching(/\(timestamp\)/),
    });
    const future = launchBody(new Date(now + 151_000));
    expect(await post(future, signed(future, chain.signing.key, url))).toMatchObject({
      status: 400,
      text: expect.stringMatching(/\(timestamp\)/),
    });
    const undated = launchBody(new Date(now)).replace(/"timestamp":"[^"]*"/, '"timestamp":"soon"');
    expect(await post(undated, signed(undated, chain.signing.key, url))).toMatchObject({
      status: 400,
      text: expect.stringMatching(/\(timestamp\)/),
    });
    expect(fetched).toEqual([]);
    // Just inside the tolerance either way (the certificate is fetched and the request answered).
    for (const offset of [-150_000, 150_000]) {
      const body = launchBody(new Date(now + offset));
      expect((await post(body, signed(body))).status).toBe(200);
    }
  });

  test('a tampered body, and one signed with another key', async () => {
    const body = launchBody();
    const headers = signed(body);
    const tampered = body.replace('LaunchRequest', 'SessionEndedRequest');
    expect(await post(tampered, headers)).toMatchObject({ status: 400, text: expect.stringMatching(/\(signature-mismatch\)/) });
    const forger = makeCertificate({ commonName: 'forger', privateKey: chain.root.key });
    expect(await post(body, signed(body, forger.key))).toMatchObject({
      status: 400,
      text: expect.stringMatching(/\(signature-mismatch\)/),
    });
  });

  test.each([
    ['http', 'http://s3.amazonaws.com/echo.api/echo-api-cert-test.pem'],
    ['another host', 'https://notamazon.com/echo.api/echo-api-cert-test.pem'],
    ['a look-alike host', 'https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert-test.pem'],
    ['a path in the wrong case', 'https://s3.amazonaws.com/EcHo.aPi/echo-api-cert-test.pem'],
    ['a path outside /echo.api/', 'https://s3.amazonaws.com/invalid.path/echo-api-cert-test.pem'],
    ['a path that climbs out', 'https://s3.amazonaws.com/echo.api/../invalid.path/echo-api-cert-test.pem'],
    ['another port', 'https://s3.amazonaws.com:563/echo.api/echo-api-cert-test.pem'],
    ['credentials', 'https://user:pass@s3.amazonaws.com/echo.api/echo-api-cert-test.pem'],
    ['not a URL', 'echo-api-cert-test.pem'],
    ['a fragment', 'https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem#1'],
    ['a query', 'https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem?1'],
    ['percent-encoding', 'https://s3.amazonaws.com/echo.api/%65cho-api-cert-test.pem'],
  ])('a certificate URL with %s, without downloading it', async (_label, url) => {
    fetched.length = 0;
    const body = launchBody();
    const { status, text } = await post(body, signed(body, chain.signing.key, url));
    expect(status).toBe(400);
    expect(text).toMatch(/\(certificate-url\)/);
    expect(fetched).toEqual([]);
  });

  test('certificate URLs Amazon documents as valid are accepted', async () => {
    for (const url of [
      'https://s3.amazonaws.com:443/echo.api/echo-api-cert-test.pem',
      'https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert-test.pem',
    ]) {
      const body = launchBody();
      expect((await post(body, signed(body, chain.signing.key, url))).status).toBe(200);
    }
  });

  test('a chain that does not lead to a trusted root', async () => {
    const body = launchBody();
    await withServer(startVerifying([]), async (untrusting) => {
      expect(await post(body, signed(body), untrusting)).toMatchObject({
        status: 400,
        text: expect.stringMatching(/\(certificate-untrusted\)/),
      });
    });
    const stranger = makeAlexaChain();
    await withServer(startVerifying([stranger.root.pem]), async (other) => {
      expect(await post(body, signed(body), other)).toMatchObject({
        status: 400,
        text: expect.stringMatching(/\(certificate-untrusted\)/),
      });
    });
  });

  test('a certificate that does not name echo-api.amazon.com, or has expired', async () => {
    const otherUrl = 'https://s3.amazonaws.com/echo.api/other.pem';
    const expiredUrl = 'https://s3.amazonaws.com/echo.api/expired.pem';
    const other = makeCertificate({
      commonName: 'echo-api.amazon.com',
      dnsNames: ['example.com'],
      issuer: chain.intermediate,
      privateKey: chain.signing.key,
    });
    const expired = makeCertificate({
      commonName: 'echo-api.amazon.com',
      dnsNames: ['echo-api.amazon.com'],
      issuer: chain.intermediate,
      privateKey: chain.signing.key,
      notBefore: new Date(Date.now() - 10 * 86_400_000),
      notAfter: new Date(Date.now() - 86_400_000),
    });
    certificates.set(otherUrl, other.pem + chain.intermediate.pem);
    certificates.set(expiredUrl, expired.pem + chain.intermediate.pem);
    const body = launchBody();
    expect(await post(body, signed(body, chain.signing.key, otherUrl))).toMatchObject({
      status: 400,
      text: expect.stringMatching(/\(certificate-domain\)/),
    });
    expect(await post(body, signed(body, chain.signing.key, expiredUrl))).toMatchObject({
      status: 400,
      text: expect.stringMatching(/\(certificate-expired\)/),
    });
  });

  test('a certificate that cannot be downloaded, or parsed: the URL is not fetched again for a minute', async () => {
    const now = Date.now();
    clock = () => now;
    const url = 'https://s3.amazonaws.com/echo.api/missing.pem';
    const garbled = 'https://s3.amazonaws.com/echo.api/garbled.pem';
    certificates.set(garbled, 'not a certificate');
    fetched.length = 0;
    for (let i = 0; i < 3; i += 1) {
      const body = launchBody(new Date(now));
      expect(await post(body, signed(body, chain.signing.key, url))).toMatchObject({
        status: 400,
        text: expect.stringMatching(/\(certificate-unavailable\)/),
      });
      expect(await post(body, signed(body, chain.signing.key, garbled))).toMatchObject({
        status: 400,
        text: expect.stringMatching(/\(certificate-invalid\)/),
      });
    }
    expect(fetched).toEqual([url, garbled]);
    // A minute later, each is tried once more.
    clock = () => now + 60_000;
    const later = launchBody(new Date(now + 60_000));
    expect((await post(later, signed(later, chain.signing.key, url))).text).toMatch(/\(certificate-unavailable\)/);
    expect(fetched).toEqual([url, garbled, url]);
  });

  test("the review's lock-out: forged requests naming the genuine URL with #1, #2 … or ever new URLs, then a genuine one: answered", async () => {
    const freshUrl = 'https://s3.amazonaws.com/echo.api/echo-api-cert-fresh.pem';
    certificates.set(freshUrl, chain.chainPem);
    await withServer(startVerifying([chain.root.pem]), async (fresh) => {
      fetched.length = 0;
      const forger = makeCertificate({ commonName: 'echo-api.amazon.com', dnsNames: ['echo-api.amazon.com'], privateKey: chain.root.key });
      for (let i = 0; i < 30; i += 1) {
        const body = launchBody();
        expect(await post(body, signed(body, forger.key, `${freshUrl}#${i}`), fresh)).toMatchObject({
          status: 400,
          text: expect.stringMatching(/\(certificate-url\)/),
        });
        const newUrl = `https://s3.amazonaws.com/echo.api/forged-${i}.pem`;
        expect(await post(body, signed(body, forger.key, newUrl), fresh)).toMatchObject({
          status: 400,
          text: expect.stringMatching(/\(certificate-unavailable\)/),
        });
      }
      expect(fetched).toHaveLength(30);
      const body = launchBody();
      expect((await post(body, signed(body, chain.signing.key, freshUrl), fresh)).status).toBe(200);
    });
  });
});

describe('the real Amazon-signed vectors (2017, legacy SHA-1 Signature only)', () => {
  const vectors = ['av-valid-signature-2017-02-10', 'av-valid-signature-utf8-pokemon-2017-04-05', 'jovo-launch-2017-06-12'].map((name) => {
    const vector = JSON.parse(readFileSync(join(VECTORS, `${name}.vector.json`), 'utf8')) as {
      signature: string;
      requestTimestamp: string;
      signatureCertChainUrl: string;
    };
    return { name, vector, body: readFileSync(join(VECTORS, `${name}.body.json`)) };
  });

  test.each(vectors)(
    '$name is refused, today and at the time it was signed, without downloading its certificate',
    async ({ vector, body }) => {
      // Node no longer ships the retired VeriSign G5 root, so the test trusts the chain's intermediate.
      const pem = certificates.get(VECTOR_CERT_URL) ?? '';
      await withServer(startVerifying([pem.slice(pem.lastIndexOf('-----BEGIN CERTIFICATE-----'))]), async (trusting) => {
        fetched.length = 0;
        const headers = { SignatureCertChainUrl: vector.signatureCertChainUrl, Signature: vector.signature };
        for (const at of [Date.now(), Date.parse(vector.requestTimestamp) + 1_000]) {
          clock = () => at;
          expect(await post(body, headers, trusting)).toMatchObject({ status: 400, text: expect.stringMatching(/\(missing-signature\)/) });
        }
        expect(fetched).toEqual([]);
      });
    },
  );
});

describe('what is not an Alexa request', () => {
  test('malformed JSON, an empty body, and JSON that is not a request envelope: 400', async () => {
    for (const body of ['{"version": "1.0", "request": ', '', '[1, 2, 3]', '{"version":"1.0"}']) {
      const { status, text, type } = await post(body);
      expect(status).toBe(400);
      expect(text).toMatch(/\(malformed-request\)/);
      expect(type).toMatch(/^text\/plain/);
    }
  });

  test('invalid UTF-8, deeply nested JSON, and a request of the wrong type: 400', async () => {
    const notUtf8 = Buffer.concat([Buffer.from('{"request":{"type":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}}')]);
    const nested = `${'['.repeat(40_000)}${']'.repeat(40_000)}`;
    const wrongType = launchBody().replace('"type":"LaunchRequest"', '"type":42');
    for (const body of [notUtf8, nested, wrongType, '{"request":"LaunchRequest"}']) {
      const { status, text } = await post(body, signed(body));
      expect(status).toBe(400);
      expect(text).toMatch(/\(malformed-request\)/);
    }
    expect((await fetch(`${server.url}/`)).status).toBe(200);
  });

  test('an oversize body: 413', async () => {
    const { status, text } = await post(`{"pad":"${'x'.repeat(200 * 1024)}"}`);
    expect(status).toBe(413);
    expect(text).toMatch(/Payload Too Large/);
  });

  test('a wrong content type: 415', async () => {
    const body = launchBody();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1']) {
      expect((await post(body, { ...signed(body), 'Content-Type': type })).status).toBe(415);
    }
  });

  test('a GET: 405', async () => {
    const response = await fetch(`${server.url}/alexa`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  test('the server never echoes what was sent, and logs reasons without user ids', async () => {
    const body = launchBody().replace(LOCAL_USER_ID, 'amzn1.ask.account.<script>alert(1)</script>');
    const { text } = await post(body, signed(body, chain.signing.key, 'https://s3.amazonaws.com/<script>/x.pem'));
    expect(text).not.toMatch(/script|amzn1/);
    const logged = JSON.stringify(logger.lines);
    expect(logged).toMatch(/certificate-url/);
    expect(logged).not.toMatch(/amzn1\.ask\.account|amzn1\.echo-api\.session|LOCAL-SIMULATOR/);
  });
});

describe('options', () => {
  test('with signature checks off (local testing), unsigned requests are answered and broken ones still rejected', async () => {
    const unverified = await startLocalServer({
      port: 0,
      locale: 'en-AU',
      logger: memoryLogger(),
      verifySignatures: false,
      scriptRoot: __dirname,
    });
    try {
      const response = await fetch(`${unverified.url}/alexa`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: launchBody(new Date(0)),
      });
      expect(response.status).toBe(200);
      const broken = await fetch(`${unverified.url}/alexa`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{' });
      expect(broken.status).toBe(400);
    } finally {
      await unverified.close();
    }
  });

  test('signature checks cannot be turned off on a non-loopback host', async () => {
    await expect(startLocalServer({ host: '0.0.0.0', port: 0, locale: 'en-AU', verifySignatures: false })).rejects.toThrow(/loopback/);
  });

  test('with signature checks on, the server will not listen beyond loopback without SKILL_ID', async () => {
    for (const host of ['0.0.0.0', '::', '192.0.2.1']) {
      await expect(startLocalServer({ host, port: 0, locale: 'en-AU' })).rejects.toThrow(/no SKILL_ID/);
    }
  });

  test('with SKILL_ID set and signature checks on, a signed request for another skill is refused before any download', async () => {
    await withServer(
      startLocalServer({
        port: 0,
        locale: 'en-AU',
        logger: memoryLogger(),
        skillId: 'amzn1.ask.skill.someone-else',
        scriptRoot: __dirname,
        alexa: {
          fetchCertChain: async (url) => {
            fetched.push(url);
            return chain.chainPem;
          },
          trustedRoots: [chain.root.pem],
        },
      }),
      async (guarded) => {
        fetched.length = 0;
        const body = launchBody();
        expect(await post(body, signed(body), guarded)).toMatchObject({
          status: 400,
          text: expect.stringMatching(/not addressed to this skill/),
        });
        expect(fetched).toEqual([]);
        const mine = launchBody().replaceAll(LOCAL_SKILL_ID, 'amzn1.ask.skill.someone-else');
        expect((await post(mine, signed(mine), guarded)).status).toBe(200);
      },
    );
  });

  test('with SKILL_ID set, a request for another skill is rejected with 400 (RequestRejectedError)', async () => {
    const skillLogger = memoryLogger();
    const guarded = await startLocalServer({
      port: 0,
      locale: 'en-AU',
      logger: skillLogger,
      verifySignatures: false,
      skillId: 'amzn1.ask.skill.someone-else',
      scriptRoot: __dirname,
    });
    try {
      const other = await fetch(`${guarded.url}/alexa`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: launchBody(),
      });
      expect(other.status).toBe(400);
      expect(await other.text()).toMatch(/not addressed to this skill/);
      expect(JSON.stringify(skillLogger.lines)).toMatch(/skill-id/);
      const mine = launchBody().replaceAll(LOCAL_SKILL_ID, 'amzn1.ask.skill.someone-else');
      const ours = await fetch(`${guarded.url}/alexa`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: mine });
      expect(ours.status).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});

/** Resolves once `done()` holds, checking after each turn of the event loop (a wait, never a timed assertion). */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** A POST to /alexa with the Host header the test chooses (fetch cannot set it). */
function postWithHost(to: LocalServer, host: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const sent = request(
      `${to.url}/alexa`,
      { method: 'POST', headers: { Host: host, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

describe('the skill id, who may reach /alexa, and what a flood can do (issue 19)', () => {
  test('with signature checks on and no SKILL_ID, /alexa answers no request, on loopback too; the simulator still works', async () => {
    const log = memoryLogger();
    await withServer(startVerifying([chain.root.pem], log, null), async (open) => {
      fetched.length = 0;
      const body = launchBody();
      const refused = await post(body, signed(body), open);
      expect(refused).toMatchObject({ status: 503, text: NO_SKILL_ID_TEXT });
      expect(refused.text).toMatch(/SKILL_ID is not set\. Set SKILL_ID to the skill id from the Alexa developer console/);
      expect((await fetch(`${open.url}/alexa`)).status).toBe(503);
      expect(fetched).toEqual([]);
      expect(JSON.stringify(log.lines)).toMatch(/"reason":"no-skill-id"/);
      // The web simulator answers as ever.
      expect((await fetch(`${open.url}/`)).status).toBe(200);
      const said = await fetch(`${open.url}/api/say`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ utterance: 'what are the symptoms' }),
      });
      expect(said.status).toBe(200);
      expect(JSON.stringify(await said.json())).toMatch(/most common symptom is pain/);
      // The start-up line says how to turn it on.
      expect(endpointStatusLine(open.url, { verifySignatures: true })).toMatch(
        /is off .*\n.*Alexa developer console.*\n\s+SKILL_ID=amzn1\.ask\.skill\.<your skill id> npm start\n$/,
      );
    });
  });

  test('a skill that fails is logged as lambda/log.ts describes errors: no line of its message, even one shaped like a frame', async () => {
    const lines: string[] = [];
    const { createLogger } = await import('../lambda/log');
    const failing = new Error(['lookup failed', '    at amzn1.ask.account.SEEDUSER (margaret:1:1)', 'heard: dmitri on tuesday'].join('\n'));
    const app = express().use(
      '/alexa',
      alexaEndpoint(
        {
          invoke: async () => {
            throw failing;
          },
        },
        { verifySignatures: false, logger: createLogger('DEBUG', (line) => lines.push(line)) },
      ),
    );
    const listening = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => listening.once('listening', resolve));
    try {
      const { port } = listening.address() as { port: number };
      const response = await fetch(`http://127.0.0.1:${port}/alexa`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: launchBody(),
      });
      expect(response.status).toBe(500);
    } finally {
      await new Promise((resolve) => listening.close(resolve));
    }
    const failed = lines.map((line) => JSON.parse(line)).find((line) => line.message === 'alexa request failed');
    expect(failed).toMatchObject({ level: 'ERROR', errorName: 'Error', errorStack: expect.stringMatching(/^at /) });
    expect(JSON.stringify(lines)).not.toMatch(/SEEDUSER|margaret|dmitri|tuesday/);
  });

  test('no message suggests running the endpoint without the skill id', async () => {
    const beyond = await startLocalServer({ host: '0.0.0.0', port: 0, locale: 'en-AU' }).catch((error: Error) => error.message);
    const messages = [String(beyond), NO_SKILL_ID_TEXT, endpointStatusLine('http://127.0.0.1:3000', { verifySignatures: true })];
    for (const message of messages) {
      expect(message).toMatch(/SKILL_ID/);
      expect(message).not.toMatch(/127\.0\.0\.1 \(|loopback|tunnel|--no-verify-signatures|without (it|SKILL_ID)/);
    }
    expect(endpointStatusLine('http://127.0.0.1:3000', { verifySignatures: true, skillId: LOCAL_SKILL_ID })).toMatch(/signature checks on/);
  });

  test('with signature checks off, /alexa answers only requests whose Host is a loopback name (no DNS rebinding)', async () => {
    await withServer(
      startLocalServer({ port: 0, locale: 'en-AU', logger: memoryLogger(), verifySignatures: false, scriptRoot: __dirname }),
      async (unverified) => {
        const body = launchBody();
        for (const host of ['rebinding.example', `rebinding.example:${unverified.port}`, '127.0.0.1.nip.io', '192.168.1.20'])
          expect(await postWithHost(unverified, host, body)).toMatchObject({
            status: 421,
            text: expect.stringMatching(/only on localhost/),
          });
        for (const host of [`localhost:${unverified.port}`, `127.0.0.1:${unverified.port}`, `[::1]:${unverified.port}`])
          expect((await postWithHost(unverified, host, body)).status).toBe(200);
      },
    );
  });

  test(`a certificate URL over ${MAX_CERT_URL_LENGTH} characters is refused before any work: before the body is read, never fetched`, async () => {
    fetched.length = 0;
    const long = `https://s3.amazonaws.com/echo.api/${'a'.repeat(15_000)}.pem`;
    const body = launchBody();
    expect(await post(body, signed(body, chain.signing.key, long))).toMatchObject({
      status: 400,
      text: expect.stringMatching(/longer than 256 characters \(certificate-url\)/),
    });
    // Checked first: a body that is not even JSON gets the same answer.
    expect((await post('{', signed('{', chain.signing.key, long))).text).toMatch(/\(certificate-url\)/);
    expect(fetched).toEqual([]);
    const justUnder = `https://s3.amazonaws.com/echo.api/${'a'.repeat(MAX_CERT_URL_LENGTH - 40)}.pem`;
    expect((await post(body, signed(body, chain.signing.key, justUnder))).text).toMatch(/\(certificate-unavailable\)/);
  });

  test('one sender flooding the download line with ever new URLs holds at most two places: a genuine request from another is answered', async () => {
    const forger = makeCertificate({ commonName: 'echo-api.amazon.com', dnsNames: ['echo-api.amazon.com'], privateKey: chain.root.key });
    const held: (() => void)[] = [];
    fetchCertChain = (url) => {
      fetched.push(url);
      const pem = certificates.get(url);
      // The forger's URLs answer only when the test lets them (as a slow server would).
      return pem ? Promise.resolve(pem) : new Promise((_resolve, reject) => held.push(() => reject(new Error('404'))));
    };
    const log = memoryLogger();
    await withServer(startVerifying([chain.root.pem], log), async (fresh) => {
      fetched.length = 0;
      // Behind a tunnel, every request comes from 127.0.0.1: the tunnel names the sender in X-Forwarded-For.
      const flood = Array.from({ length: MAX_WAITING_DOWNLOADS + 6 }, (_, i) => {
        const body = launchBody();
        const from = { 'X-Forwarded-For': `192.0.2.${i % 250}, 203.0.113.7` };
        return post(body, { ...signed(body, forger.key, `https://s3.amazonaws.com/echo.api/flood-${i}.pem`), ...from }, fresh);
      });
      const busy = () => log.lines.filter((line) => line.fields?.reason === 'certificate-busy').length;
      await until(() => busy() >= 2);
      const body = launchBody();
      const genuine = await post(body, { ...signed(body), 'X-Forwarded-For': '198.51.100.9' }, fresh);
      expect(genuine.status).toBe(200);
      expect(fetched.filter((url) => url.includes('flood-'))).toHaveLength(MAX_PLACES_PER_REQUESTER);
      await until(() => busy() >= flood.length - MAX_PLACES_PER_REQUESTER);
      for (const release of held.splice(0)) release();
      const statuses = (await Promise.all(flood)).map((response) => response.status);
      expect(statuses.filter((status) => status === 503)).toHaveLength(flood.length - MAX_PLACES_PER_REQUESTER);
    });
  });
});
