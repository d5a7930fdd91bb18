import type { WebhookDeliveryInfo } from '../../shared/schemas/index.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import type { ServiceContext } from '../services/context.ts';
import type { StaffAccount } from '../store/types.ts';
import { managedEndpoint } from './access.ts';
import type { Webhooks } from './dispatcher.ts';
import type { WebhookDelivery } from './types.ts';

type Verb = { ctx: ServiceContext; webhooks: Webhooks; staff: StaffAccount; endpointId: string };

const iso = (ms: number) => new Date(ms).toISOString();

function deliveryInfo(delivery: WebhookDelivery): WebhookDeliveryInfo {
  return {
    id: delivery.id,
    eventType: delivery.eventType,
    trackingCode: delivery.trackingCode,
    status: delivery.status,
    attempts: delivery.attempts,
    createdAt: iso(delivery.createdAt),
    ...(delivery.nextAttemptAt !== undefined && { nextAttemptAt: iso(delivery.nextAttemptAt) }),
    ...(delivery.lastAttempt && { lastAttempt: { ...delivery.lastAttempt, at: iso(delivery.lastAttempt.at) } })
  };
}

/** An endpoint's delivery log, newest first. */
export function listWebhookDeliveries({ webhooks, staff, endpointId }: Verb): WebhookDeliveryInfo[] {
  managedEndpoint(webhooks.state.endpoints, staff, endpointId);
  return webhooks.state.deliveries
    .filter((delivery) => delivery.endpointId === endpointId)
    .reverse()
    .map(deliveryInfo);
}

/**
 * "Send again": the same message (same `webhook-id` and body, fresh signature) is queued at once and starts the
 * retry schedule over. For a delivery that failed, or one delivered that the receiver lost.
 */
export async function resendWebhookDelivery({ ctx, webhooks, staff, endpointId, deliveryId }: Verb & { deliveryId: string }): Promise<WebhookDeliveryInfo> {
  const endpoint = managedEndpoint(webhooks.state.endpoints, staff, endpointId);
  const delivery = webhooks.state.deliveries.find((candidate) => candidate.id === deliveryId && candidate.endpointId === endpointId);
  if (!delivery) throw new NotFoundError(`Pengiriman/delivery '${deliveryId}'`);
  if (!endpoint.enabled) throw new ConflictError('Webhook nonaktif; aktifkan dulu / the endpoint is disabled; enable it first');
  if (delivery.status === 'pending') return deliveryInfo(delivery);
  const queued = await webhooks.change((draft) => {
    const latest = draft.deliveries.find((candidate) => candidate.id === deliveryId && candidate.endpointId === endpointId);
    if (!latest) throw new NotFoundError(`Pengiriman/delivery '${deliveryId}'`);
    return Object.assign(latest, { status: 'pending', failuresInRow: 0, nextAttemptAt: ctx.clock.now() });
  });
  return deliveryInfo(queued);
}
