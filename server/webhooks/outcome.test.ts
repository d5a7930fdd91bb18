import { describe, expect, it } from 'vitest';
import { KEPT_PER_ENDPOINT, recordOutcome, trimFinished } from './outcome.ts';
import type { WebhookDelivery, WebhookEndpoint } from './types.ts';

const endpoint = (): WebhookEndpoint => ({
  id: 'e1',
  officeId: 'o',
  url: 'https://x.example/',
  events: ['complaint.submitted'],
  enabled: true,
  includeContact: false,
  secrets: [],
  createdAt: 0,
  createdBy: 'admin'
});
const delivery = (id: string, status: WebhookDelivery['status'] = 'pending', endpointId = 'e1'): WebhookDelivery => ({
  id,
  endpointId,
  eventType: 'complaint.submitted',
  trackingCode: 'SL-X',
  body: '{}',
  status,
  attempts: 0,
  failuresInRow: 0,
  nextAttemptAt: 0,
  createdAt: 0
});

describe('recordOutcome', () => {
  it('delivers on any 2xx', () => {
    const d = delivery('m');
    recordOutcome(d, endpoint(), { status: 299 }, 10, () => 0.5);
    expect(d).toMatchObject({ status: 'delivered', attempts: 1, nextAttemptAt: undefined, lastAttempt: { at: 10, status: 299 } });
  });

  it('schedules a redirect, an error or a timeout like any failure', () => {
    for (const outcome of [{ status: 301 }, { status: 500 }, { error: 'timeout 15 s' }]) {
      const d = delivery('m');
      recordOutcome(d, endpoint(), outcome, 1000, () => 0.5);
      expect(d).toMatchObject({ status: 'pending', failuresInRow: 1, nextAttemptAt: 6000 });
    }
  });

  it('fails the delivery and switches the endpoint off on 410', () => {
    const d = delivery('m');
    const e = endpoint();
    recordOutcome(d, e, { status: 410 }, 7, () => 0.5);
    expect(d.status).toBe('failed');
    expect(e).toMatchObject({ enabled: false, disabledBy410At: 7 });
  });
});

describe('trimFinished', () => {
  it('keeps every pending delivery and the newest finished ones per endpoint, in order', () => {
    const old = Array.from({ length: KEPT_PER_ENDPOINT + 5 }, (_, i) => delivery(`d${i}`, 'delivered'));
    const all = [delivery('p0'), ...old, delivery('other', 'failed', 'e2'), delivery('p1')];
    const kept = trimFinished(all);
    expect(kept.map((d) => d.id)).toEqual(['p0', ...old.slice(5).map((d) => d.id), 'other', 'p1']);
  });
});
