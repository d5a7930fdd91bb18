// The full SKM survey (with and without JavaScript, on a desktop and a phone) and the printable report,
// on the real built server with demo data. Needs `npm run build` first.
import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { serverAndBrowser } from './support/harness.ts';
import { shotsFolder } from './support/shots.ts';

const OFFICE = 'disdukcapil-sukamaju';
let shots: string;
const running = serverAndBrowser();

async function responses(): Promise<number> {
  const year = new Date().getFullYear();
  const body = await (await fetch(`${running.server.origin}/api/v1/offices/${OFFICE}/ikm?period=${year}`)).json();
  return body.responses as number;
}

async function answerAll(page: Page, score: number) {
  for (let i = 1; i <= 9; i++) await page.locator(`input[name="answers.u${i}"][value="${score}"]`).check({ force: true });
}

beforeAll(async () => {
  shots = await shotsFolder(import.meta.url);
});

describe('survey page /survei/{office}', () => {
  it('has no axe violations, in Indonesian and English', async () => {
    const page = await running.browser.newPage();
    for (const lang of ['id', 'en']) {
      await page.goto(`${running.server.origin}/survei/${OFFICE}?lang=${lang}`);
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.close();
  });

  it('works without JavaScript: all questions on one page, errors by field, then thanks', async () => {
    const page = await running.browser.newPage();
    await page.route('**/*.js', (route) => route.abort());
    const before = await responses();
    await page.goto(`${running.server.origin}/survei/${OFFICE}?lang=id`);
    expect(await page.locator('fieldset.question').count()).toBe(9);
    expect(await page.locator('fieldset.question:visible').count()).toBe(9);
    await page.locator('input[name="answers.u1"][value="4"]').check();
    await page.click('button[type=submit]');
    await page.waitForSelector('.summary[role=alert]');
    expect(await page.locator('.summary li').count()).toBe(8);
    expect(await page.locator('input[name="answers.u1"][value="4"]').isChecked()).toBe(true);
    await answerAll(page, 3);
    await page.selectOption('select[name="respondent.age"]', '31-40');
    await page.click('button[type=submit]');
    await page.waitForSelector('#thanks-title');
    expect(await responses()).toBe(before + 1);
    await page.close();
  });

  it('shows one question per screen on a small phone with JavaScript', async () => {
    const page = await running.browser.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    const before = await responses();
    await page.goto(`${running.server.origin}/survei/${OFFICE}?layanan=dukcapil-ktp-el&channel=qr`);
    await page.waitForSelector('progress');
    expect(await page.locator('section.step:visible').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.click('button:has-text("Lanjut")');
    for (let i = 1; i <= 9; i++) {
      await expect.poll(() => page.locator(`fieldset#f-answers-u${i}`).isVisible()).toBe(true);
      await page.locator(`input[name="answers.u${i}"][value="${i === 3 ? 2 : 4}"]`).check({ force: true });
      await page.click('button:has-text("Lanjut")');
    }
    await page.screenshot({ path: `${shots}/skm-e2e-phone-last-step.png` });
    await page.click('button:has-text("Kirim survei")');
    await page.waitForSelector('#thanks-title');
    expect(await responses()).toBe(before + 1);
    await page.close();
  });
});

describe('printable report /kantor/{office}/skm', () => {
  it('renders to an A4 PDF of a few pages with every section, and links the CSV tallies', async () => {
    const page = await running.browser.newPage();
    const year = new Date().getFullYear();
    await page.goto(`${running.server.origin}/kantor/${OFFICE}/skm?periode=${year}`);
    for (const heading of ['1. Metode', '2. Profil responden', '3. Nilai per unsur pelayanan', '4. Unsur dengan nilai terendah', '5. IKM per jenis layanan', '6. Saran dan masukan responden']) {
      await expect.poll(() => page.getByRole('heading', { name: heading }).count()).toBe(1);
    }
    expect(await page.locator('tbody tr', { hasText: 'Persyaratan' }).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    await writeFile(`${shots}/skm-e2e-report.pdf`, pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    console.info(`SKM report PDF: ${pages} A4 pages, ${Math.round(pdf.length / 1024)} KiB`);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(8);
    const href = await page.locator('a[href*="tallies.csv"]').getAttribute('href');
    const csv = await fetch(`${running.server.origin}${href}`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect((await csv.text()).split('\n')[0]).toContain('dari,sampai,layanan,set_unsur,responden,u1');
    await page.close();
  });
});
