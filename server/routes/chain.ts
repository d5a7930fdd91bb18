// The public record (docs/public-record.md): the chain's signed head, its daily history, the public forms
// of the events with their links, and the script that checks them all. No login, any origin.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { problem } from '../middleware/problem/index.ts';
import type { PublicRecord } from '../public-record/index.ts';
import type { ServiceContext } from '../services/context.ts';

/** Most public forms one request hands out; a verifier pages through with `after`. */
export const MAX_EVENTS_PER_REQUEST = 10_000;

const SignedHead = z
  .object({
    seq: z.number().int().describe('the last event the head covers'),
    hash: z.string().describe('its hash: sha256 of "seq\\npublic form", base64url, 22 characters'),
    at: z.string().describe('when the head was signed (ISO 8601)'),
    signature: z.string().describe('Ed25519 over "suara-layanan chain head <seq> <hash> <at>", base64url'),
    keyId: z.string()
  })
  .meta({ id: 'SignedChainHead' });

const CurrentHead = SignedHead.extend({ publicKey: z.string().describe("the installation's Ed25519 public key, raw, base64url (a JWK's x)") }).meta({ id: 'CurrentChainHead' });

const HeadHistory = z
  .object({
    publicKey: z.string(),
    keyId: z.string(),
    heads: z.array(SignedHead).describe('one per day (00:00 WIB), oldest first'),
    migration: z
      .object({ at: z.string(), from: z.object({ format: z.number(), seq: z.number(), hash: z.string() }), to: z.object({ format: z.number(), seq: z.number(), hash: z.string() }) })
      .optional()
      .describe('when the log was rebuilt for the public chain: the last head of the old chain and the first of the new')
  })
  .meta({ id: 'ChainHeadHistory' });

const head = createRoute({
  method: 'get',
  path: '/api/v1/chain/head',
  tags: ['public record'],
  summary: 'The chain head now, signed with the installation key',
  responses: { 200: { description: 'The head', content: { 'application/json': { schema: CurrentHead } } } }
});

const heads = createRoute({
  method: 'get',
  path: '/api/v1/chain/heads',
  tags: ['public record'],
  summary: 'The daily signed heads, with the public key that checks them',
  responses: { 200: { description: 'History', content: { 'application/json': { schema: HeadHistory } } } }
});

const EventsQuery = z.object({
  after: z.coerce.number().int().min(0).default(0).describe('the last seq already read (0: from the start)'),
  limit: z.coerce.number().int().min(1).max(MAX_EVENTS_PER_REQUEST).default(1000)
});

const events = createRoute({
  method: 'get',
  path: '/api/v1/chain/events',
  tags: ['public record'],
  summary: 'Public forms of the events after a seq, one JSON line each (NDJSON): exactly the bytes each hash covers',
  request: { query: EventsQuery },
  responses: {
    200: { description: 'Lines after+1, after+2, …; `Suara-Chain-Head` names the head; `Link` the next page', content: { 'application/x-ndjson': { schema: z.string() } } },
    422: { description: 'A bad `after` or `limit`' }
  }
});

export function registerChain(app: OpenAPIHono, ctx: ServiceContext, record: PublicRecord): void {
  app.openapi(head, (c) => c.json({ ...record.signNow(ctx.store.head(), ctx.clock.now()), publicKey: record.key.publicKey }, 200, { 'Cache-Control': 'no-cache' }));

  app.openapi(heads, async (c) =>
    c.json({ publicKey: record.key.publicKey, keyId: record.key.keyId, heads: await record.daily.list(), ...(record.migration && { migration: record.migration }) }, 200)
  );

  app.openapi(events, async (c) => {
    const { after, limit } = c.req.valid('query');
    const top = ctx.store.head();
    if (!ctx.store.readPublicForms) return problem(c, { title: 'Not Implemented', status: 501, detail: 'Penyimpanan ini tanpa rantai publik / this store has no public chain' });
    const lines: string[] = [];
    await ctx.store.readPublicForms({ after, upTo: Math.min(top.seq, after + limit) }, (line) => void lines.push(line));
    const last = after + lines.length;
    const headers: Record<string, string> = { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Suara-Chain-Head': `${top.seq} ${top.hash}`, 'Cache-Control': 'no-cache' };
    if (last < top.seq) headers.Link = `</api/v1/chain/events?after=${last}&limit=${limit}>; rel="next"`;
    return c.body(lines.length === 0 ? '' : lines.join('\n') + '\n', 200, headers);
  });

  // The standalone verifier (scripts/verify-public.ts, one file, built with the server): `node verify.mjs <this site>`.
  app.get('/api/v1/chain/verify.mjs', (c) => {
    if (!record.verifierScript) return problem(c, { title: 'Not Found', status: 404, detail: 'Skrip belum dibangun / not built: npm run build' });
    return c.body(record.verifierScript, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Content-Disposition': 'attachment; filename="verify.mjs"',
      'Cache-Control': 'public, max-age=3600'
    });
  });
}
