import { afterEach, describe, expect, it } from 'vitest';
import { WEBHOOK_EVENT_TYPES } from '../../server/webhooks/types.ts';
import { webhookApp, WEBHOOKS } from './webhook-fixtures.ts';
import type { Received } from './webhook-receiver.ts';

// docs/webhooks.md: a payload is the public form of the event. The personal data the open-data test knows (NIK, a
// phone number in four formats, an email, a name) goes into every free-text field through the complaint form and
// the console, for each visibility; every message the receiver gets, headers and body, is searched for it.
const NIK = '3201234567890001';
const PHONES = ['081377712345', '+62 813-7771-2346', '(0813) 7771 2347', '62.813.7771.2348'];
const EMAIL = 'siti.rahayu@contoh.id';
const NAME = 'Siti Rahayu';
const PERSONAL = [NIK, ...PHONES, EMAIL, NAME];
const text = (what: string) => `${what}: NIK ${NIK}, HP ${PHONES.join(' / ')}, email ${EMAIL}.`;

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function walk(t: Awaited<ReturnType<typeof webhookApp>>, visibility: string) {
  const { trackingCode, secret } = await t.file({ visibility, description: text('Uraian'), contact: { name: NAME, phone: PHONES[0], email: EMAIL } });
  const cookie = await t.login('admin');
  const staff = async (body: object) => expect((await t.staffPost(`/api/v1/console/complaints/${trackingCode}/actions`, cookie, body)).status, JSON.stringify(body)).toBe(200);
  const citizen = async (body: object) => expect((await t.post(`/api/v1/complaints/${trackingCode}/actions`, { secret, ...body })).status, JSON.stringify(body)).toBe(200);
  await staff({ action: 'verify', message: text('Verifikasi') });
  await staff({ action: 'reply', message: text('Balasan') });
  await staff({ action: 'note', message: text('Catatan internal') });
  await citizen({ action: 'info', message: text('Info tambahan') });
  await staff({ action: 'start', message: text('Mulai') });
  await staff({ action: 'resolve', message: text('Selesai') });
  await citizen({ action: 'confirm', confirmation: 'not_satisfied', message: text('Konfirmasi') });
  await citizen({ action: 'reopen', message: text('Buka lagi') });
  await staff({ action: 'reject', reason: 'other', message: text('Tolak') });
  while ((await t.app.webhooks.tick()) > 0);
  return trackingCode;
}

describe('personal data in webhook payloads', () => {
  it.each(['public', 'anonymous', 'confidential'] as const)('appears in no payload for a %s complaint', async (visibility) => {
    const t = await webhookApp({ events: [...WEBHOOK_EVENT_TYPES] });
    closers.push(t.receiver.close);
    const trackingCode = await walk(t, visibility);
    // Up to eight messages go out at once (server/webhooks/dispatcher.ts), so they may arrive in any order; their
    // webhook-id names the event's position in the log (msg_<seq in base 36>_<endpoint>).
    const position = (message: Received) => parseInt(message.headers['webhook-id']!.split('_')[1]!, 36);
    const received = [...t.receiver.received].sort((a, b) => position(a) - position(b));
    const types = received.map((message) => JSON.parse(message.body).type);
    expect(types).toEqual([
      'complaint.submitted',
      'complaint.verified',
      'complaint.replied',
      'complaint.info_added',
      'complaint.started',
      'complaint.resolved',
      'complaint.confirmed',
      'complaint.reopened',
      'complaint.rejected'
    ]);
    for (const message of received) {
      const whole = JSON.stringify(message.headers) + message.body;
      expect(whole).toContain(trackingCode);
      for (const value of PERSONAL) expect(whole, `${value} in ${JSON.parse(message.body).type}`).not.toContain(value);
      expect(message.body).not.toContain('Catatan internal');
    }
    // As on /lacak: public and anonymous complaints show their text masked; a confidential one shows none.
    if (visibility === 'confidential') expect(received[0]!.body).not.toContain('Uraian');
    else expect(received[0]!.body).toContain('[NIK disembunyikan]');
  });

  it("carries the contact only to an office's endpoint whose manager switched it on", async () => {
    const t = await webhookApp({ events: ['complaint.submitted'] });
    closers.push(t.receiver.close);
    const on = await t.staffPost(`${WEBHOOKS}/${t.endpoint.id}`, t.manager, { includeContact: true }, 'PATCH');
    expect(((await on.json()) as { includeContact: boolean }).includeContact).toBe(true);
    await t.file({ contact: { name: NAME, phone: PHONES[0], email: EMAIL } });
    await t.app.webhooks.tick();
    expect(JSON.parse(t.receiver.received[0]!.body).data.contact).toEqual({ name: NAME, phone: PHONES[0], email: EMAIL });
    // An agency's endpoint never can.
    const admin = await t.login('admin');
    const agency = await t.staffPost(WEBHOOKS, admin, { agencyId: 'pemkab-uji', url: t.receiver.url, events: ['complaint.submitted'], includeContact: true });
    expect(agency.status).toBe(422);
  });
});
