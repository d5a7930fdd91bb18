import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import { CitizenActionInput, Problem, PublicComplaint } from '../../shared/schemas/index.ts';
import { citizenAct } from '../services/complaints/citizen-act.ts';
import { getPublicComplaint } from '../services/complaints/public-complaint.ts';
import type { ServiceContext } from '../services/context.ts';
import { problemResponses, writeProblemResponses } from './responses.ts';
import { normaliseTrackingCode } from '../../shared/codes/codes.ts';

/** A comment line this often keeps proxies from closing a quiet stream. */
export const HEARTBEAT_MS = 25_000;

const problemContent = { 'application/problem+json': { schema: Problem } };
const CodeParams = z.object({
  trackingCode: z
    .string()
    .min(4)
    .max(32)
    .meta({ param: { name: 'trackingCode', in: 'path' }, example: 'SL-7K3M-Q9XA-2B' })
});

const events = createRoute({
  method: 'get',
  path: '/api/v1/complaints/{trackingCode}/events',
  tags: ['complaints'],
  summary: 'Live status: Server-Sent Events, one `complaint` event (a PublicComplaint) now and on every public change',
  request: { params: CodeParams },
  responses: { 200: { description: 'text/event-stream', content: { 'text/event-stream': { schema: z.string() } } }, ...problemResponses }
});

const act = createRoute({
  method: 'post',
  path: '/api/v1/complaints/{trackingCode}/actions',
  tags: ['complaints'],
  summary: 'The citizen, with code and secret: add information, confirm a resolution, or reopen it',
  request: { params: CodeParams, body: { required: true, content: { 'application/json': { schema: CitizenActionInput } } } },
  responses: {
    200: { description: 'The complaint after the action', content: { 'application/json': { schema: PublicComplaint } } },
    ...writeProblemResponses,
    403: { description: 'Wrong secret (`errors` names `secret`)', content: problemContent },
    409: { description: 'Not possible in the current status', content: problemContent },
    429: { description: 'Too many wrong secrets; see Retry-After', content: problemContent }
  }
});

export function registerComplaintLive(app: OpenAPIHono, ctx: ServiceContext): void {
  app.openapi(act, async (c) => {
    const input = c.req.valid('json');
    return c.json(await citizenAct({ ctx, trackingCode: c.req.valid('param').trackingCode, input, client: ctx.security.clientKey(c) }), 200);
  });
  app.openapi(events, (c) => {
    const trackingCode = normaliseTrackingCode(c.req.valid('param').trackingCode);
    getPublicComplaint({ ctx, trackingCode }); // 404 before the stream opens
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, (stream) => pushChanges(ctx, trackingCode, stream)) as never;
  });
}

/** Sends the public complaint now and after every event that changes what the public sees. */
async function pushChanges(ctx: ServiceContext, trackingCode: string, stream: SSEStreamingApi): Promise<void> {
  let changed = true;
  let wake: (() => void) | undefined;
  const unwatch = ctx.views.watchComplaint(trackingCode, () => {
    changed = true;
    wake?.();
  });
  stream.onAbort(() => wake?.());
  let last = '';
  try {
    while (!stream.aborted && !stream.closed) {
      if (changed) {
        changed = false;
        const data = JSON.stringify(getPublicComplaint({ ctx, trackingCode }));
        // An internal note is an event too, but it changes nothing public: nothing to send.
        if (data !== last) await stream.writeSSE({ event: 'complaint', data, ...(last === '' && { retry: 3000 }) });
        last = data;
      } else await stream.write(': ping\n\n');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, HEARTBEAT_MS);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
        if (changed || stream.aborted) wake();
      });
      wake = undefined;
    }
  } finally {
    unwatch();
  }
}
