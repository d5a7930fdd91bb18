import { z } from 'zod';
import { Slug } from './common.ts';

/** The complaint events an endpoint can receive (the public steps; internal notes never leave). */
export const WebhookEventType = z
  .enum([
    'complaint.submitted',
    'complaint.verified',
    'complaint.started',
    'complaint.replied',
    'complaint.info_added',
    'complaint.forwarded',
    'complaint.resolved',
    'complaint.rejected',
    'complaint.confirmed',
    'complaint.reopened',
    'complaint.closed'
  ])
  .meta({ id: 'WebhookEventType' });
export type WebhookEventType = z.infer<typeof WebhookEventType>;

const WebhookUrl = z
  .string()
  .max(2000)
  .refine((value) => URL.canParse(value) && ['http:', 'https:'].includes(new URL(value).protocol), 'an http(s) URL')
  .refine((value) => !URL.canParse(value) || (new URL(value).username === '' && new URL(value).password === ''), 'no user name or password in the URL')
  .describe("the receiver's address; checked against private and local addresses (docs/webhooks.md)");

/** A new endpoint: for one office, or (admins only) every office of an agency. */
export const WebhookEndpointInput = z
  .object({
    officeId: Slug.optional(),
    agencyId: Slug.optional(),
    url: WebhookUrl,
    events: z.array(WebhookEventType).min(1).max(20),
    enabled: z.boolean().default(true),
    includeContact: z.boolean().default(false).describe("the complainant's contact data in payloads: only for an office's endpoint")
  })
  .refine((input) => (input.officeId === undefined) !== (input.agencyId === undefined), { message: 'exactly one of officeId and agencyId', path: ['officeId'] })
  .meta({ id: 'WebhookEndpointInput' });
export type WebhookEndpointInput = z.infer<typeof WebhookEndpointInput>;

export const WebhookEndpointPatch = z
  .object({ url: WebhookUrl.optional(), events: z.array(WebhookEventType).min(1).max(20).optional(), enabled: z.boolean().optional(), includeContact: z.boolean().optional() })
  .meta({ id: 'WebhookEndpointPatch' });
export type WebhookEndpointPatch = z.infer<typeof WebhookEndpointPatch>;

/** An endpoint as the console lists it: never a secret, which is shown once when made or rotated. */
export const WebhookEndpointInfo = z
  .object({
    id: z.string(),
    officeId: z.string().optional(),
    agencyId: z.string().optional(),
    url: z.string(),
    events: z.array(WebhookEventType),
    enabled: z.boolean(),
    includeContact: z.boolean(),
    createdAt: z.string(),
    createdBy: z.string(),
    disabledBy410At: z.string().optional().describe('the receiver answered 410 Gone and the endpoint was switched off'),
    previousSecretUntil: z.string().optional().describe('after a rotation, the old secret signs too until then'),
    pending: z.number().int().describe('deliveries waiting to be sent')
  })
  .meta({ id: 'WebhookEndpointInfo' });
export type WebhookEndpointInfo = z.infer<typeof WebhookEndpointInfo>;

export const WebhookEndpointList = z.object({ endpoints: z.array(WebhookEndpointInfo) }).meta({ id: 'WebhookEndpointList' });
export type WebhookEndpointList = z.infer<typeof WebhookEndpointList>;

export const WebhookSecretIssued = WebhookEndpointInfo.extend({ secret: z.string().describe('whsec_…; shown only in this answer') }).meta({ id: 'WebhookSecretIssued' });
export type WebhookSecretIssued = z.infer<typeof WebhookSecretIssued>;

export const WebhookDeliveryInfo = z
  .object({
    id: z.string().describe('the webhook-id header: the same on every attempt'),
    eventType: WebhookEventType,
    trackingCode: z.string(),
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number().int(),
    createdAt: z.string(),
    nextAttemptAt: z.string().optional(),
    lastAttempt: z.object({ at: z.string(), status: z.number().int().optional(), error: z.string().optional() }).optional()
  })
  .meta({ id: 'WebhookDeliveryInfo' });
export type WebhookDeliveryInfo = z.infer<typeof WebhookDeliveryInfo>;

export const WebhookDeliveryList = z.object({ deliveries: z.array(WebhookDeliveryInfo) }).meta({ id: 'WebhookDeliveryList' });
export type WebhookDeliveryList = z.infer<typeof WebhookDeliveryList>;
