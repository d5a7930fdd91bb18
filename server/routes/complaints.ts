import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { ComplaintCreated, ComplaintInput, PublicComplaint } from '../../shared/schemas/index.ts';
import type { ServiceContext } from '../services/context.ts';
import { fileComplaint, replayedSecret } from '../services/complaints/file-complaint.ts';
import { getPublicComplaint } from '../services/complaints/public-complaint.ts';
import { prepareUploads } from '../services/attachments/prepare-uploads.ts';
import { ComplaintForm, isMultipart, readComplaintForm } from './complaint-form.ts';
import { documentHeadersOnly, IdempotencyHeaders, problemResponses, replayedHeaders, writeProblemResponses } from './responses.ts';

const file = createRoute({
  method: 'post',
  path: '/api/v1/complaints',
  tags: ['complaints'],
  summary: 'File a complaint without an account (JSON, or a multipart form with photos and documents)',
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
  const fileOnce = async (input: ComplaintInput, key: string | undefined, files?: Awaited<ReturnType<typeof prepareUploads>>) =>
    ctx.idempotency.once({
      kind: 'complaint',
      key,
      officeId: input.officeId,
      submit: (keyHash) => fileComplaint({ ctx, input, files, keyed: keyHash ? { keyHash, secret: ctx.idempotency.complaintSecret(key!) } : undefined }),
      replay: (first) => ({ trackingCode: first.trackingCode!, secret: replayedSecret(ctx, key!, first.trackingCode!) })
    });
  // A form with files (the site's form, the widget): read here; JSON goes on to the route below.
  app.post(file.path, async (c, next) => {
    if (!isMultipart(c.req.header('content-type'))) return next();
    const { input, uploads } = await readComplaintForm(c);
    const { body, replayed } = await fileOnce(input, c.req.header('Idempotency-Key'), await prepareUploads(uploads));
    return c.json(body, 201, replayedHeaders(replayed));
  });
  const documentedBody = { required: true, content: { ...file.request.body.content, 'multipart/form-data': { schema: ComplaintForm } } };
  app.openapi(documentHeadersOnly(app, file, documentedBody), async (c) => {
    const { body, replayed } = await fileOnce(c.req.valid('json'), c.req.header('Idempotency-Key'));
    return c.json(body, 201, replayedHeaders(replayed));
  });
  app.openapi(track, (c) => c.json(getPublicComplaint({ ctx, trackingCode: c.req.valid('param').trackingCode }), 200));
}
