// What a citizen meets first, on the real built server with the demo data: the QR rating page as a task page
// (four faces in the first screen of a small phone; one tap is a rating, with and without JavaScript), tracking
// codes as people type them, and the question that closes the loop after a resolution, seen live by staff.
// Needs `npm run build` first.
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { CHROMIUM, FLAGS } from './support/browser.ts';
import { serverOnly } from './support/harness.ts';

const OFFICE = 'disdukcapil-sukamaju';
const OFFICER = { email: 'petugas.dukcapil@sukamaju.example', password: 'petugas-dukcapil-2026' };
const PHONES = [
  { width: 360, height: 640 },
  { width: 390, height: 844 }
];
const CODE_ALPHABET = /^[0-9A-HJKMNP-TV-Z]{24}$/;

const running = serverOnly();
let browser: Browser;

const api = async <T>(path: string, init?: RequestInit): Promise<T> => (await fetch(`${running.server.origin}${path}`, init)).json() as Promise<T>;
const responses = async () => (await api<{ satisfaction: { responses: number } }>(`/api/v1/offices/${OFFICE}/stats`)).satisfaction.responses;
const json = (body: unknown, headers: Record<string, string> = {}) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

async function fileComplaint(): Promise<{ trackingCode: string; secret: string }> {
  return api('/api/v1/complaints', json({ officeId: OFFICE, category: 'pelayanan_lambat', description: 'Antrean KTP-el panjang dan loket kedua tidak dibuka.', visibility: 'public' }));
}

/** Staff log in through the API; the cookie also opens the console in a browser context. */
async function staffSession(): Promise<{ cookie: string; act: (code: string, body: unknown) => Promise<number> }> {
  const login = await fetch(`${running.server.origin}/api/v1/console/session`, json(OFFICER, { 'x-suara-console': '1', origin: running.server.origin }));
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const act = async (code: string, body: unknown) =>
    (await fetch(`${running.server.origin}/api/v1/console/complaints/${code}/actions`, json(body, { cookie, 'x-suara-console': '1', origin: running.server.origin }))).status;
  return { cookie, act };
}

async function facesInFirstScreen(page: Page, height: number): Promise<void> {
  const faces = page.locator('main button[name=score]');
  expect(await faces.count()).toBe(4);
  for (const face of await faces.all()) {
    const box = (await face.boundingBox())!;
    expect(box.y + box.height, `${await face.textContent()} ends at ${box.y + box.height}px of ${height}`).toBeLessThanOrEqual(height);
  }
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
});

afterAll(async () => {
  await browser?.close();
});

describe('/nilai: a task page where one tap is a rating', () => {
  for (const viewport of PHONES) {
    for (const javaScriptEnabled of [true, false]) {
      it(`${viewport.width}×${viewport.height}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}: four faces in the first screen, a tap counts once, a comment adds to it`, async () => {
        const context = await browser.newContext({ viewport, javaScriptEnabled });
        const page = await context.newPage();
        await page.goto(`${running.server.origin}/nilai/${OFFICE}?channel=qr`, { waitUntil: 'networkidle' });
        expect(await page.locator('nav.main-nav').count()).toBe(0); // no site menu
        expect(await page.locator('header').textContent()).toContain('Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sukamaju');
        expect(await page.locator('script[src], link[rel=modulepreload]').count()).toBe(0); // the page ships no JavaScript
        expect(await page.getByRole('region', { name: 'Pemberitahuan data contoh' }).count()).toBe(1); // the demo banner stays
        await facesInFirstScreen(page, viewport.height);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width); // nothing sideways
        if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);

        const before = await responses();
        const [post] = await Promise.all([page.waitForRequest((request) => request.method() === 'POST'), page.getByRole('button', { name: 'Sangat Baik' }).click()]);
        expect(post.headers()['x-sveltekit-action']).toBeUndefined(); // the same plain form post either way
        await page.getByRole('heading', { name: 'Terima kasih!' }).waitFor();
        expect(await page.locator('.rated').textContent()).toContain('Penilaian Anda sudah tercatat: Sangat Baik.');
        expect(await responses()).toBe(before + 1);
        if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);

        await page.getByLabel('Komentar (tidak wajib)').fill('Cepat dan ramah');
        await page.getByRole('button', { name: 'Tambahkan ke penilaian' }).click();
        await page.getByText('Terima kasih, tambahan Anda sudah tercatat bersama penilaian tadi.').waitFor();
        expect(await responses()).toBe(before + 1); // the comment is added to the same rating, never counted again
        await context.close();
      });
    }
  }

  it('stays under 30 KB transferred, everything it loads included', async () => {
    const context = await browser.newContext({ viewport: PHONES[0] });
    const page = await context.newPage();
    const client = await context.newCDPSession(page);
    await client.send('Network.enable');
    let transferred = 0;
    client.on('Network.loadingFinished', (event) => (transferred += event.encodedDataLength));
    await page.goto(`${running.server.origin}/nilai/${OFFICE}?channel=qr`, { waitUntil: 'networkidle' });
    console.info(`/nilai transferred: ${transferred} bytes`);
    expect(transferred).toBeLessThan(30_000);
    expect(transferred).toBeGreaterThan(0);
    await context.close();
  });
});

describe('codes as people type them', () => {
  it('finds a complaint from its tracking code typed with spaces, lower case and O for 0; secrets are in the code alphabet', async () => {
    const filed = await fileComplaint();
    expect(filed.secret).toMatch(CODE_ALPHABET);
    // A demo complaint whose code has a 0 to mistype as O (half the codes have one; the demo has dozens).
    const { cookie } = await staffSession();
    const inbox = await api<{ items: { trackingCode: string }[] }>('/api/v1/console/complaints?status=all&limit=100', { headers: { cookie } });
    const code = inbox.items.find((item) => item.trackingCode.includes('0'))!.trackingCode;
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    expect(typed).toMatch(/^sl [a-z0-9 ]*o/);
    const page = await browser.newPage({ viewport: PHONES[1] });
    await page.goto(`${running.server.origin}/lacak`);
    await page.getByLabel('Kode pelacakan').fill(typed);
    await page.getByRole('button', { name: 'Lacak' }).click();
    await page.waitForURL(`${running.server.origin}/lacak/${code}`);
    await page.getByRole('heading', { name: `Pengaduan ${code}` }).waitFor();
    await page.close();
    const direct = await fetch(`${running.server.origin}/lacak?kode=${encodeURIComponent(typed)}`, { redirect: 'manual' });
    expect(direct.headers.get('location')).toBe(`/lacak/${code}`);
  });
});

describe('closing the loop', () => {
  it('asks a resolved complaint’s citizen; "Belum" reopens it, in words on the timeline and live in the console', async () => {
    const { trackingCode, secret } = await fileComplaint();
    const staff = await staffSession();
    expect(await staff.act(trackingCode, { action: 'verify' })).toBe(200);
    expect(await staff.act(trackingCode, { action: 'resolve', message: 'Loket kedua sudah dibuka.' })).toBe(200);

    // Staff keep the complaint open in the console.
    const consoleContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const [name, value] = staff.cookie.split('=') as [string, string];
    await consoleContext.addCookies([{ name, value, url: running.server.origin }]);
    const consolePage = await consoleContext.newPage();
    await consolePage.goto(`${running.server.origin}/konsol/pengaduan/${trackingCode}`, { waitUntil: 'networkidle' });
    const consoleStatus = consolePage.locator('[data-status]');
    expect(await consoleStatus.getAttribute('data-status')).toBe('resolved');

    // The citizen opens the tracking page, types the secret as people do (groups, lower case) and answers Belum.
    const citizen = await browser.newPage({ viewport: PHONES[1] });
    await citizen.goto(`${running.server.origin}/lacak/${trackingCode}`, { waitUntil: 'networkidle' });
    await citizen.getByRole('heading', { name: 'Apakah masalah Anda sudah selesai?' }).waitFor();
    expect(await axeViolations(citizen)).toEqual([]);
    const secretField = citizen.getByLabel('Kode rahasia');
    expect(await secretField.getAttribute('type')).toBe('text');
    await secretField.fill(
      secret
        .toLowerCase()
        .replace(/(.{4})/g, '$1 ')
        .trim()
    );
    await citizen.getByLabel('Catatan (tidak wajib)').fill('Loket kedua tutup lagi sejak Rabu.');
    await citizen.getByRole('button', { name: 'Belum' }).click();
    await citizen.getByText('Terima kasih. Pengaduan dibuka kembali dan kembali ke petugas.').waitFor();
    await expect.poll(() => citizen.locator('.timeline').textContent()).toContain('Pelapor menyatakan masalah belum selesai');
    expect(await citizen.locator('.next').textContent()).toContain('Petugas menindaklanjuti lagi');

    // The console follows without a reload.
    await expect.poll(() => consoleStatus.getAttribute('data-status'), { timeout: 15_000 }).toBe('reopened');
    const inbox = await consoleContext.newPage();
    await inbox.goto(`${running.server.origin}/konsol?status=all&q=${trackingCode}`);
    expect(await inbox.locator('tbody tr', { hasText: trackingCode }).textContent()).toContain('Pelapor: belum selesai');
    await consoleContext.close();

    // The secret is remembered for the tab: the next form already has it.
    await citizen.goto(`${running.server.origin}/lacak/${trackingCode}/tanggapi`, { waitUntil: 'networkidle' });
    expect(await citizen.locator('input[name=secret]').first().inputValue()).not.toBe('');
    await citizen.close();
  });

  it('asks "Ya / Belum" without JavaScript too, and a "Ya" reads as resolved on the timeline', async () => {
    const { trackingCode, secret } = await fileComplaint();
    const staff = await staffSession();
    await staff.act(trackingCode, { action: 'verify' });
    await staff.act(trackingCode, { action: 'resolve', message: 'Selesai.' });
    const context = await browser.newContext({ viewport: PHONES[0], javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${running.server.origin}/lacak/${trackingCode}`);
    await page.getByLabel('Kode rahasia').fill(secret);
    await page.getByRole('button', { name: 'Ya, sudah selesai' }).click();
    await page.getByText('Terima kasih. Anda menyatakan masalah selesai.').waitFor();
    expect(await page.locator('.timeline').textContent()).toContain('Pelapor menyatakan masalah selesai');
    expect(await page.getByRole('heading', { name: 'Apakah masalah Anda sudah selesai?' }).count()).toBe(0);
    await context.close();
  });
});
