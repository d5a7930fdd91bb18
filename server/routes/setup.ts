import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { SetupInput, SetupStatus } from '../../shared/schemas/admin.ts';
import { completeSetup, setupNeeded } from '../services/admin/setup.ts';
import type { ServiceContext } from '../services/context.ts';
import type { SetupGate } from '../setup/token-file.ts';
import { consoleProblems } from './console-responses.ts';

const status = createRoute({
  method: 'get',
  path: '/api/v1/setup',
  tags: ['setup'],
  summary: 'Whether this installation still waits for its first admin',
  responses: { 200: { description: 'Status', content: { 'application/json': { schema: SetupStatus } } } }
});

const complete = createRoute({
  method: 'post',
  path: '/api/v1/setup',
  tags: ['setup'],
  summary: 'First run: the agency and the first admin, with the one-time token the server logged (void once used)',
  request: { body: { required: true, content: { 'application/json': { schema: SetupInput } } } },
  responses: { 204: { description: 'Set up; log in at /konsol/masuk' }, ...consoleProblems }
});

export function registerSetup(app: OpenAPIHono, ctx: ServiceContext, gate: SetupGate): void {
  app.openapi(status, (c) => c.json({ needed: setupNeeded(ctx, gate) }, 200));
  app.openapi(complete, async (c) => {
    await completeSetup({ ctx, gate, input: c.req.valid('json') });
    return c.body(null, 204);
  });
}
