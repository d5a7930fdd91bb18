import { randomBytes } from 'node:crypto';
import type { WebhookEndpointInfo, WebhookEndpointInput, WebhookEndpointPatch, WebhookSecretIssued } from '../../shared/schemas/index.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors.ts';
import type { ServiceContext } from '../services/context.ts';
import type { StaffAccount } from '../store/types.ts';
import { managedEndpoint, mayManageScope, requireWebhookManager } from './access.ts';
import type { Webhooks } from './dispatcher.ts';
import { newWebhookSecret } from './sign.ts';
import type { WebhookEndpoint, WebhookState } from './types.ts';

/** After a rotation the old secret signs beside the new one this long, so receivers can switch without losing a message. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

type Verb = { ctx: ServiceContext; webhooks: Webhooks; staff: StaffAccount };

/** The endpoint in the latest state (another process may have changed it since it was checked); 404 if it went. */
function inDraft(draft: WebhookState, id: string): WebhookEndpoint {
  const endpoint = draft.endpoints.find((candidate) => candidate.id === id);
  if (!endpoint) throw new NotFoundError(`Webhook '${id}'`);
  return endpoint;
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

function endpointInfo({ ctx, webhooks }: Omit<Verb, 'staff'>, endpoint: WebhookEndpoint): WebhookEndpointInfo {
  const now = ctx.clock.now();
  const previous = endpoint.secrets.slice(1).find((secret) => secret.expiresAt !== undefined && secret.expiresAt > now);
  const creator = ctx.store.staff.byId(endpoint.createdBy);
  return {
    id: endpoint.id,
    ...(endpoint.officeId && { officeId: endpoint.officeId }),
    ...(endpoint.agencyId && { agencyId: endpoint.agencyId }),
    url: endpoint.url,
    events: endpoint.events,
    enabled: endpoint.enabled,
    includeContact: endpoint.includeContact,
    createdAt: iso(endpoint.createdAt)!,
    createdBy: creator?.name ?? endpoint.createdBy,
    ...(endpoint.disabledBy410At !== undefined && { disabledBy410At: iso(endpoint.disabledBy410At) }),
    ...(previous && { previousSecretUntil: iso(previous.expiresAt) }),
    pending: webhooks.state.deliveries.filter((delivery) => delivery.endpointId === endpoint.id && delivery.status === 'pending').length
  };
}

/** The endpoints this account manages: all for an admin, their offices' for a manager. */
export function listWebhookEndpoints(verb: Verb): WebhookEndpointInfo[] {
  requireWebhookManager(verb.staff);
  return verb.webhooks.state.endpoints.filter((endpoint) => mayManageScope(verb.staff, endpoint)).map((endpoint) => endpointInfo(verb, endpoint));
}

async function checkTarget(verb: Verb, url: string | undefined, includeContact: boolean | undefined, endpoint: { officeId?: string }): Promise<void> {
  const errors: { field: string; message: string }[] = [];
  if (includeContact && endpoint.officeId === undefined) errors.push({ field: 'includeContact', message: "contact data only ever goes to one office's endpoint" });
  const refused = url === undefined ? undefined : await verb.webhooks.refusedAddress(url);
  if (refused) errors.push({ field: 'url', message: refused });
  if (errors.length > 0) throw new ValidationError(errors);
}

/** Adds an endpoint; the answer holds its `whsec_` secret, the only time it is shown. */
export async function createWebhookEndpoint(verb: Verb & { input: WebhookEndpointInput }): Promise<WebhookSecretIssued> {
  const { ctx, webhooks, staff, input } = verb;
  requireWebhookManager(staff);
  const index = ctx.catalog();
  if (input.officeId !== undefined && !index.office(input.officeId)) throw new ValidationError([{ field: 'officeId', message: 'unknown office' }]);
  if (input.agencyId !== undefined && !index.catalog.agencies.some((agency) => agency.id === input.agencyId)) throw new ValidationError([{ field: 'agencyId', message: 'unknown agency' }]);
  if (!mayManageScope(staff, input)) throw new ForbiddenError(input.agencyId ? 'Webhook instansi hanya untuk admin / agency webhooks are for admins' : 'Bukan kantor Anda / not your office');
  await checkTarget(verb, input.url, input.includeContact, input);
  const now = ctx.clock.now();
  const secret = newWebhookSecret();
  const endpoint: WebhookEndpoint = {
    id: randomBytes(6).toString('hex'),
    ...(input.officeId !== undefined ? { officeId: input.officeId } : { agencyId: input.agencyId }),
    url: input.url,
    events: [...new Set(input.events)],
    enabled: input.enabled,
    includeContact: input.includeContact,
    secrets: [{ secret, createdAt: now }],
    createdAt: now,
    createdBy: staff.id
  };
  await webhooks.change((state) => void state.endpoints.push(endpoint));
  return { ...endpointInfo(verb, endpoint), secret };
}

/** Changes an endpoint's address, events, switch or contact data; switching it on again clears a 410. */
export async function updateWebhookEndpoint(verb: Verb & { id: string; patch: WebhookEndpointPatch }): Promise<WebhookEndpointInfo> {
  const { webhooks, staff, id, patch } = verb;
  const endpoint = managedEndpoint(webhooks.state.endpoints, staff, id);
  await checkTarget(verb, patch.url, patch.includeContact, endpoint);
  const changed = await webhooks.change((draft) => {
    const target = inDraft(draft, id);
    if (patch.url !== undefined) target.url = patch.url;
    if (patch.events !== undefined) target.events = [...new Set(patch.events)];
    if (patch.includeContact !== undefined) target.includeContact = patch.includeContact;
    if (patch.enabled !== undefined) target.enabled = patch.enabled;
    if (patch.enabled) delete target.disabledBy410At;
    return target;
  });
  return endpointInfo(verb, changed);
}

/** A new secret, shown once; the previous one keeps signing beside it for 24 hours, older ones stop now. */
export async function rotateWebhookSecret(verb: Verb & { id: string }): Promise<WebhookSecretIssued> {
  const { ctx, webhooks, staff, id } = verb;
  managedEndpoint(webhooks.state.endpoints, staff, id);
  const now = ctx.clock.now();
  const secret = newWebhookSecret();
  const rotated = await webhooks.change((draft) => {
    const target = inDraft(draft, id);
    const current = target.secrets[0]!;
    target.secrets = [
      { secret, createdAt: now },
      { ...current, expiresAt: Math.min(current.expiresAt ?? Infinity, now + ROTATION_OVERLAP_MS) }
    ];
    return target;
  });
  return { ...endpointInfo(verb, rotated), secret };
}

/** Removes an endpoint with its delivery log; what was pending is not sent. */
export async function removeWebhookEndpoint(verb: Verb & { id: string }): Promise<void> {
  const { webhooks, staff, id } = verb;
  managedEndpoint(webhooks.state.endpoints, staff, id);
  await webhooks.change((state) => {
    state.endpoints = state.endpoints.filter((endpoint) => endpoint.id !== id);
    state.deliveries = state.deliveries.filter((delivery) => delivery.endpointId !== id);
  });
}
