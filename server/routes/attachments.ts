import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { PublishAttachmentInput, StaffComplaint } from '../../shared/schemas/index.ts';
import { requireStaff } from '../middleware/console-guard/index.ts';
import { problemResponses } from './responses.ts';
import { consoleProblems, STAFF_SECURITY } from './console-responses.ts';
import type { ServiceContext } from '../services/context.ts';
import { publishAttachment } from '../services/attachments/publish-attachment.ts';
import { unpublishAttachment } from '../services/attachments/unpublish-attachment.ts';
import { readPublicPhoto, readStaffAttachment, type AttachmentDownload } from '../services/attachments/read-attachment.ts';

const FileParams = z.object({
  trackingCode: z
    .string()
    .min(4)
    .max(32)
    .meta({ param: { name: 'trackingCode', in: 'path' }, example: 'SL-7K3M-Q9XA-2B' }),
  file: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .meta({ param: { name: 'file', in: 'path' }, description: 'SHA-256 of the file, lower-case hex' })
});
const binary = (description: string) => ({
  description,
  content: Object.fromEntries(['image/jpeg', 'image/png', 'image/webp', 'application/pdf'].map((type) => [type, { schema: z.string().meta({ format: 'binary' }) }]))
});

const publicPhoto = createRoute({
  method: 'get',
  path: '/api/v1/complaints/{trackingCode}/photos/{file}',
  tags: ['complaints'],
  summary: 'A published image of a complaint (404 until staff publish it)',
  request: { params: FileParams },
  responses: { 200: binary('The image, re-encoded without metadata'), ...problemResponses }
});

const staffFile = createRoute({
  method: 'get',
  path: '/api/v1/console/complaints/{trackingCode}/attachments/{file}',
  tags: ['console'],
  summary: "A photo or document of a complaint of the account's offices (404 for any other office's)",
  security: STAFF_SECURITY,
  request: { params: FileParams },
  responses: { 200: binary('The stored file'), ...consoleProblems }
});

const publish = createRoute({
  method: 'post',
  path: '/api/v1/console/complaints/{trackingCode}/attachments/{file}/publish',
  tags: ['console'],
  summary: 'Publish an image on the tracking page, as stored or with rectangles blurred (the blurred copy is what is published)',
  security: STAFF_SECURITY,
  request: { params: FileParams, body: { required: true, content: { 'application/json': { schema: PublishAttachmentInput } } } },
  responses: { 200: { description: 'The complaint after publishing', content: { 'application/json': { schema: StaffComplaint } } }, ...consoleProblems }
});

const unpublish = createRoute({
  method: 'post',
  path: '/api/v1/console/complaints/{trackingCode}/attachments/{file}/unpublish',
  tags: ['console'],
  summary: 'Take a published image back: its public URL answers 404 again (the stored files stay)',
  security: STAFF_SECURITY,
  request: { params: FileParams },
  responses: { 200: { description: 'The complaint after unpublishing', content: { 'application/json': { schema: StaffComplaint } } }, ...consoleProblems }
});

// A stored file is never a document that could run script on our origin: its exact type, no sniffing, a CSP that
// allows nothing (sandbox: no script even if a browser took it for a page), and a name with the right extension.
function sendFile(c: Context, { bytes, mediaType, fileName }: AttachmentDownload, { disposition, cache }: { disposition: 'inline' | 'attachment'; cache: string }) {
  return c.body(new Uint8Array(bytes), 200, {
    'Content-Type': mediaType,
    'Content-Length': String(bytes.length),
    'Content-Disposition': `${disposition}; filename="${fileName}"`,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cache-Control': cache
  });
}

/** Published images for everyone; every file of a complaint for its office's staff; publishing and taking back (docs/operations.md). */
export function registerAttachments(app: OpenAPIHono, ctx: ServiceContext): void {
  app.openapi(publicPhoto, async (c) => {
    const { trackingCode, file } = c.req.valid('param');
    // Short-lived: publishing again replaces the image, and the one before must stop being served soon.
    return sendFile(c, await readPublicPhoto({ ctx, trackingCode, file }), { disposition: 'inline', cache: 'public, max-age=300' }) as never;
  });
  app.openapi(staffFile, async (c) => {
    const { trackingCode, file } = c.req.valid('param');
    const download = await readStaffAttachment({ ctx, staff: requireStaff(c), trackingCode, file });
    // A PDF is downloaded, never opened in the console's own origin.
    const disposition = download.mediaType === 'application/pdf' ? 'attachment' : 'inline';
    return sendFile(c, download, { disposition, cache: 'private, no-store' }) as never;
  });
  app.openapi(publish, async (c) => {
    const { trackingCode, file } = c.req.valid('param');
    return c.json(await publishAttachment({ ctx, staff: requireStaff(c), trackingCode, file, input: c.req.valid('json') }), 200);
  });
  app.openapi(unpublish, async (c) => {
    const { trackingCode, file } = c.req.valid('param');
    return c.json(await unpublishAttachment({ ctx, staff: requireStaff(c), trackingCode, file }), 200);
  });
}
