import { nextAttemptAt } from './retry-schedule.ts';
import type { AttemptOutcome } from './send.ts';
import type { WebhookDelivery, WebhookEndpoint } from './types.ts';

/** Finished deliveries kept per endpoint for the console's log; pending ones are always kept. */
export const KEPT_PER_ENDPOINT = 200;

/**
 * Records one attempt's outcome on its delivery (and endpoint): a 2xx delivers; 410 Gone fails it and switches the
 * endpoint off (the Standard Webhooks specification: the receiver says the endpoint is no more); anything else
 * waits for the next step of the retry schedule, or fails when none is left.
 */
export function recordOutcome(delivery: WebhookDelivery, endpoint: WebhookEndpoint, outcome: AttemptOutcome, at: number, random: () => number): void {
  delivery.attempts += 1;
  delivery.lastAttempt = { at, ...outcome };
  const status = 'status' in outcome ? outcome.status : undefined;
  if (status !== undefined && status >= 200 && status < 300) {
    Object.assign(delivery, { status: 'delivered', nextAttemptAt: undefined, failuresInRow: 0 });
  } else if (status === 410) {
    Object.assign(delivery, { status: 'failed', nextAttemptAt: undefined });
    Object.assign(endpoint, { enabled: false, disabledBy410At: at });
  } else {
    delivery.failuresInRow += 1;
    const next = nextAttemptAt(at, delivery.failuresInRow, random);
    Object.assign(delivery, next === undefined ? { status: 'failed', nextAttemptAt: undefined } : { nextAttemptAt: next });
  }
}

/** The deliveries to keep: every pending one, and the newest KEPT_PER_ENDPOINT finished ones of each endpoint, in order. */
export function trimFinished(deliveries: readonly WebhookDelivery[]): WebhookDelivery[] {
  const finishedPerEndpoint = new Map<string, number>();
  const kept: WebhookDelivery[] = [];
  for (const delivery of [...deliveries].reverse()) {
    if (delivery.status !== 'pending') {
      const count = (finishedPerEndpoint.get(delivery.endpointId) ?? 0) + 1;
      finishedPerEndpoint.set(delivery.endpointId, count);
      if (count > KEPT_PER_ENDPOINT) continue;
    }
    kept.push(delivery);
  }
  return kept.reverse();
}
