// The counter channels: the printable QR poster and the kiosk. Needs `npm run build` first.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { serverAndBrowser } from './support/harness.ts';
import { shotsFolder } from './support/shots.ts';

let shots: string;
const running = serverAndBrowser();
let office: { id: string; name: string; services: { id: string; name: string }[] };

/** The text of the QR code in a PNG, or undefined when none can be read. */
function readQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

async function responses(): Promise<number> {
  return (await (await fetch(`${running.server.origin}/api/v1/offices/${office.id}/stats`)).json()).satisfaction.responses;
}

beforeAll(async () => {
  shots = await shotsFolder(import.meta.url);
  const { offices } = await (await fetch(`${running.server.origin}/api/v1/offices`)).json();
  office = await (await fetch(`${running.server.origin}/api/v1/offices/${offices[0].id}`)).json();
});

describe('the QR poster', () => {
  it.each([
    ['a4', { width: 595.92, height: 842.88 }],
    ['a5', { width: 419.76, height: 595.2 }]
  ] as const)('prints on one %s page as PDF, with a scannable code to the rating page (channel qr)', async (size, points) => {
    const service = office.services[0]!;
    const page = await running.browser.newPage();
    await page.goto(`${running.server.origin}/kantor/${office.id}/poster?layanan=${service.id}&ukuran=${size}`);
    const expected = `${running.server.origin}/nilai/${office.id}?layanan=${service.id}&channel=qr`;

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await writeFile(`${shots}/poster-${size}.pdf`, pdf);
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text)!;
    expect(Number(box[1])).toBeCloseTo(points.width, -1);
    expect(Number(box[2])).toBeCloseTo(points.height, -1);

    // As printed: the page in print media, photographed, and the code read back.
    await page.emulateMedia({ media: 'print' });
    const shot = await page.locator('.sheet').screenshot({ path: `${shots}/poster-${size}.png` });
    expect(readQr(shot)).toBe(expected);
    expect(await page.locator('.controls').isVisible()).toBe(false);

    // And from the PDF itself, rasterised as a printer would, when poppler is there to do it.
    if (existsSync('/usr/bin/pdftoppm')) {
      const dir = await mkdtemp(join(tmpdir(), 'poster-'));
      try {
        await writeFile(join(dir, 'poster.pdf'), pdf);
        await promisify(execFile)('/usr/bin/pdftoppm', ['-png', '-r', '100', '-singlefile', join(dir, 'poster.pdf'), join(dir, 'poster')]);
        const raster = await readFile(join(dir, 'poster.png'));
        await writeFile(`${shots}/poster-${size}-pdf.png`, raster);
        expect(readQr(raster)).toBe(expected);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }
    await page.close();
  });

  it('is accessible and names the office and the service', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.server.origin}/kantor/${office.id}/poster?layanan=${office.services[0]!.id}`);
    await expect(page.locator('.sheet')).toBeTruthy();
    expect(await page.locator('.sheet').textContent()).toContain(office.name);
    expect(await page.getByRole('img', { name: `Kode QR ke halaman penilaian ${office.name}` }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the kiosk', () => {
  it('rates with large faces, starts over, and keeps working through a lost connection and a reload', async () => {
    const page = await running.browser.newPage();
    await page.setViewportSize({ width: 1024, height: 768 });
    // Every POST the page makes, delivered or not: one rating must cost exactly one request.
    const posts: string[] = [];
    const failed: string[] = [];
    page.on('request', (request) => request.method() === 'POST' && posts.push(request.postData() ?? ''));
    page.on('requestfailed', (request) => request.method() === 'POST' && failed.push(request.failure()?.errorText ?? ''));
    await page.goto(`${running.server.origin}/kios/${office.id}?jeda=3`);
    await page.getByRole('radio', { name: 'Sangat Baik' }).waitFor({ state: 'attached' });
    expect(await axeViolations(page)).toEqual([]);
    // The service worker has the page and its scripts for later, offline.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    });
    await page.reload(); // now served through the worker, which keeps copies
    await page.getByRole('radio', { name: 'Sangat Baik' }).waitFor({ state: 'attached' });
    const before = await responses();

    await running.browser.setOffline(true);
    await page.reload(); // a tablet restarting without Wi-Fi
    await page.getByRole('radio', { name: 'Sangat Baik' }).waitFor({ state: 'attached' });
    await page.locator('suara-rating label[for="score-4"]').click();
    await page.getByRole('button', { name: 'Kirim penilaian' }).click();
    await page.getByText('Terima kasih!').waitFor();
    await page.getByText('1 penilaian menunggu dikirim').waitFor();
    await page.screenshot({ path: `${shots}/kiosk-offline.png` });
    await page.getByRole('radio', { name: 'Sangat Baik' }).waitFor({ state: 'visible', timeout: 6000 }); // started over
    expect(await page.getByRole('radio', { name: 'Sangat Baik' }).isChecked()).toBe(false);

    await running.browser.setOffline(false);
    await expect.poll(responses, { timeout: 10_000 }).toBe(before + 1);
    // Nothing left on the tablet to send again: that one request was the only one, and the last.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('suara-layanan:outbox'))).toBeNull();
    expect({ posts: posts.map((body) => JSON.parse(body).channel), failed }).toEqual({ posts: ['kiosk'], failed: [] });
    await page.screenshot({ path: `${shots}/kiosk.png` });
    await page.close();
  });

  it('tags ratings entered with staff help as channel assisted', async () => {
    const page = await running.browser.newPage();
    const posts: string[] = [];
    page.on('request', (request) => request.method() === 'POST' && posts.push(request.postData() ?? ''));
    await page.goto(`${running.server.origin}/kios/${office.id}?petugas=1`);
    await page.getByText('Mode petugas').waitFor();
    await page.locator('suara-rating label[for="score-3"]').click();
    await page.getByRole('button', { name: 'Kirim penilaian' }).click();
    await page.getByText('Terima kasih!').waitFor();
    expect(posts.map((body) => JSON.parse(body).channel)).toEqual(['assisted']);
    await page.close();
  });
});
