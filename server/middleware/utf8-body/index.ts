import type { MiddlewareHandler } from 'hono';
import { problem } from '../problem/index.ts';

const JSON_TYPE = /json/i;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Refuses a JSON body that is not valid UTF-8 with 400. Left alone, the body's text would be decoded leniently and
 * a bad byte stored as U+FFFD: the citizen's words silently changed. Hono keeps the bytes read here, so the
 * validators and allowed-origins parse the same body afterwards without reading the request again.
 */
export function utf8Body(): MiddlewareHandler {
  return async function requireUtf8(c, next) {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS' || !JSON_TYPE.test(c.req.header('content-type') ?? '')) return next();
    // Reading fails only past the body limit: that error stays the body limit's to answer (413).
    const bytes = await c.req.arrayBuffer();
    try {
      strictUtf8.decode(bytes);
    } catch {
      return problem(c, { title: 'Bad Request', status: 400, detail: 'Isi permintaan bukan UTF-8 yang sah / the request body is not valid UTF-8' });
    }
    await next();
  };
}
