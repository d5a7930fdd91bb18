import type { Context, TypedResponse } from 'hono';
import type { Serialised } from '../services/stats/serialised.ts';

/**
 * Answers 200 with figures already serialised (services/stats/serialised.ts): gzipped for a network
 * client that accepts it — the pages, reading the API in-process, always get plain JSON. Typed as the
 * JSON answer the route declares, which it is.
 */
export function sendSerialised<T>(c: Context, serialised: Serialised): TypedResponse<T, 200, 'json'> {
  const overNetwork = (c.env as { incoming?: unknown } | undefined)?.incoming !== undefined;
  const gzip = overNetwork && /\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '');
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Vary: 'Accept-Encoding' };
  if (gzip) headers['Content-Encoding'] = 'gzip';
  return c.body(gzip ? serialised.gzip : serialised.json, 200, headers) as unknown as TypedResponse<T, 200, 'json'>;
}
