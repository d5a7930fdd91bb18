import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { ComplaintCreated, ComplaintInput, PublicComplaint } from '../../shared/schemas/index.ts';
import type { ServiceContext } from '../services/context.ts';
import { fileComplaint } from '../services/complaints/file-complaint.ts';
import { getPublicComplaint } from '../services/complaints/public-complaint.ts';
import { problemResponses, writeProblemResponses } from './responses.ts';

const file = createRoute({
  method: 'post',
  path: '/api/v1/complaints',
  tags: ['complaints'],
  summary: 'File a complaint without an account',
  request: { body: { required: true, content: { 'application/json': { schema: ComplaintInput } } } },
  responses: {
    201: { description: 'Filed: keep the tracking code; the secret is shown only once', content: { 'application/json': { schema: ComplaintCreated } } },
    ...writeProblemResponses
  }
});

const track = createRoute({
  method: 'get',
  path: '/api/v1/complaints/{trackingCode}',
  tags: ['complaints'],
  summary: 'Public status and timeline of a complaint (never contact data)',
  request: {
    params: z.object({ trackingCode: z.string().min(4).max(32).meta({ param: { name: 'trackingCode', in: 'path' }, example: 'SL-7K3M-Q9XA-2B' }) })
  },
  responses: {
    200: { description: 'Status and public timeline', content: { 'application/json': { schema: PublicComplaint } } },
    ...problemResponses
  }
});

export function registerComplaints(app: OpenAPIHono, ctx: ServiceContext): void {
  app.openapi(file, async (c) => c.json(await fileComplaint({ ctx, input: c.req.valid('json') }), 201));
  app.openapi(track, (c) => c.json(getPublicComplaint({ ctx, trackingCode: c.req.valid('param').trackingCode }), 200));
}
