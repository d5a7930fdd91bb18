import type { IncomingMessage } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';

const apiRoutes = new WeakMap<IncomingMessage, string>();

/**
 * Notes which API route pattern (`/api/v1/offices/:officeId/stats`) answered a request, for the request's
 * log line and metrics, which label by pattern: a raw path would carry tracking codes and grow without end.
 */
export function recordRoute(): MiddlewareHandler {
  return async function recordRouteOfRequest(c, next) {
    await next();
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    if (incoming) apiRoutes.set(incoming, routePath(c, -1));
  };
}

// The pages' first path segments (web/routes/): anything else is labelled "other", so a scanner's
// random paths cannot blow up the number of labels.
const PAGE_SECTIONS = new Set(['kantor', 'kios', 'konsol', 'lacak', 'metodologi', 'nilai', 'pengaduan', 'sematkan', 'survei', 'dokumentasi-api', '_app', 'embed']);

/** The label of a request: its API route pattern, or for a page its section (`/lacak/*`), never the raw path. */
export function routeLabel(req: IncomingMessage): string {
  const api = apiRoutes.get(req);
  if (api) return api;
  const path = req.url ?? '/';
  if (path === '/' || path.startsWith('/?')) return '/';
  const section = /^\/([^/?#]+)/.exec(path)?.[1] ?? '';
  return PAGE_SECTIONS.has(section) ? `/${section}/*` : 'other';
}
