import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { ComplaintCreated, ComplaintInput, PublicComplaint } from '../../shared/schemas/index.ts';
import type { ServiceContext } from '../services/context.ts';
import { fileComplaint, replayedSecret } from '../services/complaints/file-complaint.ts';
import { getPublicComplaint } from '../services/complaints/public-complaint.ts';
import { documentHeadersOnly, IdempotencyHeaders, problemResponses, replayedHeaders, writeProblemResponses } from './responses.ts';

const file = createRoute({
  method: 'post',
  path: '/api/v1/complaints',
  tags: ['complaints'],
  summary: 'File a complaint without an account',
  request: {
    headers: IdempotencyHeaders,
    body: { required: true, content: { 'application/json': { schema: ComplaintInput } } }
  },
  responses: {
    201: {
      description: 'Filed: keep the tracking code; the secret is shown only once (again only to a repeat with the same Idempotency-Key)',
      content: { 'application/json': { schema: ComplaintCreated } }
    },
    ...writeProblemResponses
  }
});

const track = createRoute({
  method: 'get',
  path: '/api/v1/complaints/{trackingCode}',
  tags: ['complaints'],
  summary: 'Public status and timeline of a complaint (never contact data)',
  request: {
    params: z.object({
      trackingCode: z
        .string()
        .min(4)
        .max(32)
        .meta({ param: { name: 'trackingCode', in: 'path' }, example: 'SL-7K3M-Q9XA-2B' })
    })
  },
  responses: {
    200: { description: 'Status and public timeline', content: { 'application/json': { schema: PublicComplaint } } },
    ...problemResponses
  }
});

export function registerComplaints(app: OpenAPIHono, ctx: ServiceContext): void {
  app.openapi(documentHeadersOnly(app, file), async (c) => {
    const input = c.req.valid('json');
    const key = c.req.header('Idempotency-Key');
    const { body, replayed } = await ctx.idempotency.once({
      kind: 'complaint',
      key,
      officeId: input.officeId,
      submit: (keyHash) => fileComplaint({ ctx, input, keyed: keyHash ? { keyHash, secret: ctx.idempotency.complaintSecret(key!) } : undefined }),
      replay: (first) => ({ trackingCode: first.trackingCode!, secret: replayedSecret(ctx, key!, first.trackingCode!) })
    });
    return c.json(body, 201, replayedHeaders(replayed));
  });
  app.openapi(track, (c) => c.json(getPublicComplaint({ ctx, trackingCode: c.req.valid('param').trackingCode }), 200));
}
