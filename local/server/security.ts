// Response headers for every route, and the checks that keep other web sites out of the simulator's API.
import type { RequestHandler } from 'express';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: RequestHandler = (_req, res, next) => {
  res.set({
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // The microphone only for this page's own speech recognition, and only when the person asks.
    'Permissions-Policy': 'microphone=(self), camera=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  });
  next();
};

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_NAMES.has(host.toLowerCase()) || /^127(\.\d{1,3}){3}$/.test(host);
}

function hostnameOf(hostHeader: string | undefined): string | undefined {
  if (!hostHeader) return undefined;
  try {
    return new URL(`http://${hostHeader}`).hostname;
  } catch {
    return undefined;
  }
}

/**
 * When the server listens on loopback only, the page and its API answer only to loopback host names, so a
 * web site that points its own name at 127.0.0.1 (DNS rebinding) cannot drive the simulator. The Alexa
 * endpoint is not covered: a tunnel may forward it under another name, and it is protected by signatures.
 */
export function loopbackHostsOnly(enabled: boolean): RequestHandler {
  return (req, res, next) => {
    if (!enabled) return next();
    const hostname = hostnameOf(req.get('host'));
    if (hostname && isLoopbackHost(hostname)) return next();
    res.status(421).type('text/plain; charset=utf-8').send('Misdirected Request: this local simulator answers only on localhost.');
  };
}

/**
 * The API takes JSON from this page only: no cross-site requests (a form on another site cannot send
 * application/json without a preflight, which is never granted; Sec-Fetch-Site and Origin are checked too).
 */
export const sameOriginOnly: RequestHandler = (req, res, next) => {
  const site = req.get('sec-fetch-site');
  const origin = req.get('origin');
  const host = req.get('host');
  const crossSite =
    (site !== undefined && site !== 'same-origin' && site !== 'none') || (origin !== undefined && origin !== `${req.protocol}://${host}`);
  if (crossSite) {
    res.status(403).json({ error: 'Cross-site requests are not allowed.' });
    return;
  }
  next();
};
