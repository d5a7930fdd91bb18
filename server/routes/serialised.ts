import type { Context, TypedResponse } from 'hono';
import type { Serialised } from '../services/stats/serialised.ts';

type SerialisedAnswer = { status: 200 | 304; headers: Record<string, string>; body: Uint8Array<ArrayBuffer> | string | undefined };

/**
 * The answer of figures already serialised (services/stats/serialised.ts) to a network client: gzipped when it
 * accepts that, and 304 without a body when it already holds this version (If-None-Match with the ETag, which
 * stands for the figures whatever their encoding: a weak one).
 */
export function serialisedAnswer(serialised: Serialised, acceptEncoding: string | undefined, ifNoneMatch: string | undefined): SerialisedAnswer {
  const etag = serialised.etag;
  if (ifNoneMatch !== undefined && matches(ifNoneMatch, etag)) return { status: 304, headers: { Vary: 'Accept-Encoding', ETag: etag }, body: undefined };
  const gzip = acceptEncoding !== undefined && /\bgzip\b/.test(acceptEncoding);
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Vary: 'Accept-Encoding', ETag: etag };
  if (gzip) headers['Content-Encoding'] = 'gzip';
  return { status: 200, headers, body: gzip ? serialised.gzip : serialised.text };
}

/** If-None-Match: `*`, or a list of tags compared weakly (RFC 9110 13.1.2). */
function matches(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = etag.slice(2);
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return (trimmed.startsWith('W/') ? trimmed.slice(2) : trimmed) === opaque;
  });
}

/**
 * Answers with figures already serialised: as serialisedAnswer over the network; the pages, reading the API
 * in-process, always get plain JSON. Typed as the JSON answer the route declares, which it is.
 */
export function sendSerialised<T>(c: Context, serialised: Serialised): TypedResponse<T, 200, 'json'> {
  const overNetwork = (c.env as { incoming?: unknown } | undefined)?.incoming !== undefined;
  const { headers, body } = serialisedAnswer(serialised, overNetwork ? c.req.header('Accept-Encoding') : undefined, c.req.header('If-None-Match'));
  const answer = body === undefined ? c.body(null, 304, headers) : c.body(body, 200, headers);
  return answer as unknown as TypedResponse<T, 200, 'json'>;
}
