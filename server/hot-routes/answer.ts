import type { IncomingMessage, ServerResponse } from 'node:http';
import { FALLBACK_CSP, securityHeaderValues } from '../middleware/security-headers/index.ts';

/** Headers as Node's `writeHead` takes them fastest: name, value, name, value… */
export type FlatHeaders = string[];

/**
 * What the hot routes hand back to the server (server/main.ts): a request they will not answer goes on to the
 * ordinary path (Hono), with the body already read when they read it; an answer given is reported for the
 * request log and metrics.
 */
export type Lane = {
  fallThrough(req: IncomingMessage, res: ServerResponse): void;
  answered(method: string, route: string, status: number, started: number, reqId: string): void;
};

/**
 * The headers every API answer carries, as the ordinary path sets them one by one (server/main.ts, the
 * security-headers and public-cors middleware), put together once: `X-Content-Type-Options`, `Referrer-Policy`,
 * HSTS on https, the fallback CSP, and `Access-Control-Allow-Origin: *` (the public API answers any origin).
 */
export function apiHeaders(origin: string | undefined): FlatHeaders {
  const flat: FlatHeaders = [];
  for (const [name, value] of Object.entries(securityHeaderValues({ origin }))) flat.push(name, value);
  flat.push('Access-Control-Allow-Origin', '*', 'Content-Security-Policy', FALLBACK_CSP);
  return flat;
}

/** Writes a whole answer in one go: status, the headers, Content-Length and the body. */
export function send(res: ServerResponse, status: number, headers: FlatHeaders, body: string | Uint8Array | undefined): void {
  const length = body === undefined ? 0 : typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
  if (status !== 304) headers.push('Content-Length', String(length));
  res.writeHead(status, headers);
  res.end(body);
}
