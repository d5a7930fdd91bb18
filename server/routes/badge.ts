import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { OfficeBadge, Slug } from '../../shared/schemas/index.ts';
import { getOfficeBadge } from '../services/badge/office-badge.ts';
import type { ServiceContext } from '../services/context.ts';
import { problemResponses } from './responses.ts';

const route = createRoute({
  method: 'get',
  path: '/api/v1/offices/{officeId}/badge',
  tags: ['offices'],
  summary: "The office's headline figures for `<suara-score>`: satisfaction with n, IKM, median first response",
  request: { params: z.object({ officeId: Slug.meta({ param: { name: 'officeId', in: 'path' }, example: 'disdukcapil-sukamaju' }) }) },
  responses: { 200: { description: 'Headline figures', content: { 'application/json': { schema: OfficeBadge } } }, ...problemResponses }
});

/** Read on every page view of every embedding site: five minutes of caching anywhere is fine for these figures. */
export function registerBadge(app: OpenAPIHono, ctx: ServiceContext): void {
  app.openapi(route, (c) => c.json(getOfficeBadge({ ctx, officeId: c.req.valid('param').officeId }), 200, { 'Cache-Control': 'public, max-age=300' }));
}
