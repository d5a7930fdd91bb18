import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { RatingCreated, RatingInput } from '../../shared/schemas/index.ts';
import type { ServiceContext } from '../services/context.ts';
import { recordRating } from '../services/ratings/record-rating.ts';
import { writeProblemResponses } from './responses.ts';

const route = createRoute({
  method: 'post',
  path: '/api/v1/ratings',
  tags: ['ratings'],
  summary: 'Rate an office (SKM scale 1–4); answered after the rating is on disk',
  request: { body: { required: true, content: { 'application/json': { schema: RatingInput } } } },
  responses: {
    201: { description: 'Recorded', content: { 'application/json': { schema: RatingCreated } } },
    ...writeProblemResponses
  }
});

export function registerRatings(app: OpenAPIHono, ctx: ServiceContext): void {
  app.openapi(route, async (c) => c.json(await recordRating({ ctx, input: c.req.valid('json') }), 201));
}
