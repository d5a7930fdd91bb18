// Open311 end to end on the real built server with the demo data: a manager issues a key on the console page, another
// system files a request with it, the complaint is on its public tracking page; the revoked key files nothing.
// Needs `npm run build` first.
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { serverAndBrowser } from './support/harness.ts';

const MANAGER = { email: 'manajer.dukcapil@sukamaju.example', password: 'manajer-dukcapil-2026' };
const DESCRIPTION = 'Loket KTP-el tutup jam 11 padahal jadwal sampai jam 15. Hubungi 0812 7788 9900.';

const running = serverAndBrowser();

const fileRequest = (apiKey: string) =>
  fetch(`${running.server.origin}/open311/v2/requests.json`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ api_key: apiKey, service_code: 'disdukcapil-sukamaju.pelayanan_lambat', description: DESCRIPTION, email: 'warga@contoh.id' })
  });

describe('Open311 on the real server', () => {
  it('files a complaint with a key issued in the console, visible at /lacak/{code}; a revoked key is refused', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.server.origin}/konsol/masuk`);
    await page.fill('#f-email', MANAGER.email);
    await page.fill('#f-password', MANAGER.password);
    await Promise.all([page.waitForURL(`${running.server.origin}/konsol`), page.click('main form button[type=submit]')]);
    await page.click('a[href="/konsol/open311"]');
    await page.waitForURL(`${running.server.origin}/konsol/open311`);
    await expectNoAxeViolations(page, 'open311 keys');

    await page.fill('#f-label', 'Aplikasi Lapor Sukamaju');
    await page.click('form.issue button[type=submit]');
    const apiKey = (await page.locator('[data-api-key]').textContent())!.trim();
    expect(apiKey).toMatch(/^o311_/);
    await expectNoAxeViolations(page, 'open311 key issued');
    // Shown once: a fresh load of the page lists the key without it.
    await page.goto(`${running.server.origin}/konsol/open311`);
    expect(await page.locator('main').textContent()).toContain('Aplikasi Lapor Sukamaju');
    expect(await page.content()).not.toContain(apiKey);

    const filed = await fileRequest(apiKey);
    expect(filed.status).toBe(200);
    const [{ service_request_id: code }] = (await filed.json()) as { service_request_id: string }[];

    await page.goto(`${running.server.origin}/lacak/${code}`);
    const main = (await page.locator('main').textContent())!;
    expect(main).toContain(code);
    expect(main).toContain('Diajukan');
    expect(main).toContain('Loket KTP-el tutup jam 11');
    expect(main).not.toContain('0812 7788 9900');
    expect(main).not.toContain('warga@contoh.id');

    const listed = await (await fetch(`${running.server.origin}/open311/v2/requests/${code}.xml`)).text();
    expect(listed).toContain(`<service_request_id>${code}</service_request_id>`);
    expect(listed).toContain('<status>open</status>');

    await page.goto(`${running.server.origin}/konsol/open311`);
    await page.click('form.revoke button[type=submit]');
    await page.locator('p.done').waitFor();
    expect((await fileRequest(apiKey)).status).toBe(403);
  });
});
