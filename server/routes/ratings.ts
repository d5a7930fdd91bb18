import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { Problem, RatingCreated, RatingDetailInput, RatingInput } from '../../shared/schemas/index.ts';
import type { ServiceContext } from '../services/context.ts';
import { addRatingDetail } from '../services/ratings/add-rating-detail.ts';
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

const details = createRoute({
  method: 'post',
  path: '/api/v1/ratings/{ratingId}/details',
  tags: ['ratings'],
  summary: 'Add a comment or the service to a rating just given, with the detailToken its creation answered; figures do not change',
  request: {
    params: z.object({
      ratingId: z
        .string()
        .regex(/^r[0-9]{1,15}$/)
        .meta({ param: { name: 'ratingId', in: 'path' }, example: 'r1042' })
    }),
    body: { required: true, content: { 'application/json': { schema: RatingDetailInput } } }
  },
  responses: {
    200: { description: 'Added to the rating', content: { 'application/json': { schema: RatingCreated } } },
    ...writeProblemResponses,
    403: { description: 'The token is not this rating’s, or its time has passed (`errors` names `detailToken`)', content: { 'application/problem+json': { schema: Problem } } }
  }
});

export function registerRatings(app: OpenAPIHono, ctx: ServiceContext): void {
  app.openapi(documentHeadersOnly(app, route), async (c) => {
    const { body, replayed } = await recordRating({ ctx, input: c.req.valid('json'), idempotencyKey: c.req.header('Idempotency-Key') });
    return c.json(body, 201, replayedHeaders(replayed));
  });
  app.openapi(details, async (c) => c.json(await addRatingDetail({ ctx, ratingId: c.req.valid('param').ratingId, input: c.req.valid('json') }), 200));
}
