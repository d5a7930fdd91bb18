import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { SiteInfo } from '../../shared/schemas/index.ts';
import type { ServiceContext } from '../services/context.ts';

const route = createRoute({
  method: 'get',
  path: '/api/v1/site',
  tags: ['offices'],
  summary: 'What this installation shows (whether its data is the fictional demo)',
  responses: { 200: { description: 'About this installation', content: { 'application/json': { schema: SiteInfo } } } }
});

export function registerSite(app: OpenAPIHono, ctx: ServiceContext): void {
  app.openapi(route, (c) => c.json(siteInfo(ctx), 200));
}

/** What GET /api/v1/site answers (the pages also read it in-process: server/pages/page-reads.ts). */
export function siteInfo(ctx: ServiceContext): SiteInfo {
  const { catalog } = ctx.catalog();
  return { demo: catalog.demo || catalog.offices.some((office) => office.demo === true) };
}
