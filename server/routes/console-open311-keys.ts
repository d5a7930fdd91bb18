import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { Open311KeyInfo, Open311KeyInput, Open311KeyIssued, Open311KeyList } from '../../shared/schemas/index.ts';
import { requireStaff } from '../middleware/console-guard/index.ts';
import type { ServiceContext } from '../services/context.ts';
import { issueOpen311Key, listOpen311Keys, revokeOpen311Key } from '../services/open311/api-keys.ts';
import { consoleProblems, STAFF_SECURITY } from './console-responses.ts';

const KeyParams = z.object({
  keyId: z
    .string()
    .regex(/^[0-9a-f]{12}$/)
    .meta({ param: { name: 'keyId', in: 'path' }, example: '3f9a0c1d2e4b' })
});
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const list = createRoute({
  method: 'get',
  path: '/api/v1/console/open311-keys',
  tags: ['console'],
  summary: 'Open311 API keys: every key for an admin, their own for a manager (never the key itself)',
  security: STAFF_SECURITY,
  responses: { 200: json(Open311KeyList, 'The keys, newest first'), ...consoleProblems }
});

const issue = createRoute({
  method: 'post',
  path: '/api/v1/console/open311-keys',
  tags: ['console'],
  summary: 'Issue an Open311 API key; the answer is the only place the key is shown. Admins and managers',
  security: STAFF_SECURITY,
  request: { body: { required: true, content: { 'application/json': { schema: Open311KeyInput } } } },
  responses: { 201: json(Open311KeyIssued, 'The key, shown once'), ...consoleProblems }
});

const revoke = createRoute({
  method: 'delete',
  path: '/api/v1/console/open311-keys/{keyId}',
  tags: ['console'],
  summary: 'Revoke an Open311 API key at once',
  security: STAFF_SECURITY,
  request: { params: KeyParams },
  responses: { 200: json(Open311KeyInfo, 'The key, revoked'), ...consoleProblems }
});

export function registerConsoleOpen311Keys(app: OpenAPIHono, ctx: ServiceContext): void {
  app.openapi(list, (c) => c.json({ keys: listOpen311Keys({ ctx, staff: requireStaff(c) }) }, 200));
  app.openapi(issue, async (c) => c.json(await issueOpen311Key({ ctx, staff: requireStaff(c), input: c.req.valid('json') }), 201));
  app.openapi(revoke, async (c) => c.json(await revokeOpen311Key({ ctx, staff: requireStaff(c), id: c.req.valid('param').keyId }), 200));
}
