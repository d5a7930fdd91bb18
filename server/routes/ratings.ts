import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { RatingCreated, RatingInput } from '../../shared/schemas/index.ts';
import type { ServiceContext } from '../services/context.ts';
import { recordRating } from '../services/ratings/record-rating.ts';
import { documentHeadersOnly, IdempotencyHeaders, replayedHeaders, writeProblemResponses } from './responses.ts';

const route = createRoute({
  method: 'post',
  path: '/api/v1/ratings',
  tags: ['ratings'],
  summary: 'Rate an office (SKM scale 1–4); answered after the rating is on disk',
  request: {
    headers: IdempotencyHeaders,
    body: { required: true, content: { 'application/json': { schema: RatingInput } } }
  },
  responses: {
    201: { description: 'Recorded (or, for a repeated Idempotency-Key, the first answer again)', content: { 'application/json': { schema: RatingCreated } } },
    ...writeProblemResponses
  }
});

export function registerRatings(app: OpenAPIHono, ctx: ServiceContext): void {
  app.openapi(documentHeadersOnly(app, route), async (c) => {
    const { body, replayed } = await recordRating({ ctx, input: c.req.valid('json'), idempotencyKey: c.req.header('Idempotency-Key') });
    return c.json(body, 201, replayedHeaders(replayed));
  });
}
