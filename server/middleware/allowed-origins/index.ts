import type { Context, MiddlewareHandler, Next } from 'hono';
import type { CatalogIndex } from '../../catalog-index.ts';
import { problem } from '../problem/index.ts';

/** Whether the office a parsed submission names takes submissions from `origin` (one with no list: from anywhere). */
export function originAllowed(catalog: CatalogIndex, body: unknown, origin: string): boolean {
  const officeId = (body as { officeId?: unknown } | null | undefined)?.officeId;
  const allowed = typeof officeId === 'string' ? catalog.office(officeId)?.allowedOrigins : undefined;
  return !allowed?.length || allowed.includes(origin);
}

/** The submission a multipart form carries: the JSON of its "complaint" part, or the form's own fields. */
function submissionOfForm(form: Record<string, unknown>): unknown {
  return typeof form.complaint === 'string' ? JSON.parse(form.complaint) : form;
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
    // A form with files (multipart) carries the submission as JSON in its "complaint" part, or as flat fields.
    const multipart = /^multipart\/form-data/i.test(c.req.header('content-type') ?? '');
    const body: unknown = await (multipart ? c.req.parseBody({ all: true }).then(submissionOfForm) : c.req.json()).catch(() => undefined);
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
