import type { Context, MiddlewareHandler, Next } from 'hono';
import type { CatalogIndex } from '../../catalog-index.ts';
import { problem } from '../problem/index.ts';

/**
 * An office may list the sites allowed to send its ratings and complaints (`allowedOrigins` in the catalog);
 * a browser's POST from any other page gets 403 problem+json. Browsers always send `Origin` with a
 * cross-origin POST, so a page cannot hide it; our own site (`origin`) is always allowed, and a request without
 * `Origin` (not a browser page: the server-rendered forms posting in-process, a script) is not a web page to check.
 * An office with no list takes submissions from anywhere, as before.
 */
export function allowedOrigins({ catalog, origin: own }: { catalog: () => CatalogIndex; origin?: string }): MiddlewareHandler {
  async function checkBody(c: Context, next: Next, origin: string) {
    // Hono keeps the parsed body, so the route's validator reads it again for free; bad JSON is its to answer.
    // A form with files (multipart) names its office as a field; Hono keeps that parse too.
    const read = /^multipart\/form-data/i.test(c.req.header('content-type') ?? '') ? c.req.parseBody({ all: true }) : c.req.json();
    const body = (await read.catch(() => undefined)) as { officeId?: unknown } | undefined;
    const office = typeof body?.officeId === 'string' ? catalog().office(body.officeId) : undefined;
    const allowed = office?.allowedOrigins;
    if (!allowed?.length || allowed.includes(origin)) return next();
    return problem(c, {
      title: 'Forbidden',
      status: 403,
      detail: `Kantor ini tidak menerima kiriman dari ${origin} / this office does not accept submissions from ${origin}`
    });
  }
  // Not async: most requests (no Origin, or our own) pass on without a promise of this layer's own.
  return function checkOrigin(c, next) {
    const origin = c.req.header('Origin');
    if (c.req.method !== 'POST' || origin === undefined || origin === own) return next();
    return checkBody(c, next, origin);
  };
}
