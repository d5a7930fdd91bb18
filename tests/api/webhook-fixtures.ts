import type { AppConfig } from '../../server/app.ts';
import type { Store } from '../../server/store/types.ts';
import type { Resolve } from '../../server/webhooks/address-guard.ts';
import { consoleApp } from './console-fixtures.ts';
import { startReceiver } from './webhook-receiver.ts';

export const WEBHOOKS = '/api/v1/console/admin/webhooks';

/** A DNS server the test controls: names map to the addresses it is told, and may change between questions (rebinding). */
export function fakeDns(answers: Record<string, string>): Resolve & { answers: Record<string, string> } {
  const resolve = async (host: string) => (answers[host] ? [{ address: answers[host], family: answers[host].includes(':') ? 6 : 4 }] : []);
  return Object.assign(resolve, { answers });
}

/**
 * The console test app with a receiver on 127.0.0.1 (allowed, as WEBHOOK_ALLOWED_HOSTS would), no jitter, and an
 * endpoint of disdukcapil-uji made by its manager for `events`; its secret is in the answer.
 */
export async function webhookApp({ events = ['complaint.submitted'], webhooks = {}, store }: { events?: string[]; webhooks?: AppConfig['webhooks']; store?: Store } = {}) {
  const receiver = await startReceiver();
  const app = await consoleApp({ webhooks: { allowedHosts: ['127.0.0.1'], random: () => 0.5, ...webhooks } }, store);
  const manager = await app.login('manager');
  const res = await app.staffPost(WEBHOOKS, manager, { officeId: 'disdukcapil-uji', url: receiver.url, events });
  if (res.status !== 201) throw new Error(`endpoint: ${res.status} ${await res.text()}`);
  const endpoint = (await res.json()) as { id: string; secret: string };
  // A fresh session each time: the tests move the clock past a session's life.
  const deliveries = async () =>
    (
      (await (await app.staffGet(`${WEBHOOKS}/${endpoint.id}/deliveries`, await app.login('manager'))).json()) as {
        deliveries: { id: string; status: string; attempts: number; nextAttemptAt?: string; lastAttempt?: { status?: number; error?: string } }[];
      }
    ).deliveries;
  return { ...app, receiver, manager, endpoint, deliveries };
}
