import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { OfficeList, OfficeStats, OfficeWithServices, Slug, StatsQuery } from '../../shared/schemas/index.ts';
import type { ServiceContext } from '../services/context.ts';
import { getOffice, listOfficesSerialised } from '../services/offices/list-offices.ts';
import { getOfficeStatsSerialised } from '../services/stats/office-stats.ts';
import { problemResponses } from './responses.ts';
import { sendSerialised } from './serialised.ts';

const OfficeParams = z.object({ officeId: Slug.meta({ param: { name: 'officeId', in: 'path' }, example: 'disdukcapil-sukamaju' }) });
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const list = createRoute({
  method: 'get',
  path: '/api/v1/offices',
  tags: ['offices'],
  summary: 'All offices',
  responses: { 200: json(OfficeList, 'Offices by name') }
});

const one = createRoute({
  method: 'get',
  path: '/api/v1/offices/{officeId}',
  tags: ['offices'],
  summary: 'One office with its agency and services',
  request: { params: OfficeParams },
  responses: { 200: json(OfficeWithServices, 'The office'), ...problemResponses }
});

const stats = createRoute({
  method: 'get',
  path: '/api/v1/offices/{officeId}/stats',
  tags: ['stats'],
  summary: "An office's published figures for a period (default: the current month so far and the 11 months before it)",
  request: { params: OfficeParams, query: StatsQuery },
  responses: { 200: json(OfficeStats, 'Satisfaction, complaint figures and monthly trend'), ...problemResponses }
});

export function registerOffices(app: OpenAPIHono, ctx: ServiceContext): void {
  app.openapi(list, (c) => sendSerialised<z.infer<typeof OfficeList>>(c, listOfficesSerialised({ ctx })));
  app.openapi(one, (c) => c.json(getOffice({ ctx, officeId: c.req.valid('param').officeId }), 200));
  app.openapi(stats, (c) => sendSerialised<OfficeStats>(c, getOfficeStatsSerialised({ ctx, officeId: c.req.valid('param').officeId, query: c.req.valid('query') })));
}
