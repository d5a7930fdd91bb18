// /sematkan: pick office, service, element, language and theme, see the real widget, copy the snippet.
// Needs `npm run build` first.
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { serverAndBrowser } from './support/harness.ts';
import { shotsFolder } from './support/shots.ts';

const running = serverAndBrowser();
let shots: string;

beforeAll(async () => {
  shots = await shotsFolder(import.meta.url);
});

describe('/sematkan', () => {
  it('updates the live preview and the snippet as choices change, and copies the snippet', async () => {
    await running.browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: running.server.origin });
    const page = await running.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`${running.server.origin}/sematkan`);
    await page.locator('.preview suara-rating').getByRole('radio', { name: 'Baik', exact: true }).waitFor({ state: 'attached' });
    expect(await page.locator('pre').first().textContent()).toContain('<suara-rating office="disdukcapil-sukamaju">');

    await page.getByRole('radio', { name: 'Lencana angka kepuasan' }).check();
    await page.locator('.preview suara-score').getByText('%').first().waitFor();
    const snippet = (await page.locator('pre').first().textContent())!;
    expect(snippet).toContain(`<script src="${running.server.origin}/embed/suara.js" defer></script>`);
    expect(snippet).toContain('<suara-score office="disdukcapil-sukamaju">');
    expect(snippet).toContain('<svg width="320" height="96"');

    await page.getByRole('radio', { name: 'Hijau' }).check();
    await page.locator('pre', { hasText: '--suara-accent: #0f766e;' }).waitFor();
    await page.getByLabel('Bahasa widget').selectOption('en');
    await page.locator('.preview suara-score').getByText('Citizen satisfaction').waitFor();
    expect(await page.locator('pre').first().textContent()).toContain('lang="en"');

    await page.getByRole('button', { name: 'Salin kode' }).first().click();
    await page.getByText('Kode tersalin.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('pre').first().textContent());
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/sematkan-score.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works without JavaScript: the choices are a plain GET form', async () => {
    const html = await (await fetch(`${running.server.origin}/sematkan?kantor=disdukcapil-sukamaju&elemen=complaint&bahasa=id&tema=red`)).text();
    expect(html).toContain('&lt;suara-complaint office="disdukcapil-sukamaju" lang="id">');
    expect(html).toContain('pengaduan/baru?kantor=disdukcapil-sukamaju">Ajukan pengaduan&lt;/a>');
    expect(html).toContain('--suara-accent: #b42318;');
    expect(html).toContain('/pengaduan/baru?kantor=disdukcapil-sukamaju');
  });
});
