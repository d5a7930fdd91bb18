import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { Slug } from '../../shared/schemas/index.ts';
import { requireStaff } from '../middleware/console-guard/index.ts';
import type { ServiceContext } from '../services/context.ts';
import { requirePopulationRight, setSurveyPopulation } from '../services/surveys/set-population.ts';
import { consoleProblems, STAFF_SECURITY } from './console-responses.ts';

const OfficeParams = z.object({ officeId: Slug.meta({ param: { name: 'officeId', in: 'path' }, example: 'disdukcapil-sukamaju' }) });
const PopulationInput = z
  .object({ period: z.string().meta({ example: '2026-S1' }), population: z.number().int().min(1).max(100_000_000).describe('service users in the period') })
  .meta({ id: 'SurveyPopulationInput' });

const setPopulation = createRoute({
  method: 'put',
  path: '/api/v1/console/offices/{officeId}/skm-population',
  tags: ['console', 'skm'],
  summary: "Set the office's number of service users in an SKM period (for the Krejcie–Morgan sample); managers and admins",
  security: STAFF_SECURITY,
  request: { params: OfficeParams, body: { required: true, content: { 'application/json': { schema: PopulationInput } } } },
  responses: { 204: { description: 'Saved' }, ...consoleProblems }
});

export function registerConsoleSkm(app: OpenAPIHono, ctx: ServiceContext): void {
  app.openapi(setPopulation, async (c) => {
    const { officeId } = c.req.valid('param');
    const staff = requireStaff(c);
    requirePopulationRight(staff, officeId);
    await setSurveyPopulation({ ctx, by: staff, officeId, ...c.req.valid('json') });
    return c.body(null, 204);
  });
}
