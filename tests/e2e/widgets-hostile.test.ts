// All four elements on an agency page of another origin with hostile CSS and the strict CSP an agency site may send: they look
// exactly as on a plain page, they submit, and the browser reports no CSP violation. Needs `npm run build` first.
import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyPage, HOSTILE_CSS, PLAIN_CSS, strictCsp } from './support/agency-site.ts';
import { embedSnippet } from '../../shared/embed/snippet.ts';
import { axeViolations } from './support/axe.ts';
import { serveHostSite } from './support/host-page.ts';
import { pixelDifference } from './support/png.ts';
import { serverAndBrowser } from './support/harness.ts';
import { shotsFolder } from './support/shots.ts';

const ELEMENTS = ['suara-rating', 'suara-score', 'suara-complaint', 'suara-track'] as const;
let shots: string;

const running = serverAndBrowser();
let plain: Awaited<ReturnType<typeof serveHostSite>>;
let hostile: Awaited<ReturnType<typeof serveHostSite>>;
let office: string;

/** What the page reports that it should not: script errors, failed loads, and CSP violations both ways. */
async function watch(page: Page): Promise<{ errors: string[]; violations: () => Promise<string[]> }> {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  // An init script runs through DevTools, before the page's own code and outside its CSP.
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { violations: string[] }).violations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { errors, violations: () => page.evaluate(() => (window as unknown as { violations: string[] }).violations) };
}

/** Opens a page and waits until every element shows its content: faces, figures, form, status. */
async function openAll(origin: string): Promise<Page> {
  const page = await running.browser.newPage();
  await page.setViewportSize({ width: 520, height: 900 });
  await page.goto(origin);
  await page.getByRole('radio', { name: 'Sangat Baik' }).waitFor({ state: 'attached' });
  await page.locator('suara-score').getByText('%').first().waitFor();
  await page.getByRole('combobox', { name: 'Kategori' }).waitFor();
  await page.locator('suara-track').getByText('Status:').waitFor();
  await page.evaluate(() => document.fonts.ready);
  return page;
}

beforeAll(async () => {
  shots = await shotsFolder(import.meta.url);
  const { offices } = await (await fetch(`${running.server.origin}/api/v1/offices`)).json();
  office = offices[0].id;
  const filed = await fetch(`${running.server.origin}/api/v1/complaints`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ officeId: office, category: 'pelayanan_lambat', description: 'Antrean KTP tidak bergerak dua jam.' })
  });
  const { trackingCode } = await filed.json();
  const plainFiles = agencyPage(running.server.origin, { office, trackingCode, css: PLAIN_CSS });
  // The score snippet exactly as /sematkan hands it out, with something below it that must not move.
  const snippet = embedSnippet({ origin: running.server.origin, element: 'score', office, label: 'Lihat kepuasan layanan' });
  plainFiles['/score'] = {
    body: `<!doctype html><html lang="id"><head><link rel="stylesheet" href="/site.css"><title>Skor</title></head><body><p>Di atas</p>${snippet}<p id="below">Di bawah</p></body></html>`,
    type: 'text/html'
  };
  plain = await serveHostSite(plainFiles);
  const files = agencyPage(running.server.origin, { office, trackingCode, css: HOSTILE_CSS });
  files['/']!.headers = { 'Content-Security-Policy': strictCsp(running.server.origin) };
  hostile = await serveHostSite(files);
});

afterAll(async () => {
  await plain?.close();
  await hostile?.close();
});

describe('the widgets on a hostile agency page with a strict CSP', () => {
  it('look exactly as on a plain page: no style gets in, none gets out', async () => {
    const calm = await openAll(plain.origin);
    const page = await openAll(hostile.origin);
    for (const tag of ELEMENTS) {
      const expected = await calm.locator(tag).screenshot();
      const actual = await page.locator(tag).screenshot();
      await writeFile(`${shots}/${tag}-plain.png`, expected);
      await writeFile(`${shots}/${tag}-hostile.png`, actual);
      const { share, size } = pixelDifference(expected, actual);
      expect({ tag, size, share: share < 0.002 }).toEqual({ tag, size, share: true });
    }
    // …and the page's own text is still the page's: nothing of ours restyled it.
    expect(await page.locator('h1').evaluate((h1) => getComputedStyle(h1).fontFamily)).toContain('Georgia');
    await page.screenshot({ path: `${shots}/hostile-page.png`, fullPage: true });
    await calm.screenshot({ path: `${shots}/plain-page.png`, fullPage: true });
    await calm.close();
    await page.close();
  });

  it('submit a rating and a complaint, with no CSP violation, no error and nothing in the page storage', async () => {
    const page = await running.browser.newPage();
    const { errors, violations } = await watch(page);
    await page.goto(hostile.origin);
    await page.getByRole('radio', { name: 'Baik', exact: true }).waitFor({ state: 'attached' });
    await page.evaluate(() => {
      const seen: unknown[] = ((window as unknown as { submitted: unknown[] }).submitted = []);
      document.addEventListener('suara:submitted', (event) => seen.push((event as CustomEvent).detail));
    });

    await page.locator('suara-rating label[for="score-4"]').click();
    await page.getByRole('button', { name: 'Kirim penilaian' }).click();
    await page.getByText('Terima kasih!').waitFor();

    await page.getByRole('combobox', { name: 'Kategori' }).selectOption('petugas');
    await page.getByRole('textbox', { name: 'Uraian pengaduan' }).fill('Petugas loket 3 meminta uang tambahan.');
    await page.getByRole('button', { name: 'Kirim pengaduan' }).click();
    const codeText = page.locator('suara-complaint dd').getByText(/^SL-/);
    await codeText.waitFor();
    const code = await codeText.textContent();

    const submitted = await page.evaluate(() => (window as unknown as { submitted: unknown[] }).submitted);
    expect(submitted).toEqual([{ id: expect.any(String), score: 4 }, { trackingCode: code }]);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    expect(await running.browser.cookies()).toEqual([]);
    expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
    await page.screenshot({ path: `${shots}/hostile-submitted.png`, fullPage: true });
    await page.close();
  });

  it("show the score badge's focus ring from the keyboard, inside its fixed box", async () => {
    const page = await openAll(hostile.origin);
    const badge = page.locator('suara-score a.badge');
    await badge.focus();
    const ring = await badge.evaluate((a) => {
      const style = getComputedStyle(a);
      return { matches: a.matches(':focus-visible'), outline: `${style.outlineStyle} ${style.outlineWidth}`, inside: parseFloat(style.outlineOffset) <= -parseFloat(style.outlineWidth) };
    });
    expect(ring).toEqual({ matches: true, outline: 'solid 3px', inside: true });
    await page.close();
  });

  it('have nothing axe-core objects to, before and after use', async () => {
    const page = await openAll(hostile.origin);
    expect(await axeViolations(page, { include: [...ELEMENTS] })).toEqual([]);
    await page.locator('suara-rating label[for="score-2"]').click();
    expect(await axeViolations(page, { include: [...ELEMENTS] })).toEqual([]);
    await page.close();
  });

  it('keep a score badge from shifting the page: the same box before the script, while loading and after', async () => {
    const page = await running.browser.newPage();
    await page.setViewportSize({ width: 520, height: 900 });
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/embed/suara.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${plain.origin}/score`, { waitUntil: 'commit' });
    const below = page.locator('#below');
    await below.waitFor();
    const before = await below.boundingBox();
    release();
    await page.locator('suara-score').getByText('%').first().waitFor();
    expect(await below.boundingBox()).toEqual(before);
    await page.close();
  });
});
