import { afterEach, describe, expect, it } from 'vitest';
import { RETRY_DELAYS_MS } from '../../server/webhooks/retry-schedule.ts';
import { consoleApp } from './console-fixtures.ts';
import { fakeDns, webhookApp, WEBHOOKS } from './webhook-fixtures.ts';
import { verify } from './webhook-receiver.ts';

// docs/webhooks.md. Each test runs its own receiver on a free loopback port; time moves only by the manual clock.
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});
async function setup(options?: Parameters<typeof webhookApp>[0]) {
  const t = await webhookApp(options);
  closers.push(t.receiver.close);
  return t;
}

describe('webhook deliveries', () => {
  it('signs the public form of the event by Standard Webhooks, verified by the reference library', async () => {
    const t = await setup();
    const { trackingCode } = await t.file();
    expect(await t.app.webhooks.tick()).toBe(1);
    expect(t.receiver.received).toHaveLength(1);
    const [message] = t.receiver.received;
    expect(message!.headers['webhook-id']).toMatch(/^msg_/);
    expect(message!.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/=]+$/);
    const payload = verify(t.endpoint.secret, message!, t.clock.now()) as { type: string; data: { complaint: { trackingCode: string; status: string }; event: { type: string } } };
    expect(payload.type).toBe('complaint.submitted');
    expect(payload.data.complaint).toMatchObject({ trackingCode, status: 'submitted' });
    expect(payload.data.event.type).toBe('complaint.submitted');
    expect(() => verify('whsec_' + Buffer.alloc(32, 1).toString('base64'), message!, t.clock.now())).toThrow();
    expect((await t.deliveries())[0]).toMatchObject({ status: 'delivered', attempts: 1, lastAttempt: { status: 204 } });
  });

  it('sends only the events an endpoint asked for, and only for its office', async () => {
    const t = await setup({ events: ['complaint.verified'] });
    const { trackingCode } = await t.file();
    await t.file({ officeId: 'puskesmas-uji', serviceId: 'rawat-jalan' });
    expect(await t.app.webhooks.tick()).toBe(0);
    const admin = await t.login('admin');
    await t.staffPost(`/api/v1/console/complaints/${trackingCode}/actions`, admin, { action: 'note', message: 'internal' });
    await t.staffPost(`/api/v1/console/complaints/${trackingCode}/actions`, admin, { action: 'verify' });
    expect(await t.app.webhooks.tick()).toBe(1);
    expect(JSON.parse(t.receiver.received[0]!.body)).toMatchObject({ type: 'complaint.verified' });
  });

  it('retries on the schedule 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h by the clock, then gives up', async () => {
    const t = await setup();
    t.receiver.answer(500);
    await t.file();
    expect(await t.app.webhooks.tick()).toBe(1);
    for (const wait of RETRY_DELAYS_MS) {
      t.clock.advance(wait - 1);
      expect(await t.app.webhooks.tick(), `not before ${wait} ms`).toBe(0);
      t.clock.advance(1);
      expect(await t.app.webhooks.tick(), `at ${wait} ms`).toBe(1);
    }
    t.clock.advance(30 * 24 * 3600_000);
    expect(await t.app.webhooks.tick()).toBe(0);
    expect(t.receiver.received).toHaveLength(8);
    // The same message every time: one id, so a receiver that got it once can drop the rest.
    expect(new Set(t.receiver.received.map((message) => message.headers['webhook-id'])).size).toBe(1);
    expect((await t.deliveries())[0]).toMatchObject({ status: 'failed', attempts: 8, lastAttempt: { status: 500 } });
  });

  it('jitters a retry by at most a tenth of its wait', async () => {
    const t = await setup({ webhooks: { random: () => 0 } });
    t.receiver.answer(503);
    await t.file();
    await t.app.webhooks.tick();
    t.clock.advance(RETRY_DELAYS_MS[1 - 1] * 0.9 - 1);
    expect(await t.app.webhooks.tick()).toBe(0);
    t.clock.advance(1);
    expect(await t.app.webhooks.tick()).toBe(1);
  });

  it('stops at a 410 Gone: the endpoint is switched off and gets nothing more', async () => {
    const t = await setup();
    t.receiver.answer(410);
    await t.file();
    await t.app.webhooks.tick();
    const [endpoint] = ((await (await t.staffGet(WEBHOOKS, t.manager)).json()) as { endpoints: { enabled: boolean; disabledBy410At?: string }[] }).endpoints;
    expect(endpoint).toMatchObject({ enabled: false, disabledBy410At: new Date(t.clock.now()).toISOString() });
    await t.file();
    t.clock.advance(24 * 3600_000);
    expect(await t.app.webhooks.tick()).toBe(0);
    expect(t.receiver.received).toHaveLength(1);
    expect((await t.deliveries()).map((delivery) => delivery.status)).toEqual(['failed']);
  });

  it('sends a failed delivery again on request, with the same webhook-id', async () => {
    const t = await setup();
    t.receiver.answer(500);
    await t.file();
    await t.app.webhooks.tick();
    for (const wait of RETRY_DELAYS_MS) {
      t.clock.advance(wait);
      await t.app.webhooks.tick();
    }
    const [failed] = await t.deliveries();
    expect(failed!.status).toBe('failed');
    t.receiver.answer(200);
    const res = await t.staffPost(`${WEBHOOKS}/${t.endpoint.id}/deliveries/${failed!.id}/resend`, await t.login('manager'), undefined);
    expect(res.status).toBe(200);
    expect(await t.app.webhooks.tick()).toBe(1);
    expect(t.receiver.received.at(-1)!.headers['webhook-id']).toBe(failed!.id);
    expect((await t.deliveries())[0]).toMatchObject({ status: 'delivered', attempts: 9 });
  });

  it('signs with the old and the new secret for 24 hours after a rotation, then with the new one only', async () => {
    const t = await setup();
    const res = await t.staffPost(`${WEBHOOKS}/${t.endpoint.id}/rotate`, t.manager, undefined);
    expect(res.status).toBe(201);
    const rotated = (await res.json()) as { secret: string; previousSecretUntil: string };
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(t.endpoint.secret);
    expect(rotated.previousSecretUntil).toBe(new Date(t.clock.now() + 24 * 3600_000).toISOString());
    await t.file();
    await t.app.webhooks.tick();
    const during = t.receiver.received[0]!;
    expect(during.headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(verify(t.endpoint.secret, during, t.clock.now())).toBeTruthy();
    expect(verify(rotated.secret, during, t.clock.now())).toBeTruthy();

    t.clock.advance(24 * 3600_000);
    await t.file();
    await t.app.webhooks.tick();
    const after = t.receiver.received[1]!;
    expect(verify(rotated.secret, after, t.clock.now())).toBeTruthy();
    expect(() => verify(t.endpoint.secret, after, t.clock.now())).toThrow();
  });

  it('never shows a secret outside the answers that issue it', async () => {
    const t = await setup();
    await t.file();
    await t.app.webhooks.tick();
    const admin = await t.login('admin');
    for (const path of [WEBHOOKS, `${WEBHOOKS}/${t.endpoint.id}/deliveries`]) expect(await (await t.staffGet(path, admin)).text()).not.toContain('whsec_');
    expect(await (await t.app.request('/api/v1/openapi.json')).text()).not.toContain(t.endpoint.secret);
  });
});

describe('webhook addresses (server-side request forgery)', () => {
  const create = async (t: Awaited<ReturnType<typeof consoleApp>>, url: string) => t.staffPost(WEBHOOKS, await t.login('admin'), { officeId: 'disdukcapil-uji', url, events: ['complaint.submitted'] });

  it.each([
    'http://127.0.0.1:9/x',
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.8/',
    'http://100.64.1.1/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[fd00::1]/',
    'http://0.0.0.0/',
    'http://224.0.0.1/'
  ])('refuses %s without an allowed host', async (url) => {
    const t = await consoleApp();
    const res = await create(t, url);
    expect(res.status).toBe(422);
    expect(((await res.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('url');
  });

  it.each(['127.0.0.1', '169.254.169.254'])('refuses a name that resolves to %s', async (address) => {
    const t = await consoleApp({ webhooks: { resolve: fakeDns({ 'hooks.agency.example': address }) } });
    expect((await create(t, 'https://hooks.agency.example/suara')).status).toBe(422);
  });

  it('refuses at sending time a name that resolved publicly when added and privately later (DNS rebinding)', async () => {
    const dns = fakeDns({ 'hooks.agency.example': '93.184.215.14' });
    const t = await consoleApp({ webhooks: { resolve: dns } });
    const res = await create(t, 'http://hooks.agency.example/suara');
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    dns.answers['hooks.agency.example'] = '169.254.169.254';
    await t.file();
    expect(await t.app.webhooks.tick()).toBe(1);
    const log = (await (await t.staffGet(`${WEBHOOKS}/${id}/deliveries`, await t.login('admin'))).json()) as { deliveries: { lastAttempt: { error?: string; status?: number } }[] };
    expect(log.deliveries[0]!.lastAttempt.error).toMatch(/169\.254\.169\.254 \(linkLocal\)/);
    expect(log.deliveries[0]!.lastAttempt.status).toBeUndefined();
  });

  it('refuses localhost as the system resolver answers it', async () => {
    const t = await consoleApp();
    expect((await create(t, 'http://localhost:9/')).status).toBe(422);
  });
});
