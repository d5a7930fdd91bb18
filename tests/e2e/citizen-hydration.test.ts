// Citizen forms while the page is still hydrating: on a weak connection someone types before the scripts arrive,
// and hydration must not clear it. The scripts are held back by the test (not timed), typed into, then let go.
// On the real built server; needs `npm run build` first.
import { describe, expect, it } from 'vitest';
import { openBeforeHydration } from './support/hydration.ts';
import { serverAndBrowser } from './support/harness.ts';

const OFFICE = 'disdukcapil-sukamaju';
const DESCRIPTION = 'Antrean KTP-el sangat panjang dan loket kedua tidak pernah dibuka.';

const running = serverAndBrowser();

describe('citizen forms during hydration', () => {
  it('keeps a complaint typed before hydration, and files it', async () => {
    const page = await running.browser.newPage();
    const loading = await openBeforeHydration(page, `${running.server.origin}/pengaduan/baru?kantor=${OFFICE}`);
    await page.selectOption('#f-category', 'pelayanan_lambat');
    await page.fill('#f-description', DESCRIPTION);
    await page.fill('#f-contact-phone', '0812 7788 9900');
    await page.fill('#f-contact-email', 'warga.uji@contoh.id');
    await page.check('input[name=visibility][value=anonymous]');
    await loading.release();

    expect(await page.inputValue('#f-category')).toBe('pelayanan_lambat');
    expect(await page.inputValue('#f-description')).toBe(DESCRIPTION);
    expect(await page.inputValue('#f-contact-phone')).toBe('0812 7788 9900');
    expect(await page.inputValue('#f-contact-email')).toBe('warga.uji@contoh.id');
    expect(await page.locator('input[name=visibility]:checked').getAttribute('value')).toBe('anonymous');

    await page.click('button[type=submit]');
    expect((await page.locator('.created dd code').first().textContent())!.trim()).toMatch(/^SL-/);
    await page.close();
  });

  it('keeps survey answers and a comment given before hydration', async () => {
    const page = await running.browser.newPage();
    const loading = await openBeforeHydration(page, `${running.server.origin}/survei/${OFFICE}`);
    const first = page.locator('fieldset.question').first();
    await first.locator('input[type=radio][value="3"]').check();
    await page.fill('#f-comment', 'Petugas ramah, tetapi antrean lama.');
    await loading.release();

    expect(await first.locator('input[type=radio]:checked').getAttribute('value')).toBe('3');
    expect(await page.inputValue('#f-comment')).toBe('Petugas ramah, tetapi antrean lama.');
    await page.close();
  });
});
