// A photo attached through the site's complaint form (with and without JavaScript) reaches the office without its
// EXIF, stays private until an officer publishes a blurred copy from the console by keyboard, and then shows on the
// tracking page. Needs `npm run build` first.
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { CHROMIUM, FLAGS } from './support/browser.ts';
import { serverOnly } from './support/harness.ts';

const OFFICE = 'disdukcapil-sukamaju';
const OFFICER = { email: 'petugas.dukcapil@sukamaju.example', password: 'petugas-dukcapil-2026' };

const running = serverOnly();
let browser: Browser;
let photo: Buffer;

beforeAll(async () => {
  photo = await sharp({ create: { width: 120, height: 90, channels: 3, background: '#2a7' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'KameraUji' }, IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 10/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 49/1 0/1' } })
    .toBuffer();
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
});

afterAll(async () => {
  await browser?.close();
});

async function staffContext(): Promise<{ context: BrowserContext; cookie: string }> {
  const login = await fetch(`${running.server.origin}/api/v1/console/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-suara-console': '1', origin: running.server.origin },
    body: JSON.stringify(OFFICER)
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const [name, value] = cookie.split('=') as [string, string];
  const context = await browser.newContext();
  await context.addCookies([{ name, value, url: running.server.origin }]);
  return { context, cookie };
}

async function fileWithPhoto(javaScriptEnabled: boolean): Promise<string> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${running.server.origin}/pengaduan/baru?kantor=${OFFICE}`, { waitUntil: 'networkidle' });
  await page.getByLabel('Kategori').selectOption('fasilitas');
  await page.getByLabel('Uraian pengaduan').fill('Kursi ruang tunggu patah dan membahayakan, lihat foto terlampir.');
  await page.getByLabel('Foto atau dokumen (boleh dikosongkan)').setInputFiles({ name: 'kursi.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.getByRole('button', { name: 'Kirim pengaduan' }).click();
  const code = (await page.locator('.created dd code').first().textContent({ timeout: 30_000 }))!.trim();
  await context.close();
  return code;
}

describe('a photo through the site form', () => {
  for (const javaScriptEnabled of [false, true]) {
    it(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}: is filed with the complaint, without EXIF, and private`, { timeout: 60_000 }, async () => {
      const code = await fileWithPhoto(javaScriptEnabled);
      expect(code).toMatch(/^SL-/);
      const { context, cookie } = await staffContext();
      await context.close();
      const staff = (await (await fetch(`${running.server.origin}/api/v1/console/complaints/${code}`, { headers: { cookie } })).json()) as { attachments: { url: string; file: string }[] };
      expect(staff.attachments).toHaveLength(1);
      const stored = Buffer.from(await (await fetch(`${running.server.origin}${staff.attachments[0]!.url}`, { headers: { cookie } })).arrayBuffer());
      expect(await sharp(stored).metadata()).toMatchObject({ format: 'jpeg', width: 120, height: 90 });
      expect((await sharp(stored).metadata()).exif).toBeUndefined();
      expect((await fetch(`${running.server.origin}/api/v1/complaints/${code}/photos/${staff.attachments[0]!.file}`)).status).toBe(404);
    });
  }

  it('is published with an area blurred from the console by keyboard, and shows on the tracking page', { timeout: 90_000 }, async () => {
    const code = await fileWithPhoto(true);
    const { context } = await staffContext();
    const page = await context.newPage();
    await page.goto(`${running.server.origin}/konsol/pengaduan/${code}`, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: 'Tinjau dan publikasikan' }).click();
    await page.getByRole('heading', { name: /Publikasikan foto/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const area = page.getByRole('group', { name: 'Area 1 yang dikaburkan (boleh dikosongkan)' });
    await area.getByLabel('Dari kiri (x)').focus();
    for (const value of ['10', '10', '50', '40']) {
      await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    }
    await page.getByRole('button', { name: 'Publikasikan' }).press('Enter');
    await page.getByText('Dipublikasikan dengan 1 area dikaburkan').waitFor();
    await context.close();

    const citizen = await browser.newPage();
    await citizen.goto(`${running.server.origin}/lacak/${code}`, { waitUntil: 'networkidle' });
    const image = citizen.getByRole('img', { name: /Foto 1 yang dikirim bersama pengaduan ini/ });
    await image.waitFor();
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(120);
    const src = (await image.getAttribute('src'))!;
    const served = await fetch(`${running.server.origin}${src}`);
    expect(served.headers.get('content-disposition')).toMatch(/^inline; filename="SL-.*-foto-1\.jpg"$/);
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    await citizen.close();

    // Taken back, by keyboard and only once confirmed: the public URL answers 404, and the console says who did it.
    const again = await staffContext();
    const review = await again.context.newPage();
    await review.goto(`${running.server.origin}/konsol/pengaduan/${code}`, { waitUntil: 'networkidle' });
    await review.getByRole('link', { name: 'Tinjau, publikasikan ulang, atau tarik' }).click();
    await review.getByRole('heading', { name: 'Tarik dari publik' }).waitFor();
    expect(await axeViolations(review)).toEqual([]);
    await review.getByRole('checkbox', { name: 'Ya, tarik foto ini dari halaman lacak' }).press('Space');
    await review.getByRole('button', { name: 'Tarik foto' }).press('Enter');
    await review.getByText(/Ditarik dari publik oleh/).waitFor();
    await again.context.close();
    expect((await fetch(`${running.server.origin}${src}`)).status).toBe(404);
  });
});
