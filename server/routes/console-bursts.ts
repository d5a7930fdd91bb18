import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { BurstList, ConsoleBurst, ExclusionInput, Slug } from '../../shared/schemas/index.ts';
import { requireStaff } from '../middleware/console-guard/index.ts';
import { listBursts } from '../services/bursts/list-bursts.ts';
import { excludeBurst, undoBurstExclusion } from '../services/bursts/review-burst.ts';
import type { ServiceContext } from '../services/context.ts';
import { consoleProblems, STAFF_SECURITY } from './console-responses.ts';

const BurstParams = z.object({
  officeId: Slug.meta({ param: { name: 'officeId', in: 'path' }, example: 'disdukcapil-sukamaju' }),
  burstId: z.coerce
    .number()
    .int()
    .min(0)
    .meta({ param: { name: 'burstId', in: 'path' }, example: 1795575600000 })
});
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = { required: true, content: { 'application/json': { schema: ExclusionInput } } };

const list = createRoute({
  method: 'get',
  path: '/api/v1/console/bursts',
  tags: ['console'],
  summary: "Hours with unusually many ratings, for the account's offices, for review",
  security: STAFF_SECURITY,
  responses: { 200: json(BurstList, 'Bursts per office, newest first'), ...consoleProblems }
});

const exclude = createRoute({
  method: 'post',
  path: '/api/v1/console/offices/{officeId}/bursts/{burstId}/exclusion',
  tags: ['console'],
  summary: "Leave a burst's ratings out of the published figures, with a public reason; managers of the office and admins",
  security: STAFF_SECURITY,
  request: { params: BurstParams, body },
  responses: { 200: json(ConsoleBurst, 'The burst, excluded'), ...consoleProblems }
});

const undo = createRoute({
  method: 'delete',
  path: '/api/v1/console/offices/{officeId}/bursts/{burstId}/exclusion',
  tags: ['console'],
  summary: "Count a burst's ratings again; managers of the office and admins",
  security: STAFF_SECURITY,
  request: { params: BurstParams, body },
  responses: { 200: json(ConsoleBurst, 'The burst, counted again'), ...consoleProblems }
});

export function registerConsoleBursts(app: OpenAPIHono, ctx: ServiceContext): void {
  app.openapi(list, (c) => c.json(listBursts({ ctx, staff: requireStaff(c) }), 200));
  app.openapi(exclude, async (c) => {
    const { officeId, burstId } = c.req.valid('param');
    return c.json(await excludeBurst({ ctx, staff: requireStaff(c), officeId, from: burstId, reason: c.req.valid('json').reason }), 200);
  });
  app.openapi(undo, async (c) => {
    const { officeId, burstId } = c.req.valid('param');
    return c.json(await undoBurstExclusion({ ctx, staff: requireStaff(c), officeId, from: burstId, reason: c.req.valid('json').reason }), 200);
  });
}
