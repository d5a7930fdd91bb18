import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { Inbox, InboxQuery, StaffActionInput, StaffComplaint } from '../../shared/schemas/index.ts';
import { requireStaff } from '../middleware/console-guard/index.ts';
import { actOnComplaint } from '../services/complaints/act-on-complaint.ts';
import { listInbox } from '../services/complaints/list-inbox.ts';
import { getStaffComplaint } from '../services/complaints/staff-complaint.ts';
import type { ServiceContext } from '../services/context.ts';
import { consoleProblems, STAFF_SECURITY } from './console-responses.ts';

const CodeParams = z.object({
  trackingCode: z
    .string()
    .min(4)
    .max(32)
    .meta({ param: { name: 'trackingCode', in: 'path' }, example: 'SL-7K3M-Q9XA-2B' })
});
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const inbox = createRoute({
  method: 'get',
  path: '/api/v1/console/complaints',
  tags: ['console'],
  summary: "The inbox: complaints of the account's offices, most urgent deadline first",
  security: STAFF_SECURITY,
  request: { query: InboxQuery },
  responses: { 200: json(Inbox, 'One page of the inbox'), ...consoleProblems }
});

const one = createRoute({
  method: 'get',
  path: '/api/v1/console/complaints/{trackingCode}',
  tags: ['console'],
  summary: 'A complaint with its full history; contact only for managers of the office and admins',
  security: STAFF_SECURITY,
  request: { params: CodeParams },
  responses: { 200: json(StaffComplaint, 'The complaint'), ...consoleProblems }
});

const act = createRoute({
  method: 'post',
  path: '/api/v1/console/complaints/{trackingCode}/actions',
  tags: ['console'],
  summary: 'Verify, start, reply, note, resolve, reject or forward; appended as an event',
  security: STAFF_SECURITY,
  request: { params: CodeParams, body: { required: true, content: { 'application/json': { schema: StaffActionInput } } } },
  responses: { 200: json(StaffComplaint, 'The complaint after the action'), ...consoleProblems }
});

export function registerConsoleComplaints(app: OpenAPIHono, ctx: ServiceContext): void {
  app.openapi(inbox, (c) => c.json(listInbox({ ctx, staff: requireStaff(c), query: c.req.valid('query') }), 200));
  app.openapi(one, (c) => c.json(getStaffComplaint({ ctx, staff: requireStaff(c), trackingCode: c.req.valid('param').trackingCode }), 200));
  app.openapi(act, async (c) => {
    const staff = requireStaff(c);
    return c.json(await actOnComplaint({ ctx, staff, trackingCode: c.req.valid('param').trackingCode, input: c.req.valid('json') }), 200);
  });
}
