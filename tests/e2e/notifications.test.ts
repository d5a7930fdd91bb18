// docs/notifications.md on the real built server, with a real SMTP server the test starts: a SIGKILL between the
// commit of a status change and the sending of its message still delivers it exactly once after the restart; the
// unsubscribe page stops the next; personal data filed through the complaint form reaches only its complainant.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSmtpInbox } from '../support/smtp-inbox.ts';
import { launchBrowser } from './support/browser.ts';
import { removeDataDir, startServer, type RunningServer } from './support/server.ts';

const OFFICE = 'disdukcapil-sukamaju';
const ADMIN = { email: 'admin@sukamaju.example', password: 'admin-sukamaju-2026' };
const CITIZEN = 'warga.satu@contoh.id';
const OTHER = 'warga.dua@contoh.id';
// Personal data of every kind the masking tests know (shared/privacy/mask.test.ts), as tests/e2e/operations.test.ts.
const PERSONAL = {
  nik: '3201234567890001',
  nikGrouped: '3201-2345-6789-0001',
  phone: '081377712345',
  phoneIntl: '+62 812-3456-7890',
  phoneBrackets: '(021) 555-1234',
  email: 'rahmat.hidayat@contoh.id',
  name: 'Rahmat Hidayat',
  address: 'Jl. Melati Nomor 17, RT 03/RW 05, Kelurahan Sukamaju'
};
const EVERYTHING = Object.values(PERSONAL).join(', ');
const needles = [...Object.values(PERSONAL), '81234567890', '0215551234', 'Melati', 'Hidayat'];

let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
const servers: RunningServer[] = [];
beforeEach(async () => {
  inbox = await startSmtpInbox();
});
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop();
  await inbox.close();
});
const dataDirs = new Set<string>();
afterAll(async () => {
  for (const dir of dataDirs) await removeDataDir(dir);
});
async function start(dataDir?: string): Promise<RunningServer> {
  const server = await startServer({ dataDir, env: { SMTP_URL: inbox.url, SMTP_FROM: 'Suara Layanan <no-reply@suara.example>' } });
  servers.push(server);
  dataDirs.add(server.dataDir);
  return server;
}

const json = (origin: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
async function staff(origin: string) {
  const login = await json(origin, '/api/v1/console/session', ADMIN, { 'x-suara-console': '1' });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  return async (trackingCode: string, body: Record<string, unknown>) => {
    const res = await json(origin, `/api/v1/console/complaints/${trackingCode}/actions`, body, { 'x-suara-console': '1', cookie });
    expect(res.status).toBe(200);
  };
}
async function file(origin: string, email: string): Promise<string> {
  const res = await json(origin, '/api/v1/complaints', { officeId: OFFICE, category: 'informasi', description: 'Jadwal layanan tidak diumumkan di papan.', contact: { email }, notify: true });
  expect(res.status).toBe(201);
  return ((await res.json()) as { trackingCode: string }).trackingCode;
}

describe('notifications on the built server', () => {
  it('delivers exactly once after a SIGKILL between commit and sending, and the unsubscribe page stops the next', async () => {
    const first = await start();
    const trackingCode = await file(first.origin, CITIZEN);
    inbox.hold();
    await (
      await staff(first.origin)
    )(trackingCode, { action: 'verify' });
    // The message is on the wire and not yet accepted when the server dies.
    await inbox.until(() => inbox.held.some((to) => to.includes(CITIZEN)));
    await first.kill();
    expect(inbox.to(CITIZEN)).toEqual([]);
    inbox.release();

    const second = await start(first.dataDir);
    await inbox.until(() => inbox.to(CITIZEN).length === 1);
    const act = await staff(second.origin);
    await act(trackingCode, { action: 'reply', message: 'Jadwal sudah kami tempel.' });
    await inbox.until(() => inbox.to(CITIZEN).length === 2);
    const [verified, replied] = inbox.to(CITIZEN);
    expect(verified!.subject).toBe(`Pengaduan ${trackingCode} telah diverifikasi`);
    expect(replied!.subject).toBe(`Tanggapan baru untuk pengaduan ${trackingCode}`);

    // The link's page shows a button; its POST stops the messages at once.
    const link = replied!.text.match(/http:\/\/[^\s]+\/berhenti-kabar\?token=[^\s]+/)![0];
    const page = await fetch(link);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Ya, berhenti menerima kabar');
    const token = decodeURIComponent(new URL(link).searchParams.get('token')!);
    const pressed = await fetch(`${second.origin}/berhenti-kabar`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: second.origin },
      body: new URLSearchParams({ token })
    });
    expect(await pressed.text()).toContain(`tidak ada lagi pesan tentang pengaduan ${trackingCode}`);
    await act(trackingCode, { action: 'resolve', message: 'Sudah dipasang.' });
    // The outbox sends in the order of the log: once a later complaint's message is in, the resolution's would be too.
    const later = await file(second.origin, OTHER);
    await act(later, { action: 'verify' });
    await inbox.until(() => inbox.to(OTHER).length === 1);
    expect(inbox.to(CITIZEN)).toHaveLength(2);
  });

  it('sends personal data filed through the complaint form to its complainant only, and never the secret', async () => {
    const server = await start();
    const { origin } = server;
    const form = await fetch(`${origin}/pengaduan/baru`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin },
      body: new URLSearchParams({
        officeId: OFFICE,
        category: 'informasi',
        description: `Lewat formulir: ${EVERYTHING}`,
        visibility: 'public',
        'contact.name': PERSONAL.name,
        'contact.phone': PERSONAL.phoneIntl,
        'contact.email': PERSONAL.email,
        notify: '1'
      })
    });
    const html = await form.text();
    const trackingCode = html.match(/SL-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}/)![0];
    const secret = html.match(/class="secret[^"]*"[^>]*>([0-9A-Z ]+)</)![1]!.replaceAll(' ', '');
    const other = await file(origin, OTHER);
    const act = await staff(origin);
    for (const code of [trackingCode, other]) {
      await act(code, { action: 'verify', message: `Kami hubungi ${PERSONAL.phone}.` });
      await act(code, { action: 'note', message: EVERYTHING });
      await act(code, { action: 'reply', message: `Tanggapan: ${code === trackingCode ? EVERYTHING : 'jadwal ditempel'}` });
      await act(code, { action: 'reject', reason: 'other', message: `Ditolak ${PERSONAL.email}` });
    }
    await inbox.until(() => inbox.to(PERSONAL.email).length === 3 && inbox.to(OTHER).length === 3);
    expect(inbox.to(PERSONAL.email).map((mail) => mail.subject)).toEqual([
      `Pengaduan ${trackingCode} telah diverifikasi`,
      `Tanggapan baru untuk pengaduan ${trackingCode}`,
      `Pengaduan ${trackingCode} ditolak`
    ]);
    for (const mail of inbox.received) {
      const whole = `${mail.subject}\n${mail.text}\n${mail.html}`;
      expect(whole).not.toContain(secret);
      if (mail.to.includes(PERSONAL.email)) continue;
      for (const needle of needles) expect(whole, `${needle} in a message to ${mail.to.join(', ')}`).not.toContain(needle);
    }
    await server.stop();
    for (const needle of needles) expect(server.output(), needle).not.toContain(needle);
  });

  it('offers the opt-in on the form once an address is typed, off by default, and honours it', async () => {
    const server = await start();
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/pengaduan/baru?kantor=${OFFICE}&lang=en`, { waitUntil: 'networkidle' });
      const optIn = page.getByLabel('Notify me by email or message when the status of my complaint changes');
      expect(await optIn.count()).toBe(0);
      await page.getByLabel('Category').selectOption('informasi');
      await page.getByLabel('Your complaint').fill('The schedule is not posted at the counter.');
      await page.getByLabel('Email').fill(CITIZEN);
      expect(await optIn.isChecked()).toBe(false);
      await optIn.check();
      await page.getByRole('button', { name: 'Send complaint' }).click();
      const code = page.locator('.created dd code').first();
      await code.waitFor();
      const trackingCode = (await code.textContent())!.trim();
      await (
        await staff(server.origin)
      )(trackingCode, { action: 'verify' });
      await inbox.until(() => inbox.to(CITIZEN).length === 1);
      expect(inbox.to(CITIZEN)[0]!.subject).toBe(`Complaint ${trackingCode} has been verified`);
    } finally {
      await browser.dispose();
    }
  });
});
