import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { LeagueTable, StatsQuery } from '../../shared/schemas/index.ts';
import type { ServiceContext } from '../services/context.ts';
import { getLeagueTableSerialised } from '../services/stats/league-table.ts';
import { problemResponses } from './responses.ts';
import { sendSerialised } from './serialised.ts';

const route = createRoute({
  method: 'get',
  path: '/api/v1/stats',
  tags: ['stats'],
  summary: 'Every office for one period (the league table) and the pooled region figures',
  request: { query: StatsQuery },
  responses: {
    200: { description: 'League table', content: { 'application/json': { schema: LeagueTable } } },
    422: problemResponses[422]
  }
});

export function registerStats(app: OpenAPIHono, ctx: ServiceContext): void {
  app.openapi(route, (c) => sendSerialised<LeagueTable>(c, getLeagueTableSerialised({ ctx, query: c.req.valid('query') })));
}
