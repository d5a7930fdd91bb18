import type { Context, MiddlewareHandler, Next } from 'hono';
import type { CatalogIndex } from '../../catalog-index.ts';
import { problem } from '../problem/index.ts';

/** Whether the office a parsed submission names takes submissions from `origin` (one with no list: from anywhere). */
export function originAllowed(catalog: CatalogIndex, body: unknown, origin: string): boolean {
  const officeId = (body as { officeId?: unknown } | null | undefined)?.officeId;
  const allowed = typeof officeId === 'string' ? catalog.office(officeId)?.allowedOrigins : undefined;
  return !allowed?.length || allowed.includes(origin);
}

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
    const body: unknown = await c.req.json().catch(() => undefined);
    if (originAllowed(catalog(), body, origin)) return next();
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
