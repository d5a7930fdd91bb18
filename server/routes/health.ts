import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ServiceContext } from '../services/context.ts';
import type { StoreHealth } from '../store/types.ts';

const ChainBreak = z.object({ seq: z.number().int(), file: z.string(), line: z.number().int(), reason: z.string() });

const Health = z.object({
  /** 'degraded' while writes are refused; the process itself is alive either way. */
  status: z.enum(['ok', 'degraded']),
  /** Whether this server can take writes now (a load balancer's readiness). */
  ready: z.boolean(),
  storage: z.object({
    writable: z.boolean(),
    chain: z.object({ state: z.enum(['verifying', 'ok', 'broken']), events: z.number().int().optional(), break: ChainBreak.optional() }),
    writes: z.object({ state: z.enum(['ok', 'failing']), since: z.string().optional(), error: z.string().optional() })
  })
});

const health = createRoute({
  method: 'get',
  path: '/api/v1/health',
  tags: ['system'],
  summary: 'Liveness, and whether storage takes writes (the log intact, the disk writable)',
  responses: { 200: { description: 'Up (see `ready` for writes)', content: { 'application/json': { schema: Health } } } }
});

const ready = createRoute({
  method: 'get',
  path: '/api/v1/ready',
  tags: ['system'],
  summary: 'Readiness: 200 while writes are possible, 503 while the server starts (docs/operations.md), storage fails or the log is damaged',
  responses: {
    200: { description: 'Ready', content: { 'application/json': { schema: Health } } },
    503: { description: 'Writes refused now', content: { 'application/json': { schema: Health } } }
  }
});

/** A store without the notion (in memory) can always write. */
const ALWAYS_WRITABLE: StoreHealth = { writable: true, chain: { state: 'ok' }, writes: { state: 'ok' } };

export function registerHealth(app: OpenAPIHono, ctx: ServiceContext): void {
  const body = () => {
    const storage = ctx.store.health?.() ?? ALWAYS_WRITABLE;
    return { status: storage.writable ? ('ok' as const) : ('degraded' as const), ready: storage.writable, storage };
  };
  app.openapi(health, (c) => c.json(body(), 200));
  app.openapi(ready, (c) => {
    const answer = body();
    return answer.ready ? c.json(answer, 200) : c.json(answer, 503);
  });
}
