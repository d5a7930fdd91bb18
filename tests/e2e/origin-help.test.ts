// A newcomer who leaves ORIGIN at its default and opens the site under another address (here 127.0.0.1
// instead of localhost) posts a form: the answer says what to set, in the visitor's language, instead of
// SvelteKit's bare 403. On the real built server; needs `npm run build` first.
import { describe, expect, it } from 'vitest';
import { serverAndBrowser } from './support/harness.ts';

// ORIGIN left unset (an undefined value is not passed to the child): the default http://localhost:PORT.
const running = serverAndBrowser({ env: { ORIGIN: undefined as unknown as string } });

describe('ORIGIN at its default', () => {
  it('answers a form posted from 127.0.0.1 with a page that says which ORIGIN to set', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.server.origin}/konsol/masuk`, { waitUntil: 'networkidle' }); // the form hydrated: this test is about ORIGIN, not a click during hydration
    await page.fill('#f-email', 'petugas.dukcapil@sukamaju.example');
    await page.fill('#f-password', 'salah-sandi');
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.click('main form button[type=submit]')]);
    expect(response.status()).toBe(403);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Alamat situs belum diatur');
    expect(await page.locator('pre').textContent()).toBe(`ORIGIN=${running.server.origin} npm start`);
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    await page.close();
  });
});
