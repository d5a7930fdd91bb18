// A real installation from nothing, in the browser only: an empty DATA_DIR with the demo off, the setup link the
// server logs, the first admin, an agency's office with two services and a regional holiday, an invited officer,
// a widget origin; then a citizen rates and complains, the officer answers, and the public pages show the office.
// No file edited, no restart. Needs `npm run build` first.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { serverAndBrowser } from './support/harness.ts';

const ADMIN = { name: 'Rina Wulandari', email: 'rina@kotanusa.go.id', password: 'admin-kota-nusa-2026' };
const OFFICER = { name: 'Budi Santoso', email: 'budi@kotanusa.go.id', password: 'petugas-kota-nusa-2026' };
const WIDGET_SITE = 'https://dukcapil.kotanusa.go.id';

const running = serverAndBrowser({ demo: false });
// The officer's own cookie jar: a persistent context is one profile, so a second browser.
let officerBrowser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  officerBrowser = await launchBrowser();
});

afterAll(async () => {
  await officerBrowser?.dispose();
});

describe('first run of a real installation', () => {
  it('goes from an empty DATA_DIR to a working office in the browser, with no file edited and no restart', async () => {
    // One log line with the one-time link; the same token in DATA_DIR/setup-token, readable by the owner only.
    const lines = running.server
      .output()
      .split('\n')
      .filter((line) => line.includes('/siapkan?token='));
    expect(lines).toHaveLength(1);
    const link = lines[0]!.match(/(http\S+\/siapkan\?token=\S+)/)![1]!;
    const tokenFile = join(running.server.dataDir, 'setup-token');
    expect((await readFile(tokenFile, 'utf8')).trim()).toBe(new URL(link).searchParams.get('token'));
    expect((await stat(tokenFile)).mode & 0o777).toBe(0o600);

    const admin = await running.browser.newPage();
    await admin.goto(link);
    await expectNoAxeViolations(admin, 'setup');
    await admin.fill('#f-agencyName', 'Pemerintah Kota Nusa');
    await admin.selectOption('#f-agencyLevel', 'kota');
    await admin.fill('#f-adminName', ADMIN.name);
    await admin.fill('#f-adminEmail', ADMIN.email);
    await admin.fill('#f-password', ADMIN.password);
    await Promise.all([admin.waitForURL('**/konsol/masuk?siap'), admin.click('main form button[type=submit]')]);
    await expect(stat(tokenFile)).rejects.toThrow(); // void once used
    expect((await fetch(link.replace('/siapkan?', '/api/v1/setup?'))).ok).toBe(true);
    await admin.goto(link);
    expect(await admin.locator('main').textContent()).toContain('sudah disiapkan');

    await logIn(admin, ADMIN);
    await admin.getByRole('link', { name: 'Pengaturan' }).click();
    await admin.waitForURL('**/konsol/admin');
    await expectNoAxeViolations(admin, 'admin area');

    // An office of the agency, in WITA.
    await admin.fill('form[action="?/office"] #f-name', 'Dinas Kependudukan dan Pencatatan Sipil Kota Nusa');
    await admin.fill('form[action="?/office"] #f-shortName', 'Disdukcapil Nusa');
    await admin.fill('form[action="?/office"] #f-kind', 'Disdukcapil');
    await admin.fill('form[action="?/office"] #f-address', 'Jl. Merdeka No. 10, Kota Nusa');
    await admin.selectOption('form[action="?/office"] #f-timeZone', 'Asia/Makassar');
    await admin.click('form[action="?/office"] button[type=submit]');
    await admin.getByRole('link', { name: 'Dinas Kependudukan dan Pencatatan Sipil Kota Nusa' }).waitFor();
    const office = 'disdukcapil-nusa';

    // A CSV dry run lists what would change and every bad row, and changes nothing.
    await admin.fill('#f-csv', 'kantor,jenis,alamat,zona\nPuskesmas Nusa Barat,Puskesmas,Jl. Barat 1,WITA\nPuskesmas Salah,Puskesmas,Jl. X,WITB');
    await admin.click('form[action="?/import"] button[value=true]');
    await admin.getByText('1 baris salah; tidak ada yang diterapkan.').waitFor();
    expect(await admin.locator('section[aria-labelledby=import] [role=status]').textContent()).toContain('Baris 3');
    expect((await fetch(`${running.server.origin}/api/v1/offices/puskesmas-nusa-barat`)).status).toBe(404);

    // A regional holiday.
    await admin.fill('form[action="?/holiday"] #f-date', '2026-12-14');
    await admin.fill('form[action="?/holiday"] #f-name', 'Hari Jadi Kota Nusa');
    await admin.click('form[action="?/holiday"] button[type=submit]');
    await admin.getByText('Hari Jadi Kota Nusa').waitFor();

    // Two services, and the widget's allowed origin, on the office's own page.
    await admin.getByRole('link', { name: 'Dinas Kependudukan dan Pencatatan Sipil Kota Nusa' }).click();
    await admin.waitForURL(`**/konsol/admin/kantor/${office}`);
    for (const [name, first, resolution] of [
      ['KTP Elektronik', '1', '3'],
      ['Akta Kelahiran', '2', '5']
    ] as const) {
      await admin.fill('form[action="?/service"] #f-name', name);
      await admin.fill('form[action="?/service"] #f-firstResponseWorkingDays', first);
      await admin.fill('form[action="?/service"] #f-targetWorkingDays', resolution);
      await admin.click('form[action="?/service"] button[type=submit]');
      await admin.getByText(`${name} — tanggapan ${first} · selesai ${resolution} hari kerja`).waitFor();
    }
    await admin.fill('#f-allowedOrigins', WIDGET_SITE);
    await admin.click('form[action="?/origins"] button[type=submit]');
    await expect.poll(async () => admin.locator('section[aria-labelledby=history]').textContent()).toContain(WIDGET_SITE);
    await expectNoAxeViolations(admin, 'office settings');

    // An officer, invited by a link the admin copies.
    await admin.goto(`${running.server.origin}/konsol/admin`);
    await admin.fill('form[action="?/invite"] #f-email', OFFICER.email);
    await admin.fill('form[action="?/invite"] #f-name', OFFICER.name);
    await admin.selectOption('form[action="?/invite"] #f-role', 'officer');
    await admin.check(`form[action="?/invite"] input[name=officeIds][value=${office}]`);
    await admin.click('form[action="?/invite"] button[type=submit]');
    const invitation = await admin.getByTestId('password-link').inputValue();
    expect(invitation).toMatch(/\/konsol\/sandi\/[\w-]{40,}$/);

    const officer = await officerBrowser.newPage();
    await officer.goto(invitation);
    expect(await officer.locator('main').textContent()).toContain(OFFICER.email);
    await officer.fill('#f-password', OFFICER.password);
    await Promise.all([officer.waitForURL('**/konsol/masuk?sandi'), officer.click('main form button[type=submit]')]);
    await logIn(officer, OFFICER);

    // The widget's origin is enforced at once: its site may post, another site may not.
    const rate = (origin: string) =>
      fetch(`${running.server.origin}/api/v1/ratings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ officeId: office, score: 4, channel: 'widget' })
      });
    expect((await rate(WIDGET_SITE)).status).toBe(201);
    expect((await rate('https://lain.example')).status).toBe(403);

    // A citizen rates and complains at the new office.
    const citizen = await running.browser.newPage();
    await citizen.goto(`${running.server.origin}/nilai/${office}`);
    await citizen.getByRole('button', { name: 'Sangat Baik' }).click();
    await citizen.getByRole('heading', { name: 'Terima kasih!' }).waitFor();
    await citizen.goto(`${running.server.origin}/pengaduan/baru?kantor=${office}`);
    await citizen.selectOption('#f-category', 'pelayanan_lambat');
    await citizen.fill('#f-description', 'KTP elektronik saya belum jadi setelah dua minggu menunggu.');
    await citizen.click('button[type=submit]');
    const code = (await citizen.locator('dd code').first().textContent())!.trim();
    expect(code).toMatch(/^SL-/);

    // The officer answers it in the console.
    await officer.goto(`${running.server.origin}/konsol/pengaduan/${code}`);
    await officer.check('form.composer input[name=action][value=reply]');
    await officer.fill('form.composer textarea', 'Blangko sudah tersedia; KTP Anda dapat diambil besok.');
    await officer.click('form.action-reply button[type=submit]');
    await expect.poll(() => officer.locator('p.done').textContent()).toBe('Balasan terkirim dan tampil di halaman lacak pelapor.');

    // The public pages show the office and its figures.
    await citizen.goto(`${running.server.origin}/kantor/${office}`);
    expect(await citizen.locator('h1').textContent()).toContain('Dinas Kependudukan dan Pencatatan Sipil Kota Nusa');
    const stats = await (await fetch(`${running.server.origin}/api/v1/offices/${office}/stats`)).json();
    expect(stats.complaints.received).toBe(1);
    expect(stats.satisfaction.responses).toBe(2);
    await citizen.goto(running.server.origin);
    await citizen.getByRole('link', { name: 'Dinas Kependudukan dan Pencatatan Sipil Kota Nusa' }).first().waitFor();
  }, 300_000);
});

async function logIn(page: import('playwright-core').Page, who: { email: string; password: string }) {
  if (!page.url().includes('/konsol/masuk')) await page.goto(`${running.server.origin}/konsol/masuk`);
  await page.fill('#f-email', who.email);
  await page.fill('#f-password', who.password);
  await Promise.all([page.waitForURL('**/konsol'), page.click('main form button[type=submit]')]);
}
