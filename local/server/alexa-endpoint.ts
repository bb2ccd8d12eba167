// POST /alexa: the skill as a self-hosted Alexa HTTPS endpoint, through ask-sdk-express-adapter.
//
// The adapter reads the raw body itself (its signature check needs the exact bytes), so no JSON parser may
// run before it. Around it: a content-type check (415), text/plain for the adapter's error messages, and an
// error handler for what the body reader rejects (413 for an oversize body, 400 for a broken one). Alexa's
// rules (signature, timestamp, skill id) run as our own Verifier inside the adapter, which answers a failed
// check with 400.
import type { Skill } from 'ask-sdk-core';
import { ExpressAdapter } from 'ask-sdk-express-adapter';
import type { ResponseEnvelope } from 'ask-sdk-model';
import type { ErrorRequestHandler, RequestHandler, Router } from 'express';
import express from 'express';
import type { Logger } from '../../lambda/log';
import type { SkillRuntime } from '../../lambda/skill';
import { AlexaRequestVerifier, type AlexaVerifierOptions } from './alexa-verifier';
import { bounded } from './log-fields';

export type AlexaEndpointOptions = AlexaVerifierOptions & { logger: Logger };

/** The adapter wants an ask-sdk-core Skill; it uses only invoke and appendAdditionalUserAgent. */
function asAdapterSkill(runtime: SkillRuntime): Skill {
  const skill = {
    invoke: (envelope: unknown, context?: unknown): Promise<ResponseEnvelope> => runtime.invoke(envelope, context),
    appendAdditionalUserAgent: (): void => {},
  };
  return skill as unknown as Skill;
}

function isJson(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [type, ...params] = contentType.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  // Alexa sends UTF-8; the signature is over those bytes, so no other charset can be verified.
  const charset = params.find((param) => param.startsWith('charset='))?.slice('charset='.length);
  return charset === undefined || charset === 'utf-8' || charset === 'utf8' || charset === '"utf-8"';
}

export function alexaEndpoint(runtime: SkillRuntime, options: AlexaEndpointOptions): Router {
  const { logger } = options;
  const verifier = new AlexaRequestVerifier(options);
  // Signature and timestamp are our verifier's job (see alexa-verifier.ts): the adapter's own are off.
  const adapter = new ExpressAdapter(asAdapterSkill(runtime), false, false, [verifier]);

  const requireJson: RequestHandler = (req, res, next) => {
    // The adapter answers its errors with res.send(string): make them plain text, never HTML; its answers
    // with res.json, which keeps a type already set, so that sets its own.
    res.type('text/plain; charset=utf-8');
    const json = res.json.bind(res);
    res.json = (body) => {
      res.type('application/json; charset=utf-8');
      return json(body);
    };
    res.set('Cache-Control', 'no-store');
    if (!isJson(req.get('content-type'))) {
      logger.warn('alexa request rejected', { reason: 'content-type', status: 415 });
      res.status(415).send('Unsupported Media Type: an Alexa request is application/json in UTF-8.');
      return;
    }
    next();
  };

  const bodyErrors: ErrorRequestHandler = (error: { status?: number; type?: unknown }, _req, res, _next) => {
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    const message =
      status === 413
        ? 'Payload Too Large: an Alexa request is at most 100 KB.'
        : status === 415
          ? 'Unsupported Media Type: an Alexa request is application/json in UTF-8.'
          : status < 500
            ? 'Bad Request: the request body could not be read.'
            : 'Internal Server Error.';
    logger.warn('alexa request rejected', { reason: bounded(error.type, 'body'), status });
    if (res.headersSent) return;
    res.status(status).type('text/plain; charset=utf-8').send(message);
  };

  const router = express.Router();
  router.post('/', requireJson, ...adapter.getRequestHandlers());
  router.all('/', (_req, res) => {
    res.status(405).set('Allow', 'POST').type('text/plain; charset=utf-8').send('Method Not Allowed: Alexa sends POST requests.');
  });
  router.use(bodyErrors);
  return router;
}
