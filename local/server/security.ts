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
 * Answers only requests whose Host is a loopback name, so that a web site that points its own name at
 * 127.0.0.1 (DNS rebinding) cannot drive what is behind it. The page and its API use it while the server
 * listens on loopback only; the Alexa endpoint uses it with signature checks off (with them on, a tunnel may
 * forward it under another name, and signatures protect it).
 */
export function loopbackHostsOnly(
  enabled: boolean,
  refusal = 'Misdirected Request: this local simulator answers only on localhost.',
): RequestHandler {
  return (req, res, next) => {
    if (!enabled) return next();
    const hostname = hostnameOf(req.get('host'));
    if (hostname && isLoopbackHost(hostname)) return next();
    res.status(421).type('text/plain; charset=utf-8').send(refusal);
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

function isLoopbackAddress(address: string): boolean {
  return address === '::1' || /^(::ffff:)?127(\.\d{1,3}){3}$/i.test(address);
}

/** An IPv6 address's /64 network, which one holder controls whole: a sender's addresses count as one. */
function ipv6Network(address: string): string | undefined {
  if (!/^[0-9a-f:]+$/i.test(address)) return undefined;
  const [head = '', tail, extra] = address.split('::');
  if (extra !== undefined) return undefined;
  const front = head === '' ? [] : head.split(':');
  const back = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - front.length - back.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return undefined;
  const groups = [...front, ...Array<string>(missing).fill('0'), ...back];
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}

/**
 * Who sent a request, for bounding what one sender can make the server do: the peer's address (an IPv6 one by
 * its /64). When the peer is this computer (a tunnel or reverse proxy in front of the server), the client it
 * serves: the last X-Forwarded-For entry, which the proxy wrote (earlier entries are the client's own to forge).
 */
export function requesterOf(peer: string | undefined, forwardedFor: string | undefined): string {
  let address = peer ?? 'unknown';
  if (isLoopbackAddress(address) && forwardedFor) address = forwardedFor.split(',').at(-1)?.trim() || address;
  address = address
    .slice(0, 64)
    .toLowerCase()
    .replace(/^::ffff:(?=\d)/, '');
  return ipv6Network(address) ?? address;
}
