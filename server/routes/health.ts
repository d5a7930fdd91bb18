import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';

const route = createRoute({
  method: 'get',
  path: '/api/v1/health',
  tags: ['system'],
  summary: 'Liveness check',
  responses: { 200: { description: 'Up', content: { 'application/json': { schema: z.object({ status: z.literal('ok') }) } } } }
});

export function registerHealth(app: OpenAPIHono): void {
  app.openapi(route, (c) => c.json({ status: 'ok' as const }, 200));
}
