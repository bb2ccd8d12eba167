// The local server: the web simulator page and its API, and the Alexa HTTPS endpoint, over one local skill.
//   GET  /                 the page (local/web, shared with the web app; with /styles.css, /page.js, /favicon.svg)
//   GET  /ask-sheet.html   the printable "things you can ask" the page links to
//   POST /api/say          {conversationId?, userKey?, utterance} -> the skill's reply (see conversations.ts)
//   POST /api/press        {conversationId?, userKey?, intent}: a screen button pressed -> the skill's reply
//   POST /api/end          {conversationId, userKey?}: the page was closed
// userKey is the browser's simulated Alexa user (users.ts): checked exactly, never logged.
//   POST /alexa            Alexa's requests, signature-checked (see alexa-endpoint.ts)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { dirname, join } from 'node:path';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { createLogger, type Logger } from '../../lambda/log';
import { type LocalSkill, startLocalSkill } from '../runtime';
import { alexaEndpoint } from './alexa-endpoint';
import type { CertChainFetcher } from './cert-download';
import { Conversations, isConversationId, MAX_UTTERANCE_LENGTH } from './conversations';
import { bounded } from './log-fields';
import { isIntentName } from './screen';
import { isLoopbackHost, loopbackHostsOnly, sameOriginOnly, securityHeaders } from './security';
import { isUserKey } from './users';

export interface ServerOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 3000; 0 picks a free port. */
  port?: number;
  locale: string;
  /** Where the local store keeps preferences (see local/store.ts); undefined keeps them in memory. */
  dataDir?: string;
  /** Request lines from the skill. */
  verbose?: boolean;
  /** Alexa's signature and timestamp checks on POST /alexa. Default true; false only for local testing. */
  verifySignatures?: boolean;
  /** When set, POST /alexa rejects requests for any other skill id. */
  skillId?: string;
  /** The server's own log (rejections, failures). */
  logger?: Logger;
  /** Test seams for the Alexa verifier: where certificates come from, which roots are trusted, the clock. */
  alexa?: { fetchCertChain?: CertChainFetcher; trustedRoots?: readonly string[]; now?: () => number };
  maxConversations?: number;
  idleMs?: number;
  /** Where the page's files are (default: found from the project root). */
  webRoot?: string;
  /** Where the bundled page script and the ask sheet are (default: dist/web under the project root). */
  scriptRoot?: string;
}

export interface LocalServer {
  url: string;
  port: number;
  host: string;
  verifySignatures: boolean;
  conversations: Conversations;
  close(): Promise<void>;
}

function projectRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return from;
    dir = parent;
  }
  return dir;
}

/** A static file read once at start, served with its type and no caching surprises. */
function asset(file: string, type: string, headers: Record<string, string> = {}): express.RequestHandler {
  const body = readFileSync(file);
  return (_req, res) => {
    res.type(type).set('Cache-Control', 'no-cache').set(headers).send(body);
  };
}

/**
 * The ask sheet is one self-contained printable file (scripts/review/ask-sheet.ts) with its style inline; the
 * page's policy allows no inline style, so the sheet's own policy allows exactly that style, by its hash.
 */
function askSheet(file: string): express.RequestHandler {
  const style = /<style>([\s\S]*?)<\/style>/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  const hash = createHash('sha256').update(style).digest('base64');
  const policy = `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
  return asset(file, 'text/html; charset=utf-8', { 'Content-Security-Policy': policy });
}

/** A built file, or a plain 503 saying how to build it. */
function built(file: string, serve: (file: string) => express.RequestHandler, logger: Logger): express.RequestHandler {
  if (existsSync(file)) return serve(file);
  logger.warn('the page is not built: run node scripts/build.mjs web');
  return (_req, res) => {
    res.status(503).type('text/plain; charset=utf-8').send('The page is not built: run node scripts/build.mjs web.');
  };
}

function createApp(
  skill: LocalSkill,
  conversations: Conversations,
  options: Required<Pick<ServerOptions, 'host' | 'verifySignatures'>> & ServerOptions,
  logger: Logger,
): Express {
  const root = projectRoot(__dirname);
  const webRoot = options.webRoot ?? join(root, 'local', 'web');
  const scriptRoot = options.scriptRoot ?? join(root, 'dist', 'web');
  const pageScript = join(scriptRoot, 'page.js');

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(securityHeaders);

  // The Alexa endpoint first, with nothing before it that reads the body.
  app.use(
    '/alexa',
    alexaEndpoint(skill.runtime, {
      verifySignatures: options.verifySignatures,
      skillId: options.skillId,
      logger,
      ...options.alexa,
    }),
  );

  const page = express.Router();
  page.use(loopbackHostsOnly(isLoopbackHost(options.host)));
  page.get('/', asset(join(webRoot, 'index.html'), 'text/html; charset=utf-8'));
  page.get('/styles.css', asset(join(webRoot, 'styles.css'), 'text/css; charset=utf-8'));
  page.get('/favicon.svg', asset(join(webRoot, 'favicon.svg'), 'image/svg+xml'));
  page.get(
    '/page.js',
    built(pageScript, (file) => asset(file, 'text/javascript; charset=utf-8'), logger),
  );
  page.get('/ask-sheet.html', built(join(scriptRoot, 'ask-sheet.html'), askSheet, logger));

  const api = express.Router();
  api.use(sameOriginOnly, (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  api.use(express.json({ limit: '4kb', type: 'application/json' }));
  type Body = { conversationId?: unknown; userKey?: unknown; utterance?: unknown; intent?: unknown } | undefined;
  /** The conversation id and user key of a request; false (after answering 400) when the key is malformed. */
  const caller = (req: express.Request, res: express.Response): { id?: string; userKey?: string } | false => {
    const body = req.body as Body;
    const userKey = body?.userKey;
    if (userKey !== undefined && !isUserKey(userKey)) {
      res.status(400).json({ error: 'userKey must be 32 lower-case hexadecimal digits.' });
      return false;
    }
    return { id: typeof body?.conversationId === 'string' ? body.conversationId : undefined, userKey };
  };
  api.post('/say', async (req, res) => {
    const body = req.body as Body;
    if (!req.is('application/json') || typeof body?.utterance !== 'string') {
      res.status(400).json({ error: 'Send JSON: {"utterance": "what you would say"}.' });
      return;
    }
    const utterance = body.utterance.replace(/\p{Cc}/gu, ' ');
    if (utterance.length > MAX_UTTERANCE_LENGTH) {
      res.status(400).json({ error: `That is too long to say at once: at most ${MAX_UTTERANCE_LENGTH} characters.` });
      return;
    }
    const who = caller(req, res);
    if (who) res.json(await conversations.say(who.id, utterance, who.userKey));
  });
  api.post('/press', async (req, res) => {
    const body = req.body as Body;
    // A button's intent as the screen's APL data source names it; the skill answers any it does not offer with
    // its fallback, as it would for an Echo Show.
    if (!req.is('application/json') || !isIntentName(body?.intent)) {
      res.status(400).json({ error: 'Send JSON: {"intent": "the intent of the button pressed"}.' });
      return;
    }
    const who = caller(req, res);
    if (who) res.json(await conversations.press(who.id, body.intent, who.userKey));
  });
  api.post('/end', async (req, res) => {
    const who = caller(req, res);
    if (!who) return;
    if (isConversationId(who.id)) await conversations.end(who.id, who.userKey);
    res.status(204).end();
  });
  page.use('/api', api);
  app.use(page);

  app.use((_req, res) => {
    res.status(404).type('text/plain; charset=utf-8').send('Not Found.');
  });
  const failed: ErrorRequestHandler = (error: { status?: number; type?: unknown }, req, res, _next) => {
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    // Only bounded fields: the path (which names no one) cut short, and the error's name and code frames;
    // never the error's message, the body, the user key or an intent name.
    if (status === 500) logger.error('simulator request failed', { path: req.path.slice(0, 40) }, error);
    else logger.warn('simulator request rejected', { reason: bounded(error.type, 'bad-request'), status });
    if (res.headersSent) return;
    const message =
      status === 413 ? 'That request is too large.' : status < 500 ? 'That request could not be read.' : 'Something went wrong.';
    res.status(status).json({ error: message });
  };
  app.use(failed);
  return app;
}

/** Starts the local skill and the server. close() stops both. */
export async function startLocalServer(options: ServerOptions): Promise<LocalServer> {
  const host = options.host ?? '127.0.0.1';
  const verifySignatures = options.verifySignatures ?? true;
  const logger = options.logger ?? createLogger(options.verbose ? 'INFO' : 'WARN');
  if (!verifySignatures && !isLoopbackHost(host)) {
    throw new Error('Alexa signature checks can be turned off only on a loopback host (local testing).');
  }
  // Amazon requires every endpoint to check the skill id. /alexa refuses every request without it (alexa-endpoint.ts);
  // a server that listens beyond this computer is for a real skill, so it does not start without it either.
  if (verifySignatures && !isLoopbackHost(host) && !options.skillId) {
    throw new Error(
      `the server would listen on ${host}, beyond this computer, with no SKILL_ID. Listening beyond this computer is for ` +
        "a real skill's endpoint, which answers only its own skill: set SKILL_ID to the skill id from the Alexa developer console.",
    );
  }
  const skill = await startLocalSkill({ locale: options.locale, verbose: options.verbose ?? false, dataDir: options.dataDir });
  const conversations = new Conversations({
    runtime: skill.runtime,
    locale: options.locale,
    logger,
    maxConversations: options.maxConversations,
    idleMs: options.idleMs,
  });
  let server: Server;
  try {
    const app = createApp(skill, conversations, { ...options, host, verifySignatures }, logger);
    server = createServer({ requestTimeout: 30_000, headersTimeout: 10_000 }, app);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 3000, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await skill.close();
    throw error;
  }

  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    host,
    verifySignatures,
    conversations,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
          // Requests in flight get a moment to finish; keep-alive sockets do not hold the close.
          setTimeout(() => {
            for (const socket of sockets) socket.destroy();
          }, 2_000).unref();
        });
        await conversations.closeAll();
        await skill.close();
      })();
      return closing;
    },
  };
}
