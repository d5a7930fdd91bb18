// Console forms while the page is still hydrating: what someone types before the scripts run must survive
// hydration, and a form sent before them works as a plain post. The scripts are held back by the test (not
// timed), typed into, then let go. On the real built server; needs `npm run build` first.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openBeforeHydration as openAt } from './support/hydration.ts';
import { serverAndBrowser } from './support/harness.ts';

const ADMIN = { email: 'admin@sukamaju.example', password: 'admin-sukamaju-2026' };
const OFFICE = 'disdukcapil-sukamaju';

const running = serverAndBrowser();

/** Opens a console path with its scripts held back (see support/hydration.ts). */
const openBeforeHydration = (page: Page, path: string) => openAt(page, `${running.server.origin}${path}`);

async function logIn(page: Page): Promise<void> {
  await page.goto(`${running.server.origin}/konsol/masuk`, { waitUntil: 'networkidle' });
  await page.fill('#f-email', ADMIN.email);
  await page.fill('#f-password', ADMIN.password);
  await Promise.all([page.waitForURL(`${running.server.origin}/konsol`), page.click('main form button[type=submit]')]);
}

describe('console forms during hydration', () => {
  it('keeps an email typed into the login form before hydration', async () => {
    const page = await running.browser.newPage();
    const loading = await openBeforeHydration(page, '/konsol/masuk');
    await page.fill('#f-email', ADMIN.email);
    await page.fill('#f-password', ADMIN.password);
    await loading.release();
    expect(await page.inputValue('#f-email')).toBe(ADMIN.email);
    expect(await page.inputValue('#f-password')).toBe(ADMIN.password);
    await Promise.all([page.waitForURL(`${running.server.origin}/konsol`), page.click('main form button[type=submit]')]);
    await page.close();
  });

  it('logs in by a plain post sent before any script ran', async () => {
    const page = await running.browser.newPage();
    await openBeforeHydration(page, '/konsol/masuk');
    await page.fill('#f-email', ADMIN.email);
    await page.fill('#f-password', ADMIN.password);
    await Promise.all([page.waitForURL(`${running.server.origin}/konsol`), page.click('main form button[type=submit]')]);
    expect(await page.textContent('header.staff')).toContain('Admin');
    await page.close();
  });

  it("keeps an office's edited fields and origins typed before hydration", async () => {
    const page = await running.browser.newPage();
    await logIn(page);
    const loading = await openBeforeHydration(page, `/konsol/admin/kantor/${OFFICE}`);
    const name = page.locator('form[action="?/edit"] input[name=name]');
    const origins = page.locator('form[action="?/origins"] textarea');
    await name.fill('Dinas Kependudukan Sukamaju (diubah)');
    await origins.fill('https://contoh.sukamaju.go.id');
    await loading.release();
    expect(await name.inputValue()).toBe('Dinas Kependudukan Sukamaju (diubah)');
    expect(await origins.inputValue()).toBe('https://contoh.sukamaju.go.id');
    await page.close();
  });

  it('keeps the fields of a new office and of an invitation typed before hydration', async () => {
    const page = await running.browser.newPage();
    await logIn(page);
    const loading = await openBeforeHydration(page, '/konsol/admin');
    const office = page.locator('form[action="?/office"]');
    await office.locator('input[name=name]').fill('Kecamatan Baru');
    await office.locator('input[name=address]').fill('Jl. Baru 1');
    const invite = page.locator('form[action="?/invite"]');
    await invite.locator('input[name=email]').fill('baru@sukamaju.example');
    await loading.release();
    expect(await office.locator('input[name=name]').inputValue()).toBe('Kecamatan Baru');
    expect(await office.locator('input[name=address]').inputValue()).toBe('Jl. Baru 1');
    expect(await invite.locator('input[name=email]').inputValue()).toBe('baru@sukamaju.example');
    await page.close();
  });

  // Last: it changes the admin's password.
  it("changes one's own password from the console's header: other sessions end, this one stays", async () => {
    const other = await fetch(`${running.server.origin}/api/v1/console/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-suara-console': '1' },
      body: JSON.stringify(ADMIN)
    });
    const cookie = other.headers.get('set-cookie')!.split(';')[0]!;
    const me = () => fetch(`${running.server.origin}/api/v1/console/me`, { headers: { cookie } }).then((res) => res.status);
    expect(await me()).toBe(200);

    const page = await running.browser.newPage();
    await logIn(page);
    await Promise.all([page.waitForURL(`${running.server.origin}/konsol/akun`), page.click('header.staff a[href="/konsol/akun"]')]);
    await page.fill('#f-currentPassword', ADMIN.password);
    await page.fill('#f-newPassword', 'kata-sandi-baru-sukamaju');
    await page.click('form:has(#f-newPassword) button[type=submit]');
    await page.waitForSelector('main [role=status]');
    expect(await me()).toBe(401);
    await page.goto(`${running.server.origin}/konsol`);
    expect(page.url()).toBe(`${running.server.origin}/konsol`);
    await page.close();
  });
});
