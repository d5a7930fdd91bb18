// docs/notifications.md against a real SMTP server the test starts: one message per status change to a citizen who
// asked, none to one who did not, nothing after an unsubscribe, deadline reminders to managers, nothing lost or
// repeated across a restart of the app on the same log.
import { createServer } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { gatewayNotifier, smtpNotifier, type Notifier } from '../../server/notifications/index.ts';
import { RETRY_DELAYS_MS } from '../../server/notifications/backoff.ts';
import { testStore } from './support/test-store.ts';
import { startSmtpInbox } from '../support/smtp-inbox.ts';
import { testStaff } from './console-fixtures.ts';
import { testCatalog } from './fixtures.ts';
import { EMAIL, newStore, notifyingApp, OPTED_IN, ORIGIN, unsubscribeTokenIn } from './notifications-fixtures.ts';
import type { Store } from '../../server/store/types.ts';

let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
const apps: { notifications: { stop(): void } }[] = [];
const smtp = () => smtpNotifier({ url: inbox.url, from: 'Suara Layanan <no-reply@uji.go.id>' });
async function start(...args: Parameters<typeof notifyingApp>) {
  const made = await notifyingApp(...args);
  apps.push(made);
  return made;
}

beforeAll(async () => {
  inbox = await startSmtpInbox();
});
afterEach(() => {
  for (const app of apps.splice(0)) app.notifications.stop();
  inbox.received.length = 0;
});
afterAll(() => inbox.close());

describe('notifications to the citizen', () => {
  it('sends exactly one message per status change the citizen can see, and none for internal notes', async () => {
    const { file, login, act } = await start([smtp()]);
    const { trackingCode, secret } = await file(OPTED_IN);
    const cookie = await login();
    await act(cookie, trackingCode, { action: 'verify' });
    expect(inbox.to(EMAIL).map((mail) => mail.subject)).toEqual([`Pengaduan ${trackingCode} telah diverifikasi`]);
    await act(cookie, trackingCode, { action: 'note', message: 'Catatan internal untuk petugas' });
    await act(cookie, trackingCode, { action: 'reply', message: 'Berkas sedang dicetak.' });
    await act(cookie, trackingCode, { action: 'resolve', message: 'Akta sudah dapat diambil.' });
    const mails = inbox.to(EMAIL);
    expect(mails).toHaveLength(3);
    expect(mails[1]!.text).toContain('Berkas sedang dicetak.');
    expect(mails.map((mail) => mail.text).join('\n')).not.toContain('Catatan internal');
    // Resolution: the "sudah selesai?" question, with the tracking page that asks it.
    expect(mails[2]!.subject).toBe(`Pengaduan ${trackingCode} dinyatakan selesai`);
    expect(mails[2]!.text).toContain('Sudah selesai?');
    expect(mails[2]!.text).toContain(`${ORIGIN}/lacak/${trackingCode}`);
    for (const mail of mails) {
      expect(mail.text).not.toContain(secret);
      expect(mail.html).not.toContain(secret);
      expect(mail.text).toContain(`${ORIGIN}/berhenti-kabar?token=`);
      expect(mail.html).toContain('/berhenti-kabar?token=');
      expect(mail.raw.replace(/\r?\n[ \t]+/g, ' ')).toMatch(/^List-Unsubscribe: <https:\/\/suara\.uji\/berhenti-kabar\?token=/m);
    }
  });

  it('tells the reason of a rejection, in English for a complaint filed in English', async () => {
    const { file, login, act } = await start([smtp()]);
    const { trackingCode } = await file({ ...OPTED_IN, locale: 'en' });
    await act(await login(), trackingCode, { action: 'reject', reason: 'out_of_scope', message: 'Please ask the land office.' });
    const [mail, ...more] = inbox.to(EMAIL);
    expect(more).toEqual([]);
    expect(mail!.subject).toBe(`Complaint ${trackingCode} was rejected`);
    expect(mail!.text).toContain('Reason: outside our remit.');
    expect(mail!.text).toContain('Please ask the land office.');
  });

  it('sends nothing to a citizen who did not opt in, or who opted in without an address', async () => {
    const { file, login, act, store } = await start([smtp()]);
    const cookie = await login();
    for (const body of [
      { ...OPTED_IN, notify: undefined },
      { ...OPTED_IN, notify: false },
      { ...OPTED_IN, contact: { name: 'Siti' } }
    ]) {
      const { trackingCode } = await file(body);
      await act(cookie, trackingCode, { action: 'verify' });
      await act(cookie, trackingCode, { action: 'reply', message: 'Sedang kami periksa.' });
    }
    expect(inbox.received).toEqual([]);
    const submitted = await eventsOf(store, 'complaint.submitted');
    expect(submitted.every((event) => !('notify' in event))).toBe(true);
  });

  it('stops at once when the unsubscribe link is followed, and records it', async () => {
    const { file, login, act, json, app, notifications, store } = await start([smtp()], { sendsWhenAsked: true });
    const { trackingCode } = await file(OPTED_IN);
    const cookie = await login();
    await act(cookie, trackingCode, { action: 'verify' });
    const token = unsubscribeTokenIn(inbox.to(EMAIL)[0]!.text);

    // The page's GET shows what the link stops and changes nothing.
    const shown = await app.request(`/api/v1/notifications/unsubscribe/${encodeURIComponent(token)}`);
    expect(await shown.json()).toEqual({ trackingCode, unsubscribed: false });
    // A reply is committed, but before it is sent the citizen presses the button: it is not sent.
    const res = await json(`/api/v1/console/complaints/${trackingCode}/actions`, { action: 'reply', message: 'Masih diproses.' }, { 'X-Suara-Console': '1', cookie });
    expect(res.status).toBe(200);
    const followed = await json(`/api/v1/notifications/unsubscribe/${encodeURIComponent(token)}`, {});
    expect(await followed.json()).toEqual({ trackingCode, unsubscribed: true });
    await notifications.runDue();
    await act(cookie, trackingCode, { action: 'resolve', message: 'Selesai.' });
    expect(inbox.to(EMAIL)).toHaveLength(1);
    expect(await eventsOf(store, 'notification.unsubscribed')).toEqual([expect.objectContaining({ trackingCode })]);

    // Used again, nothing more is recorded; a forged or foreign token is a 404.
    await json(`/api/v1/notifications/unsubscribe/${encodeURIComponent(token)}`, {});
    expect(await eventsOf(store, 'notification.unsubscribed')).toHaveLength(1);
    const forged = await json(`/api/v1/notifications/unsubscribe/${encodeURIComponent(token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')))}`, {});
    expect(forged.status).toBe(404);
    expect(forged.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('the message gateway', () => {
  it('posts one JSON message per status change to the phone of an opted-in citizen, with the token and the key', async () => {
    const requests: { headers: Record<string, unknown>; body: { to: string; text: string; reference: string } }[] = [];
    let status = 503;
    const gateway = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        requests.push({ headers: req.headers, body: JSON.parse(body) });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(gateway.address() as { port: number }).port}/send`;
      const { file, login, act, clock, notifications } = await start([gatewayNotifier({ url, token: 'rahasia-gateway' }), smtp()]);
      const { trackingCode } = await file({ ...OPTED_IN, contact: { phone: '0812 3456 7890' } });
      await act(await login(), trackingCode, { action: 'verify' });
      // A refusal is retried on the schedule, under the same key.
      status = 200;
      clock.advance(RETRY_DELAYS_MS[0]);
      await notifications.runDue();
      await notifications.runDue();
      expect(requests).toHaveLength(2);
      const [refused, accepted] = requests;
      expect(accepted!.headers.authorization).toBe('Bearer rahasia-gateway');
      expect(accepted!.headers['idempotency-key']).toBe(refused!.headers['idempotency-key']);
      expect(accepted!.body).toMatchObject({ to: '0812 3456 7890', reference: expect.stringMatching(/^\d+:citizen:gateway$/) });
      expect(accepted!.body.text).toContain(`Pengaduan ${trackingCode} telah diverifikasi`);
      expect(accepted!.body.text).toContain('/berhenti-kabar?token=');
      expect(inbox.received).toEqual([]); // no email address, so no email
    } finally {
      await new Promise((resolve) => gateway.close(resolve));
    }
  });
});

describe('deadline reminders', () => {
  it('tell the citizen and the office managers once when a deadline passes unanswered', async () => {
    const { file, clock, notifications } = await start([smtp()]);
    const { trackingCode } = await file(OPTED_IN);
    clock.advance(2 * 86_400_000);
    expect(await notifications.checkDeadlines()).toBe(0);
    // Filed Wednesday: three working days end on Monday.
    clock.advance(4 * 86_400_000);
    expect(await notifications.checkDeadlines()).toBe(1);
    expect(await notifications.checkDeadlines()).toBe(0);
    await notifications.runDue();
    expect(inbox.to(EMAIL).map((mail) => mail.subject)).toEqual([`Pengaduan ${trackingCode} belum ditanggapi`]);
    // The manager's account names no language: both, Indonesian first.
    const manager = inbox.to('manajer@dukcapil.uji');
    expect(manager.map((mail) => mail.subject)).toEqual([`Batas waktu terlewati: pengaduan ${trackingCode} / Deadline passed: complaint ${trackingCode}`]);
    expect(manager[0]!.text).toContain(`${ORIGIN}/konsol/pengaduan/${trackingCode}`);
    expect(manager[0]!.text.indexOf('belum mendapat tanggapan pertama')).toBeLessThan(manager[0]!.text.indexOf('has had no first response'));
    // Only the managers of the complaint's office; officers and other offices' managers get nothing.
    expect(inbox.received.flatMap((mail) => mail.to).sort()).toEqual(['manajer@dukcapil.uji', EMAIL]);
  });
});

describe("a manager's reminder", () => {
  for (const language of ['en', 'id'] as const) {
    it(`follows the manager's language (${language}), while the citizen's follows the complaint's`, async () => {
      const store = await testStore({ ...structuredClone(testCatalog), staff: Object.values(testStaff).map((account) => (account.role === 'manager' ? { ...account, language } : account)) });
      const { file, clock, notifications } = await start([smtp()], { store });
      const { trackingCode } = await file(OPTED_IN);
      clock.advance(6 * 86_400_000);
      expect(await notifications.checkDeadlines()).toBe(1);
      await notifications.runDue();
      const [mail] = inbox.to('manajer@dukcapil.uji');
      expect(mail!.subject).toBe(language === 'en' ? `Deadline passed: complaint ${trackingCode}` : `Batas waktu terlewati: pengaduan ${trackingCode}`);
      expect(mail!.text).not.toContain(language === 'en' ? 'tanggapan pertama' : 'first response');
      expect(inbox.to(EMAIL).map((citizen) => citizen.subject)).toEqual([`Pengaduan ${trackingCode} belum ditanggapi`]);
    });
  }
});

describe("a manager's own choice of language", () => {
  it('is set from the console account page’s API, audited, and the next reminder follows it', async () => {
    const { app, file, clock, notifications, login, store } = await start([smtp()]);
    let cookie = await login('manager');
    const put = (body: unknown) =>
      app.request('/api/v1/console/me/language', { method: 'PUT', headers: { 'Content-Type': 'application/json', 'X-Suara-Console': '1', cookie }, body: JSON.stringify(body) });
    expect((await put({ language: 'fr' })).status).toBe(422);
    expect((await put({ language: 'en' })).status).toBe(204);
    expect((await (await app.request('/api/v1/console/me', { headers: { cookie } })).json()).language).toBe('en');
    expect(store.catalog.get().audit?.at(-1)).toMatchObject({ action: 'message-language', changes: [{ field: 'language', from: 'both', to: 'en' }] });
    const { trackingCode } = await file(OPTED_IN);
    clock.advance(6 * 86_400_000);
    await notifications.checkDeadlines();
    await notifications.runDue();
    expect(inbox.to('manajer@dukcapil.uji').map((mail) => mail.subject)).toEqual([`Deadline passed: complaint ${trackingCode}`]);
    cookie = await login('manager'); // six days on, the first session has ended
    expect((await put({ language: 'both' })).status).toBe(204);
    expect((await (await app.request('/api/v1/console/me', { headers: { cookie } })).json()).language).toBeUndefined();
  });
});

describe('personal data in notifications', () => {
  // Every kind the masking tests know (shared/privacy/mask.test.ts), as tests/e2e/operations.test.ts spells them.
  const PERSONAL = ['3201234567890001', '3201-2345-6789-0001', '081377712345', '+62 812-3456-7890', '(021) 555-1234', 'rahmat.hidayat@contoh.id', 'Rahmat Hidayat', 'Jl. Melati Nomor 17'];
  const needles = [...PERSONAL, '81234567890', '0215551234', 'Melati', 'Hidayat'];

  it("reaches no manager's reminder and no other citizen's message", async () => {
    const { file, clock, notifications, login, act } = await start([smtp()]);
    const everything = PERSONAL.join(', ');
    const filed = await file({ ...OPTED_IN, description: `Saya ${everything}, mohon dihubungi.`, contact: { name: 'Rahmat Hidayat', phone: '+62 812-3456-7890', email: 'rahmat.hidayat@contoh.id' } });
    const other = await file(OPTED_IN);
    const cookie = await login();
    await act(cookie, other.trackingCode, { action: 'verify', message: 'Kami periksa.' });
    clock.advance(6 * 86_400_000);
    expect(await notifications.checkDeadlines()).toBe(1);
    await notifications.runDue();
    expect(inbox.to('manajer@dukcapil.uji').map((mail) => mail.subject)).toEqual([`Batas waktu terlewati: pengaduan ${filed.trackingCode} / Deadline passed: complaint ${filed.trackingCode}`]);
    expect(inbox.to('rahmat.hidayat@contoh.id')).toHaveLength(1);
    for (const mail of inbox.received.filter((mail) => !mail.to.includes('rahmat.hidayat@contoh.id'))) {
      for (const needle of needles) expect(`${mail.subject}\n${mail.text}\n${mail.html}`, `${needle} to ${mail.to.join()}`).not.toContain(needle);
    }
  });
});

describe('the outbox', () => {
  it('retries with backoff on the injected clock, then gives up and records that', async () => {
    const attempts: number[] = [];
    const failing: Notifier = {
      channel: 'email',
      send: async () => {
        attempts.push(clock.now());
        throw Object.assign(new Error('down'), { code: 'ECONNREFUSED' });
      }
    };
    const made = await start([failing]);
    const { clock, file, login, act, notifications, logs, store } = made;
    const { trackingCode } = await file(OPTED_IN);
    const start0 = clock.now();
    await act(await login(), trackingCode, { action: 'verify' });
    expect(attempts).toEqual([start0]);
    clock.advance(RETRY_DELAYS_MS[0] - 1);
    await notifications.runDue();
    expect(attempts).toHaveLength(1);
    clock.advance(1);
    await notifications.runDue();
    expect(attempts).toEqual([start0, start0 + RETRY_DELAYS_MS[0]]);
    for (const delay of RETRY_DELAYS_MS.slice(1)) {
      clock.advance(delay);
      await notifications.runDue();
    }
    expect(attempts).toHaveLength(RETRY_DELAYS_MS.length + 1);
    expect(notifications.pendingCount()).toBe(0);
    expect(await eventsOf(store, 'notification.failed')).toHaveLength(1);
    expect(logs.at(-1)).toMatch(/^notification \d+:citizen:email not sent \(attempt 9, giving up\): ECONNREFUSED$/);
    expect(logs.join('\n')).not.toContain(EMAIL);
  });

  it('derives what is owed from the log: a new app on the same log sends it once, and nothing already sent', async () => {
    const store = await newStore();
    const down: Notifier = { channel: 'email', send: () => Promise.reject(new Error('down')) };
    const first = await start([down], { store });
    const { trackingCode } = await first.file(OPTED_IN);
    const cookie = await first.login();
    await first.act(cookie, trackingCode, { action: 'verify' });
    first.notifications.stop();

    const second = await start([smtp()], { store, key: first.key });
    await second.notifications.runDue();
    expect(inbox.to(EMAIL)).toHaveLength(1);
    second.notifications.stop();

    const third = await start([smtp()], { store, key: first.key });
    await third.notifications.runDue();
    expect(inbox.to(EMAIL)).toHaveLength(1);
    expect(await eventsOf(store, 'notification.sent')).toEqual([expect.objectContaining({ trackingCode, key: expect.stringMatching(/^\d+:citizen:email$/) })]);
  });
});

async function eventsOf(store: Store, type: string) {
  const events: Record<string, unknown>[] = [];
  const stop = await store.subscribe((event) => void (event.type === type && events.push(event)));
  stop();
  return events;
}
