// An office's SKM elements set in the admin area by its manager, on the real built server with the demo data:
// a set with an added element, asked at once on /survei/{office}; the standard nine chosen back. Needs `npm run build` first.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serverAndBrowser } from './support/harness.ts';

const OFFICE = 'disdukcapil-sukamaju';
const MANAGER = { email: 'manajer.dukcapil@sukamaju.example', password: 'manajer-dukcapil-2026' };
const running = serverAndBrowser();

async function logIn(page: Page) {
  await page.goto(`${running.server.origin}/konsol/masuk`);
  await page.fill('#f-email', MANAGER.email);
  await page.fill('#f-password', MANAGER.password);
  await Promise.all([page.waitForURL('**/konsol'), page.click('main form button[type=submit]')]);
}

const submit = (page: Page, action: string) => page.click(`form[action="?/${action}"] button[type=submit]`);

describe("an office's SKM elements in the admin area", () => {
  it('defines a set with an added element, asked at once on the survey page; the standard nine chosen back', async () => {
    const manager = await running.browser.newPage();
    await logIn(manager);
    await manager.goto(`${running.server.origin}/konsol/admin/kantor/${OFFICE}?lang=id`);
    const section = manager.locator('section[aria-labelledby=element-sets]');
    expect(await section.locator('ol.elements li').count()).toBe(9);

    // A code already in use is refused: defined sets never change.
    await manager.fill('#f-setId', 'permenpan-14-2017');
    await manager.fill('#f-setName', 'Tiruan');
    await submit(manager, 'defineElementSet');
    await manager.locator('.summary[role=alert]').getByText('tidak dapat diubah').waitFor();

    await manager.fill('#f-setId', 'dukcapil-sukamaju-2027');
    await manager.fill('#f-setName', 'SKM Disdukcapil 2027');
    await manager.locator('[name="extraElements.0.code"]').fill('u10');
    await manager.locator('[name="extraElements.0.name"]').fill('Layanan daring');
    await manager.locator('[name="extraElements.0.question"]').fill('Bagaimana pendapat Saudara tentang layanan daring kami?');
    await manager.locator('[name="extraElements.0.labels"]').fill('Buruk\nCukup\nBaik\nSangat baik');
    await submit(manager, 'defineElementSet');
    await section.getByText('Survei kantor ini memakai: SKM Disdukcapil 2027').waitFor();
    expect(await section.locator('ol.elements li').count()).toBe(10);
    expect(await manager.locator('section[aria-labelledby=history]').textContent()).toContain('define-element-set');

    const citizen = await running.browser.newPage();
    await citizen.goto(`${running.server.origin}/survei/${OFFICE}?lang=id`);
    expect(await citizen.locator('fieldset.question').count()).toBe(10);
    expect(await citizen.locator('main').textContent()).toContain('layanan daring kami');

    await manager.selectOption('#f-elementSet', 'permenpan-14-2017');
    await submit(manager, 'elementSet');
    await section.getByText('Survei kantor ini memakai: PermenPANRB 14/2017').waitFor();
    expect(await section.locator('ol.elements li').count()).toBe(9);
    await citizen.reload();
    expect(await citizen.locator('fieldset.question').count()).toBe(9);
    await manager.close();
    await citizen.close();
  }, 120_000);
});
