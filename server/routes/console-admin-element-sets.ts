import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { Slug } from '../../shared/schemas/index.ts';
import { ElementSetChoice, OfficeElementSets } from '../../shared/schemas/admin.ts';
import { requireStaff } from '../middleware/console-guard/index.ts';
import { chooseElementSet, defineOfficeElementSet, officeElementSets } from '../services/admin/element-sets.ts';
import type { ServiceContext } from '../services/context.ts';
import { UnitElementSetDefinition } from '../services/surveys/define-element-set.ts';
import { consoleProblems, STAFF_SECURITY } from './console-responses.ts';

const params = z.object({ officeId: Slug.meta({ param: { name: 'officeId', in: 'path' } }) });
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = <T extends z.ZodType>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });
const NewElementSet = UnitElementSetDefinition.omit({ officeId: true }).meta({ id: 'NewElementSet' });
const common = { tags: ['console', 'admin'], security: STAFF_SECURITY };

const list = createRoute({
  ...common,
  method: 'get',
  path: '/api/v1/console/admin/offices/{officeId}/element-sets',
  summary: "The office's SKM element sets and the one new responses use (the office's managers and admins)",
  request: { params },
  responses: { 200: json(OfficeElementSets, 'The sets'), ...consoleProblems }
});
const choose = createRoute({
  ...common,
  method: 'put',
  path: '/api/v1/console/admin/offices/{officeId}/element-set',
  summary: "Choose the set new responses use, at once (the office's managers and admins)",
  request: { params, ...body(ElementSetChoice) },
  responses: { 200: json(OfficeElementSets, 'Chosen'), ...consoleProblems }
});
const define = createRoute({
  ...common,
  method: 'post',
  path: '/api/v1/console/admin/offices/{officeId}/element-sets',
  summary: "Define the office's own set: the nine plus added elements and optional weights; it becomes current. Sets never change once defined: an id in use is a 409",
  request: { params, ...body(NewElementSet) },
  responses: { 201: json(OfficeElementSets, 'Defined'), ...consoleProblems }
});

export function registerConsoleAdminElementSets(app: OpenAPIHono, ctx: ServiceContext): void {
  app.openapi(list, (c) => c.json(officeElementSets({ ctx, staff: requireStaff(c), officeId: c.req.valid('param').officeId }), 200));
  app.openapi(choose, async (c) => c.json(await chooseElementSet({ ctx, staff: requireStaff(c), officeId: c.req.valid('param').officeId, input: c.req.valid('json') }), 200));
  app.openapi(define, async (c) => c.json(await defineOfficeElementSet({ ctx, staff: requireStaff(c), officeId: c.req.valid('param').officeId, input: c.req.valid('json') }), 201));
}
