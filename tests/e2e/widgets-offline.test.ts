// Bad networks: a rating given without a connection waits on the device and arrives exactly once when
// the connection returns, even when the first try reached the server and only its answer was lost.
// Needs `npm run build` first.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyPage, PLAIN_CSS } from './support/agency-site.ts';
import { serveHostSite } from './support/host-page.ts';
import { serverAndBrowser } from './support/harness.ts';
import { shotsFolder } from './support/shots.ts';

const running = serverAndBrowser();
let site: Awaited<ReturnType<typeof serveHostSite>>;
let office: string;
let shots: string;

async function responses(): Promise<number> {
  const stats = await (await fetch(`${running.server.origin}/api/v1/offices/${office}/stats`)).json();
  return stats.satisfaction.responses;
}

/** Rates with the mouse and sends; resolves once the widget has answered (thanks, or saved for later). */
async function rate(page: Page, face: 1 | 2 | 3 | 4): Promise<void> {
  await page.locator(`suara-rating label[for="score-${face}"]`).click();
  await page.getByRole('button', { name: 'Kirim penilaian' }).click();
  await page.getByText('Terima kasih!').waitFor();
}

const queued = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('suara-layanan:outbox') ?? '[]').length as number);

beforeAll(async () => {
  shots = await shotsFolder(import.meta.url);
  office = (await (await fetch(`${running.server.origin}/api/v1/offices`)).json()).offices[1].id;
  site = await serveHostSite(agencyPage(running.server.origin, { office, trackingCode: 'SL-0000-0000-00', css: PLAIN_CSS }));
});

afterAll(async () => {
  await site?.close();
});

describe('a rating without a connection', () => {
  it('is kept on the device, then arrives exactly once when the device is back online', async () => {
    const page = await running.browser.newPage();
    const posts: string[] = [];
    page.on('request', (request) => request.method() === 'POST' && posts.push(request.headers()['idempotency-key'] ?? ''));
    await page.goto(site.origin);
    await page.getByRole('radio', { name: 'Baik', exact: true }).waitFor({ state: 'attached' });
    const before = await responses();

    await running.browser.setOffline(true);
    await rate(page, 4);
    await page.getByText('Tersimpan di perangkat ini; terkirim otomatis saat koneksi kembali.').waitFor();
    expect(await queued(page)).toBe(1);
    expect(posts).toEqual([]); // offline: not even tried
    expect(await responses()).toBe(before);
    await page.screenshot({ path: `${shots}/offline-queued.png` });

    await running.browser.setOffline(false); // the `online` event sends the queue
    await expect.poll(responses, { timeout: 10_000 }).toBe(before + 1);
    await expect.poll(() => queued(page)).toBe(0);
    await page.getByText('Penilaian Anda sudah kami terima.').waitFor();
    await page.reload();
    await page.getByRole('radio', { name: 'Baik', exact: true }).waitFor({ state: 'attached' });
    await page.waitForTimeout(500);
    expect(posts).toHaveLength(1);
    expect(await responses()).toBe(before + 1);
    await page.close();
  });

  it('whose answer was lost on the way is sent again with the same key and still counts once', async () => {
    const page = await running.browser.newPage();
    const keys: string[] = [];
    let lose = true;
    // The request reaches the server, which stores the rating; the answer never reaches the page.
    await page.route('**/api/v1/ratings', async (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      const answer = await route.fetch();
      if (lose) return route.abort('connectionreset');
      return route.fulfill({ response: answer });
    });
    await page.goto(site.origin);
    await page.getByRole('radio', { name: 'Baik', exact: true }).waitFor({ state: 'attached' });
    const before = await responses();
    const delivered = page.evaluate(() => new Promise((resolve) => document.addEventListener('suara:submitted', (event) => resolve((event as CustomEvent).detail), { once: true })));

    await rate(page, 2);
    await page.getByText('Tersimpan di perangkat ini', { exact: false }).waitFor();
    expect(await responses()).toBe(before + 1); // it did arrive
    lose = false; // the next retry (after ~2 s) gets its answer: the first one, replayed

    expect(await delivered).toEqual({ id: expect.stringMatching(/^r\d+$/), score: 2 });
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size).toBe(1);
    expect(await responses()).toBe(before + 1);
    expect(await queued(page)).toBe(0);
    await page.close();
  });
});
