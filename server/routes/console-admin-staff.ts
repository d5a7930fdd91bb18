import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { InviteInput, PasswordLink, StaffChange, StaffSummary } from '../../shared/schemas/admin.ts';
import { requireStaff } from '../middleware/console-guard/index.ts';
import { changeStaff, inviteStaff, resetLink } from '../services/admin/staff.ts';
import type { ServiceContext } from '../services/context.ts';
import { consoleProblems, STAFF_SECURITY } from './console-responses.ts';

const StaffParams = z.object({
  staffId: z
    .string()
    .min(1)
    .max(80)
    .meta({ param: { name: 'staffId', in: 'path' } })
});
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const Invited = z.object({ account: StaffSummary, link: PasswordLink }).meta({ id: 'Invited' });

const invite = createRoute({
  method: 'post',
  path: '/api/v1/console/admin/staff',
  tags: ['console', 'admin'],
  summary: 'Invite a staff member: the account, and a one-time link for the admin to pass on (admins)',
  security: STAFF_SECURITY,
  request: { body: { required: true, content: { 'application/json': { schema: InviteInput } } } },
  responses: { 201: json(Invited, 'Invited'), ...consoleProblems }
});
const change = createRoute({
  method: 'patch',
  path: '/api/v1/console/admin/staff/{staffId}',
  tags: ['console', 'admin'],
  summary: "Change role or offices, or deactivate (ends the account's sessions at once); admins",
  security: STAFF_SECURITY,
  request: { params: StaffParams, body: { required: true, content: { 'application/json': { schema: StaffChange } } } },
  responses: { 200: json(StaffSummary, 'Changed'), ...consoleProblems }
});
const reset = createRoute({
  method: 'post',
  path: '/api/v1/console/admin/staff/{staffId}/password-link',
  tags: ['console', 'admin'],
  summary: 'A one-time link to set a new password (admins)',
  security: STAFF_SECURITY,
  request: { params: StaffParams },
  responses: { 201: json(PasswordLink, 'The link'), ...consoleProblems }
});

export function registerConsoleAdminStaff(app: OpenAPIHono, ctx: ServiceContext): void {
  app.openapi(invite, async (c) => c.json(await inviteStaff({ ctx, staff: requireStaff(c), input: c.req.valid('json') }), 201));
  app.openapi(change, async (c) => c.json(await changeStaff({ ctx, staff: requireStaff(c), staffId: c.req.valid('param').staffId, input: c.req.valid('json') }), 200));
  app.openapi(reset, async (c) => c.json(await resetLink({ ctx, staff: requireStaff(c), staffId: c.req.valid('param').staffId }), 201));
}
