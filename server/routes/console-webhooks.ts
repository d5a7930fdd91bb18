import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { WebhookDeliveryInfo, WebhookDeliveryList, WebhookEndpointInfo, WebhookEndpointInput, WebhookEndpointList, WebhookEndpointPatch, WebhookSecretIssued } from '../../shared/schemas/index.ts';
import { requireStaff } from '../middleware/console-guard/index.ts';
import type { ServiceContext } from '../services/context.ts';
import { listWebhookDeliveries, resendWebhookDelivery } from '../webhooks/deliveries.ts';
import type { Webhooks } from '../webhooks/dispatcher.ts';
import { createWebhookEndpoint, listWebhookEndpoints, removeWebhookEndpoint, rotateWebhookSecret, updateWebhookEndpoint } from '../webhooks/endpoints.ts';
import { consoleProblems, STAFF_SECURITY } from './console-responses.ts';

const W = '/api/v1/console/admin/webhooks';
const EndpointParams = z.object({
  endpointId: z
    .string()
    .regex(/^[0-9a-f]{12}$/)
    .meta({ param: { name: 'endpointId', in: 'path' }, example: '3f9a0c1d2e4b' })
});
const DeliveryParams = EndpointParams.extend({
  deliveryId: z
    .string()
    .regex(/^msg_[0-9a-z]+_[0-9a-f]{12}$/)
    .meta({ param: { name: 'deliveryId', in: 'path' }, example: 'msg_2s_3f9a0c1d2e4b' })
});
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = <T extends z.ZodType>(schema: T) => ({ body: { required: true, content: { 'application/json': { schema } } } });
const route = <R extends Parameters<typeof createRoute>[0]>(spec: R) => createRoute({ tags: ['console'], security: STAFF_SECURITY, ...spec });

const list = route({
  method: 'get',
  path: W,
  summary: 'Webhook endpoints: all for an admin, their offices’ for a manager',
  responses: { 200: json(WebhookEndpointList, 'The endpoints'), ...consoleProblems }
});
const create = route({
  method: 'post',
  path: W,
  summary: 'Add a webhook endpoint for an office (admins and its managers) or an agency (admins); the answer is the only place its secret is shown',
  request: body(WebhookEndpointInput),
  responses: { 201: json(WebhookSecretIssued, 'The endpoint and its whsec_ secret, shown once'), ...consoleProblems }
});
const update = route({
  method: 'patch',
  path: `${W}/{endpointId}`,
  summary: 'Change a webhook endpoint (address, events, on/off, contact data)',
  request: { params: EndpointParams, ...body(WebhookEndpointPatch) },
  responses: { 200: json(WebhookEndpointInfo, 'The endpoint'), ...consoleProblems }
});
const remove = route({
  method: 'delete',
  path: `${W}/{endpointId}`,
  summary: 'Remove a webhook endpoint and its delivery log',
  request: { params: EndpointParams },
  responses: { 204: { description: 'Removed' }, ...consoleProblems }
});
const rotate = route({
  method: 'post',
  path: `${W}/{endpointId}/rotate`,
  summary: 'A new secret, shown once; the old one keeps signing beside it for 24 hours',
  request: { params: EndpointParams },
  responses: { 201: json(WebhookSecretIssued, 'The endpoint and its new secret'), ...consoleProblems }
});
const deliveries = route({
  method: 'get',
  path: `${W}/{endpointId}/deliveries`,
  summary: 'The delivery log of an endpoint, newest first',
  request: { params: EndpointParams },
  responses: { 200: json(WebhookDeliveryList, 'The deliveries'), ...consoleProblems }
});
const resend = route({
  method: 'post',
  path: `${W}/{endpointId}/deliveries/{deliveryId}/resend`,
  summary: 'Send a delivery again (same webhook-id, fresh signature)',
  request: { params: DeliveryParams },
  responses: { 200: json(WebhookDeliveryInfo, 'The delivery, queued'), ...consoleProblems }
});

/** The console's webhook pages' API (docs/webhooks.md). */
export function registerConsoleWebhooks(app: OpenAPIHono, ctx: ServiceContext, webhooks: Webhooks): void {
  const verb = (c: Parameters<typeof requireStaff>[0]) => ({ ctx, webhooks, staff: requireStaff(c) });
  app.openapi(list, (c) => c.json({ endpoints: listWebhookEndpoints(verb(c)) }, 200));
  app.openapi(create, async (c) => c.json(await createWebhookEndpoint({ ...verb(c), input: c.req.valid('json') }), 201));
  app.openapi(update, async (c) => c.json(await updateWebhookEndpoint({ ...verb(c), id: c.req.valid('param').endpointId, patch: c.req.valid('json') }), 200));
  app.openapi(remove, async (c) => {
    await removeWebhookEndpoint({ ...verb(c), id: c.req.valid('param').endpointId });
    return c.body(null, 204);
  });
  app.openapi(rotate, async (c) => c.json(await rotateWebhookSecret({ ...verb(c), id: c.req.valid('param').endpointId }), 201));
  app.openapi(deliveries, (c) => c.json({ deliveries: listWebhookDeliveries({ ...verb(c), endpointId: c.req.valid('param').endpointId }) }, 200));
  app.openapi(resend, async (c) => {
    const { endpointId, deliveryId } = c.req.valid('param');
    return c.json(await resendWebhookDelivery({ ...verb(c), endpointId, deliveryId }), 200);
  });
}
