// The public pages on the real, built server: readable without JavaScript, forms that work without it,
// English on request, and no axe violations. Needs `npm run build` first.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { serverAndBrowser } from './support/harness.ts';

type Office = { id: string; name: string };

const running = serverAndBrowser();
let offices: Office[];
let office: Office;
let trackingCode: string;

const percent = (share: number) => `${new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share * 100)}\u00a0%`;
const count = (n: number) => new Intl.NumberFormat('id-ID').format(n);
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const api = async <T>(path: string): Promise<T> => (await fetch(`${running.server.origin}${path}`)).json() as Promise<T>;
const responses = async (id: string) => (await api<{ satisfaction: { responses: number } }>(`/api/v1/offices/${id}/stats`)).satisfaction.responses;
const html = async (path: string, init?: RequestInit) => {
  const response = await fetch(`${running.server.origin}${path}`, init);
  return { status: response.status, text: await response.text(), headers: response.headers };
};
/** A form POST as a browser without JavaScript sends it (SvelteKit checks the Origin). */
const postForm = (path: string, fields: Record<string, string>) =>
  html(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: running.server.origin },
    body: new URLSearchParams(fields)
  });

async function expectNoAxeViolationsAt(page: Page, path: string) {
  await page.goto(`${running.server.origin}${path}`, { waitUntil: 'networkidle' });
  await expectNoAxeViolations(page, path);
}

beforeAll(async () => {
  offices = (await api<{ offices: Office[] }>('/api/v1/offices')).offices;
  office = offices.find((o) => o.id === 'disdukcapil-sukamaju') ?? offices[0];
});

describe('server-rendered pages (no JavaScript needed to read them)', () => {
  it('/ lists every office with its figures and the region headline', async () => {
    const table = await api<{
      region: { satisfaction: { satisfiedShare: number; responses: number }; complaintsReceived: number };
      offices: { officeId: string; satisfaction: { satisfiedShare: number } }[];
    }>('/api/v1/stats');
    const page = await html('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    for (const o of offices) expect(page.text).toContain(escapeHtml(o.name));
    expect(page.text).toContain(percent(table.region.satisfaction.satisfiedShare));
    expect(page.text).toContain(`n = ${count(table.region.satisfaction.responses)} penilaian`);
    expect(page.text).toContain(percent(table.offices.find((o) => o.officeId === office.id)!.satisfaction.satisfiedShare));
    expect(page.text).toContain('Data contoh');
    expect(page.text).toContain(`href="/kantor/${office.id}"`);
  });

  it('/ searches and sorts through query parameters', async () => {
    const order = (text: string) => [...text.matchAll(/<th scope="row"[^>]*>\s*<a href="\/kantor\/([a-z0-9-]+)"/g)].map((m) => m[1]);
    const byName = order((await html('/?sort=name&dir=asc')).text);
    expect(byName).toHaveLength(offices.length);
    expect(byName).toEqual([...byName].sort((a, b) => offices.find((o) => o.id === a)!.name.localeCompare(offices.find((o) => o.id === b)!.name, 'id')));
    const reversed = order((await html('/?sort=name&dir=desc')).text);
    expect(reversed).toEqual([...byName].reverse());
    const found = order((await html('/?q=puskesmas')).text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((id) => id.startsWith('puskesmas'))).toBe(true);
  });

  it('/kantor/<id> shows the office, its three figures with n, the breakdown and the chart tables', async () => {
    const stats = await api<{ satisfaction: { satisfiedShare: number; responses: number }; complaints: { resolutionRate: number; due: number } }>(`/api/v1/offices/${office.id}/stats`);
    const detail = await api<{ agency: { name: string }; services: { name: string }[] }>(`/api/v1/offices/${office.id}`);
    const page = await html(`/kantor/${office.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(escapeHtml(office.name));
    expect(page.text).toContain(escapeHtml(detail.agency.name));
    expect(page.text).toContain(percent(stats.satisfaction.satisfiedShare));
    expect(page.text).toContain(`n = ${count(stats.satisfaction.responses)} penilaian`);
    expect(page.text).toContain(percent(stats.complaints.resolutionRate));
    expect(page.text).toContain('Median tanggapan pertama');
    expect(page.text).toContain('<details class="breakdown');
    expect(page.text.match(/<details[^>]* open/g)?.length).toBe(4); // the four chart tables, open without JS
    for (const service of detail.services) expect(page.text).toContain(escapeHtml(service.name));
    expect(page.text).toContain(`href="/nilai/${office.id}"`);
    expect(page.text).toContain(`href="/pengaduan/baru?kantor=${office.id}"`);
  });

  it('/kantor/<id> asked with parameters it does not read is the same page, which hands none of them on', async () => {
    for (const path of [`/kantor/${office.id}?utm_source=surat&from=2026-01-01`, `/kantor/${office.id}?from=2026-01-01&ref=x`]) {
      const page = await html(path);
      expect(page.status).toBe(200);
      expect(page.text).not.toMatch(/utm_source|ref=x/);
      expect(page.text).toMatch(/href="\?from=2026-01-01(&amp;|&)lang=en"/);
    }
  });

  it('answers 404 for an unknown office and an unknown tracking code', async () => {
    const missing = await html('/kantor/tidak-ada');
    expect(missing.status).toBe(404);
    expect(missing.text).toContain('Kantor ini tidak ada dalam daftar kami.');
    const code = await html('/lacak/SL-0000-0000-00');
    expect(code.status).toBe(404);
    expect(code.text).toContain('Pengaduan tidak ditemukan');
  });
});

describe('forms without JavaScript', () => {
  it('records a rating from a browser with JavaScript disabled, and the count rises by one', async () => {
    const before = await responses(office.id);
    const page = await running.browser.newPage();
    const cdp = await running.browser.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(`${running.server.origin}/nilai/${office.id}?channel=qr`);
    const [post] = await Promise.all([page.waitForRequest((request) => request.method() === 'POST'), page.getByRole('button', { name: 'Sangat Baik' }).click()]);
    expect(post.headers()['x-sveltekit-action']).toBeUndefined(); // a real form post, not the enhanced fetch
    await page.getByRole('heading', { name: 'Terima kasih!' }).waitFor();
    await page.close();
    expect(await responses(office.id)).toBe(before + 1);
  });

  it('sends server validation errors back to the field by name', async () => {
    const rating = await postForm(`/nilai/${office.id}?/rate`, { channel: 'web' });
    expect(rating.status).toBe(422);
    expect(rating.text).toContain('Pilih salah satu wajah.');
    expect(rating.text).toContain('href="#f-score"');
    const complaint = await postForm(`/pengaduan/baru?kantor=${office.id}`, { officeId: office.id, category: 'petugas', description: 'pendek', visibility: 'public', 'contact.email': 'bukan-email' });
    expect(complaint.status).toBe(422);
    expect(complaint.text).toContain('Uraian harus 10 sampai 4.000 karakter.');
    expect(complaint.text).toContain('Alamat email tidak valid.');
    expect(complaint.text).toMatch(/<textarea[^>]*aria-invalid="true"[^>]*>pendek<\/textarea>|<textarea[^>]*>pendek/);
  });
});

describe('complaints', () => {
  it('files a complaint, shows the code and secret once, and tracks it', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.server.origin}/pengaduan/baru?kantor=${office.id}`, { waitUntil: 'networkidle' });
    await page.getByLabel('Kategori').selectOption('pelayanan_lambat');
    await page.getByLabel('Uraian pengaduan').fill('Antrean KTP-el sangat panjang dan nomor antrean habis sebelum jam sembilan pagi.');
    await page.getByLabel('Anonim').check();
    await page.getByRole('button', { name: 'Kirim pengaduan' }).click();
    const code = page.locator('.created dd code').first();
    await code.waitFor();
    trackingCode = (await code.textContent())!.trim();
    expect(trackingCode).toMatch(/^SL-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    expect(await page.getByText('Simpan kode ini sekarang').isVisible()).toBe(true);
    expect((await page.locator('.created dd code').nth(1).textContent())!.trim().length).toBeGreaterThan(8);

    await page.getByRole('link', { name: 'Lacak pengaduan ini' }).click();
    await page.getByRole('heading', { name: new RegExp(trackingCode) }).waitFor();
    expect(await page.locator('.status strong').textContent()).toBe('Diajukan');
    expect(await page.locator('ol.timeline > li').count()).toBe(1);
    expect(await page.locator('ol.timeline').textContent()).toContain('Pengaduan diajukan');
    await page.close();
  });

  it('finds a complaint from the lookup form (a GET form, so no JavaScript needed)', async () => {
    const response = await fetch(`${running.server.origin}/lacak?kode=${trackingCode.toLowerCase()}`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/lacak/${trackingCode}`);
    const page = await html(`/lacak/${trackingCode}`);
    expect(page.text).toContain('Antrean KTP-el sangat panjang');
    expect(page.text).toContain('Batas tanggapan pertama');
  });
});

describe('language', () => {
  it('switches to English with ?lang=en and remembers it', async () => {
    const english = await html('/?lang=en');
    expect(english.text).toContain('<html lang="en"');
    expect(english.text).toContain('Service offices');
    expect(english.text).toContain('Demo data.');
    const cookie = english.headers.get('set-cookie')!.split(';')[0];
    const again = await html(`/kantor/${office.id}`, { headers: { cookie } });
    expect(again.text).toContain('Key figures');
    expect(again.text).toContain('Rate this office');

    const page = await running.browser.newPage();
    await page.goto(`${running.server.origin}/metodologi`);
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'How each figure is computed' }).waitFor();
    await page.getByRole('link', { name: 'Bahasa Indonesia' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bagaimana setiap angka dihitung' }).waitFor();
    await page.close();
  });
});

describe('accessibility and weight', () => {
  it('has no axe violations on the public pages', async () => {
    const page = await running.browser.newPage();
    for (const path of [
      '/',
      `/kantor/${office.id}`,
      `/nilai/${office.id}`,
      '/pengaduan/baru',
      `/pengaduan/baru?kantor=${office.id}`,
      '/lacak',
      `/lacak/${trackingCode}`,
      '/metodologi',
      '/dokumentasi-api',
      '/data-terbuka'
    ]) {
      await expectNoAxeViolationsAt(page, path);
    }
    // The thanks after a tap replaces the question on the same page.
    await page.goto(`${running.server.origin}/nilai/${office.id}`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Sangat Baik' }).click();
    await page.getByRole('heading', { level: 1, name: 'Terima kasih!' }).waitFor();
    await expectNoAxeViolations(page, 'the thanks after a tap');
    await page.setViewportSize({ width: 360, height: 800 });
    await expectNoAxeViolationsAt(page, '/');
    await expectNoAxeViolationsAt(page, `/kantor/${office.id}`);
    await page.close();
  });

  it('keeps the office page light: no JavaScript at all, its four charts drawn by the server', async () => {
    const page = await running.browser.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${running.server.origin}/kantor/${office.id}`, { waitUntil: 'networkidle' });
    await page.locator('#chart-trend-title').scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('canvas').count()).toBe(0);
    expect(await page.locator('figure.chart [role="img"]').count()).toBe(4);
    // The trend: one point per month of its table, the month still running hatched when there is one.
    const months = await page.locator('#chart-trend-title ~ details tbody tr').count();
    expect(await page.locator('figure.chart .line circle').count()).toBeLessThanOrEqual(months);
    expect(await page.locator('figure.chart .line .months li').count()).toBe(months);
    await page.close();
  });

  it('labels the trend chart month under the pointer with the words of its table row, without JavaScript', async () => {
    const page = await running.browser.newPage();
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(`${running.server.origin}/kantor/${office.id}`);
    const plot = page.locator('figure.chart .line .plot').first();
    await plot.scrollIntoViewIfNeeded();
    const tip = page.locator('figure.chart .tip:visible');
    expect(await tip.count()).toBe(0);
    const box = (await plot.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    await tip.waitFor();
    const label = (await tip.locator('strong').textContent())!.trim();
    const value = (await tip.textContent())!.replace(label, '').trim();
    const row = plot.locator('xpath=ancestor::figure').locator('tbody tr', { has: page.locator(`th:text-is("${label}")`) });
    expect(await row.locator('td').first().textContent()).toBe(value);
    await page.mouse.move(0, 0);
    await expect.poll(() => tip.count()).toBe(0);
    await page.close();
  });
});
