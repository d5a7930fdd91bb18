// <suara-complaint> on an agency's page on another origin, with a photo and the "Kabari saya" opt-in: the photo
// reaches the office's console without its EXIF, and the citizen gets the verification by email from a real SMTP
// server the test starts (docs/notifications.md, docs/operations.md). Needs `npm run build` first.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpInbox } from '../support/smtp-inbox.ts';
import { serveHostSite } from './support/host-page.ts';
import { serverAndBrowser } from './support/harness.ts';

const OFFICE = 'disdukcapil-sukamaju';
const ADMIN = { email: 'admin@sukamaju.example', password: 'admin-sukamaju-2026' };
const CITIZEN = 'warga.widget@contoh.id';

let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
let site: Awaited<ReturnType<typeof serveHostSite>>;

beforeAll(async () => {
  inbox = await startSmtpInbox();
});

afterAll(async () => {
  await inbox?.close();
});

const running = serverAndBrowser(() => ({ env: { SMTP_URL: inbox.url, SMTP_FROM: 'Suara Layanan <no-reply@suara.example>' } }));

beforeAll(async () => {
  site = await serveHostSite({
    '/': {
      type: 'text/html',
      body: `<!doctype html><html lang="id"><title>Dinas Contoh</title><script src="${running.server.origin}/embed/suara.js" defer></script><suara-complaint office="${OFFICE}"><a href="${running.server.origin}/pengaduan/baru">Ajukan pengaduan</a></suara-complaint>`
    }
  });
});

afterAll(async () => {
  await site?.close();
});

async function staffApi(path: string, body?: unknown) {
  const login = await fetch(`${running.server.origin}/api/v1/console/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-suara-console': '1', origin: running.server.origin },
    body: JSON.stringify(ADMIN)
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const headers = { 'content-type': 'application/json', 'x-suara-console': '1', origin: running.server.origin, cookie };
  return fetch(`${running.server.origin}/api/v1/console/${path}`, body ? { method: 'POST', headers, body: JSON.stringify(body) } : { headers });
}

describe('<suara-complaint> with a photo and the opt-in, embedded on another origin', () => {
  it('files the complaint with its photo, and notifies the citizen by keyboard-reachable consent', { timeout: 90_000 }, async () => {
    const photo = await sharp({ create: { width: 120, height: 90, channels: 3, background: '#2a7' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'KameraUji' } })
      .toBuffer();
    const page = await running.browser.newPage();
    await page.goto(site.origin);
    const form = page.locator('suara-complaint form');
    await form.waitFor();
    await form.getByLabel('Kategori').selectOption('fasilitas');
    await form.getByLabel('Uraian pengaduan').fill('Kursi ruang tunggu patah, lihat foto terlampir.');
    await form.getByLabel('Foto atau PDF (tidak wajib)').setInputFiles({ name: 'kursi.jpg', mimeType: 'image/jpeg', buffer: photo });
    // The consent is its own checkbox, off by default; the contact its own field.
    const consent = form.getByRole('checkbox', { name: 'Kabari saya tentang pengaduan ini' });
    expect(await consent.isChecked()).toBe(false);
    await form.getByLabel('Email atau nomor telepon (tidak wajib)').fill(CITIZEN);
    await consent.focus();
    await page.keyboard.press('Space');
    expect(await consent.isChecked()).toBe(true);
    await form.getByRole('button', { name: 'Kirim pengaduan' }).press('Enter');
    const created = page.locator('suara-complaint .created');
    await created.waitFor({ state: 'visible', timeout: 30_000 }).catch(async () => {
      throw new Error(`not filed: ${await page.locator('suara-complaint [role=status]').textContent()}`);
    });
    const code = (await created.locator('dd').first().textContent())!.trim();
    expect(code).toMatch(/^SL-/);
    await page.close();

    const staff = (await (await staffApi(`complaints/${code}`)).json()) as { attachments: { url: string }[] };
    expect(staff.attachments).toHaveLength(1);
    expect((await staffApi(`complaints/${code}/actions`, { action: 'verify' })).status).toBe(200);
    await inbox.until(() => inbox.to(CITIZEN).length === 1);
    expect(inbox.to(CITIZEN)[0]!.subject).toBe(`Pengaduan ${code} telah diverifikasi`);
  });
});
