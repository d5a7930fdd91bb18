import type { MiddlewareHandler } from 'hono';

/**
 * What no page of ours may be: framed by another site (clickjacking the console), a form posting elsewhere, or a
 * `<base>` redirecting relative links. The pages SvelteKit renders carry these in their own CSP (svelte.config.js);
 * every other answer (the API, static files, SvelteKit's fallback error page) gets this one. It names no fetch
 * directive, so it never narrows what a script or the kiosk's service worker may load.
 */
export const FALLBACK_CSP = "frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

/** One year, the usual HSTS lifetime; only ever sent when the site's origin is https. */
const HSTS = 'max-age=31536000';

/**
 * The headers every answer of the server carries, whoever made it: no MIME sniffing, no tracking code leaking
 * in a Referer to another site (codes are in our URLs), https only once seen on https.
 */
export function securityHeaderValues({ origin }: { origin?: string }): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    ...(origin?.startsWith('https:') && { 'Strict-Transport-Security': HSTS })
  };
}

/**
 * The API's copy of those headers, plus the fallback CSP (not on `/embed/`: scripts that other sites load are not
 * documents). Set before the handler answers, so no answer is rebuilt afterwards (see middleware/public-cors).
 */
export function securityHeaders({ origin }: { origin?: string }): MiddlewareHandler {
  const always = Object.entries(securityHeaderValues({ origin }));
  // Not async: every answer passes this layer, and goes on without a promise of its own.
  return function addSecurityHeaders(c, next) {
    for (const [name, value] of always) c.header(name, value);
    if (!c.req.path.startsWith('/embed/')) c.header('Content-Security-Policy', FALLBACK_CSP);
    return next();
  };
}
