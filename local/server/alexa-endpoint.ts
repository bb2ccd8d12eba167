// POST /alexa: the skill as a self-hosted Alexa HTTPS endpoint.
//
// Our own few lines rather than ask-sdk-express-adapter: with its verifiers switched off (ours are stricter,
// see alexa-verifier.ts) all it did was read the body, run our verifier and call skill.invoke, and for that it
// brought body-parser 1.x and node-forge into the tree, and verified a decoded string rather than the bytes.
// Here: the content type (415), no Content-Encoding (415: the signature covers the bytes as sent, and a
// compressed body is not what Alexa sends), the raw bytes read with a size limit (413) and never inflated, the
// verifier over exactly those bytes (400, or 503 while certificate downloads are queued full), then the skill.
//
// Before any of that, two refusals that depend only on how the server was started:
// - With signature checks on, the endpoint answers only with SKILL_ID set, on loopback too: a tunnel is how a
//   real skill reaches a laptop, and without the id any request Amazon signed for any skill would be answered.
//   Without it every request gets 503 and a text saying how to set it (the web simulator works regardless).
// - With signature checks off (local testing), only requests whose Host is a loopback name: a web page whose
//   own name resolves to 127.0.0.1 (DNS rebinding) must not be able to post requests as any user.
import type { ErrorRequestHandler, RequestHandler, Response, Router } from 'express';
import express from 'express';
import type { Logger } from '../../lambda/log';
import type { SkillRuntime } from '../../lambda/skill';
import { AlexaRequestVerifier, type AlexaVerifierOptions, RequestVerificationError } from './alexa-verifier';
import { bounded } from './log-fields';
import { loopbackHostsOnly, requesterOf } from './security';

export type AlexaEndpointOptions = AlexaVerifierOptions & { logger: Logger };

/** An Alexa request is at most this large (Amazon documents no limit; real ones are a few KB). */
const MAX_BODY = '100kb';

function isJson(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [type, ...params] = contentType.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  // Alexa sends UTF-8; the signature is over those bytes, so no other charset can be verified.
  const charset = params.find((param) => param.startsWith('charset='))?.slice('charset='.length);
  return charset === undefined || charset === 'utf-8' || charset === 'utf8' || charset === '"utf-8"';
}

function plain(res: Response, status: number, text: string): void {
  res.status(status).type('text/plain; charset=utf-8').send(text);
}

/** What /alexa answers to everything when signature checks are on and SKILL_ID is not set. */
export const NO_SKILL_ID_TEXT =
  'Service Unavailable: this Alexa endpoint answers only requests for one skill, and SKILL_ID is not set. ' +
  'Set SKILL_ID to the skill id from the Alexa developer console (Build > Endpoint) and start the server again.';

/** Whether /alexa can answer at all: with signature checks on, only once it knows which skill it serves. */
export function endpointOpen(options: Pick<AlexaVerifierOptions, 'verifySignatures' | 'skillId'>): boolean {
  return !options.verifySignatures || (options.skillId?.trim() ?? '') !== '';
}

/** The start-up line about /alexa: what it answers, or, without SKILL_ID, how to turn it on. */
export function endpointStatusLine(url: string, options: Pick<AlexaVerifierOptions, 'verifySignatures' | 'skillId'>): string {
  if (!options.verifySignatures)
    return `  Alexa endpoint:  POST ${url}/alexa (signature checks OFF: local testing, localhost names only)\n`;
  if (endpointOpen(options)) return `  Alexa endpoint:  POST ${url}/alexa (signature checks on; requests for SKILL_ID's skill only)\n`;
  return (
    `  Alexa endpoint:  POST ${url}/alexa is off (signature checks on, and no SKILL_ID): it answers only one skill's requests.\n` +
    "                   To use it, start with your skill's id from the Alexa developer console:\n" +
    '                   SKILL_ID=amzn1.ask.skill.<your skill id> npm start\n'
  );
}

export function alexaEndpoint(runtime: SkillRuntime, options: AlexaEndpointOptions): Router {
  const { logger } = options;
  const router = express.Router();
  if (!endpointOpen(options)) {
    router.all('/', (_req, res) => {
      logger.warn('alexa request rejected', { reason: 'no-skill-id', status: 503 });
      res.set('Cache-Control', 'no-store');
      plain(res, 503, NO_SKILL_ID_TEXT);
    });
    return router;
  }
  if (!options.verifySignatures)
    router.use(loopbackHostsOnly(true, 'Misdirected Request: with signature checks off, this endpoint answers only on localhost.'));
  const verifier = new AlexaRequestVerifier(options);

  const acceptable: RequestHandler = (req, res, next) => {
    res.set('Cache-Control', 'no-store');
    const rejected = (reason: string, message: string): void => {
      logger.warn('alexa request rejected', { reason, status: 415 });
      plain(res, 415, `Unsupported Media Type: ${message}`);
    };
    if (!isJson(req.get('content-type'))) return rejected('content-type', 'an Alexa request is application/json in UTF-8.');
    if (req.get('content-encoding') !== undefined)
      return rejected('content-encoding', 'an Alexa request is not encoded (no Content-Encoding): its signature covers the bytes as sent.');
    next();
  };

  // Every content type reaches here already checked; inflate: false so that nothing is ever decompressed.
  const rawBody = express.raw({ type: () => true, limit: MAX_BODY, inflate: false });

  const answer: RequestHandler = async (req, res) => {
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    let envelope: Record<string, unknown>;
    try {
      envelope = await verifier.verify(body, req.headers, requesterOf(req.socket.remoteAddress, req.get('x-forwarded-for')));
    } catch (error) {
      const busy = error instanceof RequestVerificationError && error.reason === 'certificate-busy';
      if (busy) res.set('Retry-After', '5');
      plain(res, busy ? 503 : 400, error instanceof Error ? error.message : 'the request could not be verified');
      return;
    }
    try {
      res.status(200).json(await runtime.invoke(envelope));
    } catch (error) {
      logger.error('alexa request failed', {}, error);
      if (!res.headersSent) plain(res, 500, 'Internal Server Error: the skill could not answer.');
    }
  };

  const bodyErrors: ErrorRequestHandler = (error: { status?: number; type?: unknown }, _req, res, _next) => {
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    const message =
      status === 413
        ? 'Payload Too Large: an Alexa request is at most 100 KB.'
        : status === 415
          ? 'Unsupported Media Type: an Alexa request is application/json in UTF-8, not encoded.'
          : status < 500
            ? 'Bad Request: the request body could not be read.'
            : 'Internal Server Error.';
    logger.warn('alexa request rejected', { reason: bounded(error.type, 'body'), status });
    if (res.headersSent) return;
    plain(res, status, message);
  };

  router.post('/', acceptable, rawBody, answer);
  router.all('/', (_req, res) => {
    res.set('Allow', 'POST');
    plain(res, 405, 'Method Not Allowed: Alexa sends POST requests.');
  });
  router.use(bodyErrors);
  return router;
}
