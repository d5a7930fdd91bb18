// A newcomer who leaves ORIGIN at its default and opens the site under another address (here 127.0.0.1
// instead of localhost) posts a form: the answer says what to set, in the visitor's language, instead of
// SvelteKit's bare 403. On the real built server; needs `npm run build` first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { removeDataDir, startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  // ORIGIN left unset (an undefined value is not passed to the child): the default http://localhost:PORT.
  server = await startServer({ env: { ORIGIN: undefined as unknown as string } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.dispose();
  await server?.stop();
  if (server) await removeDataDir(server.dataDir);
});

describe('ORIGIN at its default', () => {
  it('answers a form posted from 127.0.0.1 with a page that says which ORIGIN to set', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/konsol/masuk`, { waitUntil: 'networkidle' }); // the form hydrated: this test is about ORIGIN, not a click during hydration
    await page.fill('#f-email', 'petugas.dukcapil@sukamaju.example');
    await page.fill('#f-password', 'salah-sandi');
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.click('main form button[type=submit]')]);
    expect(response.status()).toBe(403);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Alamat situs belum diatur');
    expect(await page.locator('pre').textContent()).toBe(`ORIGIN=${server.origin} npm start`);
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    await page.close();
  });
});
