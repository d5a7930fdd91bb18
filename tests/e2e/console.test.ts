// The complaint flow end to end, on the real built server with the demo data: a citizen files a complaint and keeps
// its tracking page open; staff log in, verify, reply and resolve in the console; the open page shows each
// change without a reload; the office's figures follow. Needs `npm run build` first.
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { serverAndBrowser } from './support/harness.ts';

const OFFICE = 'disdukcapil-sukamaju';
const OFFICER = { email: 'petugas.dukcapil@sukamaju.example', password: 'petugas-dukcapil-2026' };
const PHONE = '0812 7788 9900';
const EMAIL = 'warga.uji@contoh.id';

const running = serverAndBrowser();
type Figures = { received: number; resolved: number };
const figures = async (): Promise<Figures> => (await (await fetch(`${running.server.origin}/api/v1/offices/${OFFICE}/stats`)).json()).complaints;

describe('closing the loop on a complaint', () => {
  it('shows every console action live on the citizen’s open tracking page, and moves the figures', async () => {
    const before = await figures();
    const citizen = await running.browser.newPage();
    const staff = await running.browser.newPage();

    // The citizen files a complaint and gets a tracking code and a secret.
    await citizen.goto(`${running.server.origin}/pengaduan/baru?kantor=${OFFICE}`);
    await citizen.selectOption('#f-category', 'pelayanan_lambat');
    await citizen.fill('#f-description', 'Antrean KTP-el sangat panjang dan loket kedua tidak pernah dibuka.');
    await citizen.fill('#f-contact-phone', PHONE);
    await citizen.fill('#f-contact-email', EMAIL);
    await citizen.click('button[type=submit]');
    const code = (await citizen.locator('dd code').first().textContent())!.trim();
    expect(code).toMatch(/^SL-/);
    expect((await figures()).received).toBe(before.received + 1);

    // …and keeps the tracking page open; a marker tells us it was never reloaded.
    await citizen.goto(`${running.server.origin}/lacak/${code}`);
    await citizen.locator('[data-live]').waitFor();
    await citizen.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));
    const status = citizen.locator('.status strong');
    await expect.poll(() => status.textContent()).toBe('Diajukan');

    // Staff log in and find it in the inbox, with its deadline clock.
    await staff.goto(`${running.server.origin}/konsol`);
    expect(new URL(staff.url()).pathname).toBe('/konsol/masuk');
    await expectNoAxeViolations(staff, 'login');
    await staff.fill('#f-email', OFFICER.email);
    await staff.fill('#f-password', OFFICER.password);
    await Promise.all([staff.waitForURL(`${running.server.origin}/konsol`), staff.click('main form button[type=submit]')]);
    await expectNoAxeViolations(staff, 'inbox');
    await staff.goto(`${running.server.origin}/konsol?status=all&q=${code}`);
    const row = staff.locator('tbody tr', { hasText: code });
    await expect.poll(() => row.textContent()).toContain('3 hari kerja lagi');
    await row.locator('a.code').click();
    await staff.waitForURL(`**/konsol/pengaduan/${code}`);
    await expectNoAxeViolations(staff, 'complaint');
    expect(await staff.locator('main').textContent()).not.toContain(PHONE); // an officer does not see contact data

    // One composer: choose the action, write the message, send; the answer is a sentence.
    const act = async (action: string, message: string, done: string) => {
      await staff.check(`form.composer input[name=action][value=${action}]`);
      await staff.fill('form.composer textarea', message);
      await staff.click(`form.action-${action} button[type=submit]`);
      await expect.poll(() => staff.locator('p.done').textContent()).toBe(done);
    };
    await act('verify', 'Pengaduan Anda kami terima dan sedang diperiksa.', 'Pengaduan telah diverifikasi.');
    await expect.poll(() => status.textContent()).toBe('Diverifikasi');
    await act('reply', 'Loket kedua akan dibuka mulai Senin.', 'Balasan terkirim dan tampil di halaman lacak pelapor.');
    await expect.poll(() => citizen.locator('.timeline').textContent()).toContain('Loket kedua akan dibuka mulai Senin.');
    await act('resolve', 'Loket kedua sudah dibuka; antrean kini rata-rata 20 menit.', 'Pengaduan dinyatakan selesai.');
    await expect.poll(() => status.textContent()).toBe('Selesai');
    expect(await citizen.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
    expect(await citizen.locator('[data-live-announcement]').textContent()).toContain('Selesai');
    await expectNoAxeViolations(citizen, 'live tracking page');

    // The office's published figures follow what happened, in the console too.
    const after = await figures();
    expect(after.received).toBe(before.received + 1);
    expect(after.resolved).toBe(before.resolved + 1);
    await staff.goto(`${running.server.origin}/konsol/angka`);
    const received = staff.locator(`tr[data-office=${OFFICE}] [data-figure=received]`);
    expect((await received.textContent())!.trim()).toBe(new Intl.NumberFormat('id-ID').format(after.received));
    await expectNoAxeViolations(staff, 'figures');
  });
});
