import type { Context } from 'hono';

type NodeBindings = { outgoing?: { setHeader(name: string, value: string): unknown; headersSent?: boolean } };

/**
 * Adds headers to whatever answer the request gets, from a middleware. On the real server they go straight
 * onto Node's response (`c.env.outgoing`, from @hono/node-server), which sends them with the answer; Hono's
 * `c.header` would build a WHATWG `Headers` for them, and with it every answer takes @hono/node-server's
 * slow path (undici's header checks, then copied back into a plain object): a tenth of a small request.
 * Without a Node response (`app.request` in tests, the pages calling the API in-process), `c.header`.
 * An answer's own header of the same name wins, as with `c.header`.
 */
export function addResponseHeaders(c: Context, headers: Readonly<Record<string, string>>): void {
  const outgoing = (c.env as NodeBindings | undefined)?.outgoing;
  if (outgoing && typeof outgoing.setHeader === 'function') {
    if (outgoing.headersSent) return;
    for (const name in headers) outgoing.setHeader(name, headers[name]!);
    return;
  }
  for (const name in headers) c.header(name, headers[name]);
}
