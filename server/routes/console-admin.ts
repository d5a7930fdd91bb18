import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { Agency, IsoDate, Office, Service, Slug } from '../../shared/schemas/index.ts';
import { AgencyInput, AdminOverview, AuditEntry, HolidayInput, NewOfficeInput, OfficeChange, ServiceChange, ServiceInput } from '../../shared/schemas/admin.ts';
import { NATIONAL_HOLIDAYS } from '../holidays/national.ts';
import { requireStaff } from '../middleware/console-guard/index.ts';
import { addHoliday, createAgency, removeHoliday, updateAgency } from '../services/admin/agencies.ts';
import { historyOf } from '../services/admin/audit.ts';
import { createOffice, updateOffice } from '../services/admin/offices.ts';
import { adminOverview } from '../services/admin/overview.ts';
import { importOffices } from '../services/admin/import-offices.ts';
import { createService, updateService } from '../services/admin/services.ts';
import { requireAdmin, requireOfficeManager } from '../services/staff/access.ts';
import type { ServiceContext } from '../services/context.ts';
import { consoleProblems, STAFF_SECURITY } from './console-responses.ts';

const param = (name: string) => Slug.meta({ param: { name, in: 'path' } });
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = <T extends z.ZodType>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });
const route = <P extends string, M extends 'get' | 'post' | 'patch' | 'delete'>(method: M, path: P, summary: string) => ({
  method,
  path: `/api/v1/console/admin${path}` as `/api/v1/console/admin${P}`,
  tags: ['console', 'admin'],
  summary,
  security: STAFF_SECURITY
});

const overview = createRoute({
  ...route('get', '', 'The admin area: agencies, offices with services, holidays, accounts (managers: their offices)'),
  responses: { 200: json(AdminOverview, 'The catalog'), ...consoleProblems }
});
const newAgency = createRoute({ ...route('post', '/agencies', 'Add an agency (admins)'), request: body(AgencyInput), responses: { 201: json(Agency, 'Added'), ...consoleProblems } });
const editAgency = createRoute({
  ...route('patch', '/agencies/{agencyId}', 'Edit an agency (admins)'),
  request: { params: z.object({ agencyId: param('agencyId') }), ...body(AgencyInput.partial()) },
  responses: { 200: json(Agency, 'Edited'), ...consoleProblems }
});
const newOffice = createRoute({ ...route('post', '/offices', 'Add an office (admins)'), request: body(NewOfficeInput), responses: { 201: json(Office, 'Added'), ...consoleProblems } });
const editOffice = createRoute({
  ...route('patch', '/offices/{officeId}', "Edit or close an office (admins); its widget's allowed origins (also its managers)"),
  request: { params: z.object({ officeId: param('officeId') }), ...body(OfficeChange) },
  responses: { 200: json(Office, 'Edited'), ...consoleProblems }
});
const newService = createRoute({
  ...route('post', '/offices/{officeId}/services', "Add a service with its targets (the office's managers and admins)"),
  request: { params: z.object({ officeId: param('officeId') }), ...body(ServiceInput) },
  responses: { 201: json(Service, 'Added'), ...consoleProblems }
});
const editService = createRoute({
  ...route('patch', '/services/{serviceId}', "Edit a service (the office's managers and admins)"),
  request: { params: z.object({ serviceId: param('serviceId') }), ...body(ServiceChange) },
  responses: { 200: json(Service, 'Edited'), ...consoleProblems }
});
const newHoliday = createRoute({ ...route('post', '/holidays', 'Add a regional holiday (admins)'), request: body(HolidayInput), responses: { 204: { description: 'Added' }, ...consoleProblems } });
const dropHoliday = createRoute({
  ...route('delete', '/holidays/{date}', 'Remove a regional holiday (admins)'),
  request: { params: z.object({ date: IsoDate.meta({ param: { name: 'date', in: 'path' } }) }) },
  responses: { 204: { description: 'Removed' }, ...consoleProblems }
});
const history = createRoute({
  ...route('get', '/history/{kind}/{objectId}', 'Every change to one object: who, when, from what to what'),
  request: {
    params: z.object({
      kind: z.enum(['agency', 'office', 'service', 'holiday', 'staff']).meta({ param: { name: 'kind', in: 'path' } }),
      objectId: z
        .string()
        .max(100)
        .meta({ param: { name: 'objectId', in: 'path' } })
    })
  },
  responses: { 200: json(z.object({ entries: z.array(AuditEntry) }), 'Newest first'), ...consoleProblems }
});

const ImportReport = z
  .object({
    applied: z.boolean(),
    changes: z.array(
      z.object({
        row: z.number(),
        kind: z.enum(['office', 'service']),
        id: z.string(),
        action: z.enum(['create', 'update']),
        changes: z.array(z.object({ field: z.string(), from: z.unknown().optional(), to: z.unknown().optional() }))
      })
    ),
    errors: z.array(z.object({ row: z.number(), message: z.string() }))
  })
  .meta({ id: 'OfficeImportReport' });
const importCsv = createRoute({
  ...route('post', '/offices/import', 'Offices and services from CSV (admins): a dry run lists what would change and every bad row; a file with a bad row changes nothing'),
  request: body(z.object({ agencyId: Slug, csv: z.string().min(1).max(1_000_000), dryRun: z.boolean().default(true) })),
  responses: { 200: json(ImportReport, 'What changed (or would)'), ...consoleProblems }
});

const NATIONAL = new Set(NATIONAL_HOLIDAYS.map((h) => h.date));

export function registerConsoleAdmin(app: OpenAPIHono, ctx: ServiceContext): void {
  app.openapi(overview, (c) => c.json(adminOverview({ ctx, staff: requireStaff(c) }), 200));
  app.openapi(newAgency, async (c) => c.json(await createAgency({ ctx, staff: requireStaff(c), input: c.req.valid('json') }), 201));
  app.openapi(editAgency, async (c) => c.json(await updateAgency({ ctx, staff: requireStaff(c), agencyId: c.req.valid('param').agencyId, input: c.req.valid('json') }), 200));
  app.openapi(newOffice, async (c) => c.json(await createOffice({ ctx, staff: requireStaff(c), input: c.req.valid('json') }), 201));
  app.openapi(editOffice, async (c) => c.json(await updateOffice({ ctx, staff: requireStaff(c), officeId: c.req.valid('param').officeId, input: c.req.valid('json') }), 200));
  app.openapi(newService, async (c) => c.json(await createService({ ctx, staff: requireStaff(c), officeId: c.req.valid('param').officeId, input: c.req.valid('json') }), 201));
  app.openapi(editService, async (c) => c.json(await updateService({ ctx, staff: requireStaff(c), serviceId: c.req.valid('param').serviceId, input: c.req.valid('json') }), 200));
  app.openapi(newHoliday, async (c) => {
    await addHoliday({ ctx, staff: requireStaff(c), input: c.req.valid('json') });
    return c.body(null, 204);
  });
  app.openapi(dropHoliday, async (c) => {
    await removeHoliday({ ctx, staff: requireStaff(c), date: c.req.valid('param').date, national: NATIONAL });
    return c.body(null, 204);
  });
  app.openapi(importCsv, async (c) => c.json(await importOffices({ ctx, staff: requireStaff(c), ...c.req.valid('json') }), 200));
  app.openapi(history, (c) => {
    const staff = requireStaff(c);
    const { kind, objectId } = c.req.valid('param');
    // An office's or service's history is its managers' too; everything else is the admins'.
    const officeId = kind === 'office' ? objectId : kind === 'service' ? ctx.catalog().service(objectId)?.officeId : undefined;
    if (officeId) requireOfficeManager(staff, officeId);
    else requireAdmin(staff);
    return c.json({ entries: historyOf(ctx, kind, objectId) }, 200);
  });
}
