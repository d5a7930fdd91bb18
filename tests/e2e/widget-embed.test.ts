// <suara-rating> on somebody else's site: a plain page on another port (another origin) with a strict CSP
// and hostile old CSS, loading /embed/suara.js from the real server. Needs `npm run build` first.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { serverAndBrowser } from './support/harness.ts';
import { serveHostSite } from './support/host-page.ts';
import { shotsFolder } from './support/shots.ts';

const running = serverAndBrowser();
let hostPage: Awaited<ReturnType<typeof serveHostSite>> | undefined;
let hostOrigin: string;
let officeId: string;
let shots: string;

/** An agency page as webmasters write them: the documented CSP, and CSS that would wreck an unshielded widget. */
function agencyPage(suaraOrigin: string, office: string): { html: string; csp: string } {
  const html = `<!doctype html>
<html lang="id">
<head>
  <meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Dinas Contoh — Layanan Publik</title><link rel="icon" href="data:,">
  <style>
    html { font-size: 62.5%; } body { margin: 0; padding: 1.6rem; font: 1.6rem/1.4 Georgia, serif; background: #f1ede4; }
    * { color: #6b2d0f; letter-spacing: .05em; text-transform: uppercase; }
    button, textarea, label, fieldset, p { all: unset; border: 3px dashed red; font-size: 9px; }
    h1 { font-size: 2.2rem; margin: 0 0 1.2rem; }
  </style>
  <script src="${suaraOrigin}/embed/suara.js" defer></script>
</head>
<body>
  <main>
    <h1>Beri penilaian untuk kami</h1>
    <suara-rating office="${office}" lang="id"><a href="${suaraOrigin}/nilai/${office}">Beri penilaian</a></suara-rating>
  </main>
</body>
</html>`;
  const csp = `default-src 'none'; script-src ${suaraOrigin}; connect-src ${suaraOrigin}; style-src 'unsafe-inline'; img-src data:`;
  return { html, csp };
}

async function satisfactionResponses(): Promise<number> {
  const stats = await (await fetch(`${running.server.origin}/api/v1/offices/${officeId}/stats`)).json();
  return stats.satisfaction.responses;
}

/** Errors the page reports: script errors, failed requests, CSP violations. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

beforeAll(async () => {
  shots = await shotsFolder(import.meta.url);
  const { offices } = await (await fetch(`${running.server.origin}/api/v1/offices`)).json();
  officeId = offices[0].id;
  const { html, csp } = agencyPage(running.server.origin, officeId);
  hostPage = await serveHostSite({ '/': { type: 'text/html', body: html, headers: { 'Content-Security-Policy': csp } } });
  hostOrigin = hostPage.origin;
});

afterAll(async () => {
  // Not there when the server failed to start.
  await hostPage?.close();
});

describe('<suara-rating> embedded on another origin', () => {
  it('rates the office with mouse and keyboard, counts once, and leaves the host page clean', async () => {
    const before = await satisfactionResponses();
    const page = await running.browser.newPage();
    const errors = collectErrors(page);
    const posts: string[] = [];
    page.on('request', (request) => request.method() === 'POST' && posts.push(request.url()));
    await page.setViewportSize({ width: 360, height: 720 });
    await page.goto(hostOrigin);

    const good = page.getByRole('radio', { name: 'Baik', exact: true });
    await good.waitFor({ state: 'attached' });
    expect(await page.locator('suara-rating > a').isVisible()).toBe(false); // the fallback link gave way

    // Mouse on a face, then the keyboard: the arrow key moves to and selects "Sangat Baik".
    await page.locator('suara-rating label[for="score-3"]').click();
    await good.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'Sangat Baik' }).isChecked()).toBe(true);
    await page.getByRole('textbox', { name: 'Komentar (opsional)' }).fill('Petugas ramah, antrean cepat.');

    await page.screenshot({ path: `${shots}/widget.png`, fullPage: true });
    expect(await axeViolations(page, { structure: false })).toEqual([]); // the agency's page, not ours

    await page.evaluate(() => {
      const seen: unknown[] = ((window as unknown as { submitted: unknown[] }).submitted = []);
      document.addEventListener('suara:submitted', (event) => seen.push((event as CustomEvent).detail));
    });
    await page.getByRole('button', { name: 'Kirim penilaian' }).click();
    await page.getByText('Terima kasih!').waitFor();

    const focused = await page.evaluate(() => document.querySelector('suara-rating')?.shadowRoot?.activeElement?.className ?? '');
    expect(focused).toContain('thanks');
    const submitted = await page.evaluate(() => (window as unknown as { submitted: unknown[] }).submitted);
    expect(submitted).toEqual([{ id: expect.any(String), score: 4 }]);
    expect(posts).toEqual([`${running.server.origin}/api/v1/ratings`]); // to the script's server, not the host page

    await expect.poll(satisfactionResponses, { timeout: 3000 }).toBeGreaterThan(before);
    expect(await satisfactionResponses()).toBe(before + 1);

    await page.screenshot({ path: `${shots}/widget-thanks.png`, fullPage: true });
    expect(await axeViolations(page, { structure: false })).toEqual([]); // the agency's page, not ours
    expect(await running.browser.cookies()).toEqual([]);
    expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
