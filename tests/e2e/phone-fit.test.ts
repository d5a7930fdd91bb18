// Every page a person meets on a phone fits a 360 px and a 390 px screen without sideways scrolling, and the
// figures carry what keeps them from being misread: the small-sample flag beside a grade, the month still
// running marked on the trend. On the real built server with demo data; needs `npm run build` first.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serverAndBrowser } from './support/harness.ts';

const OFFICE = 'disdukcapil-sukamaju';
const OFFICER = { email: 'petugas.dukcapil@sukamaju.example', password: 'petugas-dukcapil-2026' };
const VIEWPORTS = [
  { width: 360, height: 640 },
  { width: 390, height: 844 }
];
const ANSWERS = { u1: 4, u2: 3, u3: 3, u4: 4, u5: 3, u6: 4, u7: 4, u8: 3, u9: 3 };

// Bench mode lifts the per-client POST limits: the test posts a few surveys from one address.
const running = serverAndBrowser({ env: { SUARA_BENCH: '1' } });

async function logIn(page: Page) {
  await page.goto(`${running.server.origin}/konsol/masuk`);
  await page.fill('#f-email', OFFICER.email);
  await page.fill('#f-password', OFFICER.password);
  await Promise.all([page.waitForURL(`${running.server.origin}/konsol`), page.click('main form button[type=submit]')]);
}

async function sidewaysOverflow(page: Page): Promise<{ scrollWidth: number; viewport: number; widest: string[] }> {
  return page.evaluate(() => {
    const viewport = window.innerWidth;
    // The elements that stick out, to say what to fix when the test fails.
    const widest = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > viewport + 0.5)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} → ${Math.round(element.getBoundingClientRect().right)}`);
    return { scrollWidth: document.documentElement.scrollWidth, viewport, widest };
  });
}

describe('the kiosk without JavaScript', () => {
  // First: once a page with JavaScript has visited the kiosk, its service worker serves the scripts,
  // which page.route() cannot block.
  it('keeps the kiosk honest without JavaScript: no connection light or full-screen button, the demo banner shown', async () => {
    const page = await running.browser.newPage();
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(`${running.server.origin}/kios/${OFFICE}`);
    expect(await page.locator('.kiosk .demo').textContent()).toContain('Data contoh.');
    expect(await page.getByText('Terhubung').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Layar penuh' }).count()).toBe(0);
    await page.close();
  });
});

describe('a phone screen', () => {
  it('shows every listed page without sideways scrolling at 360×640 and 390×844', async () => {
    const page = await running.browser.newPage();
    await logIn(page);
    const inbox = await page.goto(`${running.server.origin}/konsol`);
    expect(inbox?.ok()).toBe(true);
    const complaint = await page.locator('a.code').first().getAttribute('href');
    const paths = [`/kantor/${OFFICE}`, `/kantor/${OFFICE}/skm`, `/kios/${OFFICE}`, '/konsol', complaint!];
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      for (const path of paths) {
        await page.goto(`${running.server.origin}${path}`);
        await page.waitForLoadState('networkidle');
        const overflow = await sidewaysOverflow(page);
        expect(overflow.scrollWidth, `${path} at ${viewport.width} px: ${overflow.widest.join(', ')}`).toBeLessThanOrEqual(overflow.viewport);
      }
    }
    await page.close();
  });
});

describe('the site menu', () => {
  it('is one Menu button on a phone, opens without JavaScript, and is a row of links on a wide screen', async () => {
    const page = await running.browser.newPage();
    await page.route('**/*.js', (route) => route.abort());
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${running.server.origin}/kantor/${OFFICE}`);
    const menu = page.getByRole('navigation', { name: 'Menu utama' });
    const methodology = menu.getByRole('link', { name: 'Metodologi' });
    expect(await methodology.isVisible()).toBe(false);
    // The heading starts in the upper part of the screen, not under a menu of many rows.
    expect((await page.getByRole('heading', { level: 1 }).boundingBox())!.y).toBeLessThan(300);
    await menu.getByText('Menu', { exact: true }).press('Enter'); // also reached and opened from the keyboard
    expect(await methodology.isVisible()).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.reload();
    expect(await methodology.isVisible()).toBe(true);
    expect(await menu.getByText('Menu', { exact: true }).isVisible()).toBe(false);
    await page.close();
  });
});

describe('figures that cannot be misread', () => {
  it('flags the grade of an office with 18 survey responses as a small sample, next to the grade', async () => {
    // The month so far: short enough that some office has at most 18 responses; new surveys land in it.
    const { period } = await (await fetch(`${running.server.origin}/api/v1/offices/${OFFICE}/stats`)).json();
    const query = `from=${period.to.slice(0, 8)}01&to=${period.to}`;
    const region = await (await fetch(`${running.server.origin}/api/v1/ikm?${query}`)).json();
    const office = (region.offices as { officeId: string; responses: number }[]).sort((a, b) => a.responses - b.responses)[0]!;
    expect(office.responses).toBeLessThanOrEqual(18);
    for (let n = office.responses; n < 18; n++) {
      const response = await fetch(`${running.server.origin}/api/v1/surveys`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ officeId: office.officeId, answers: ANSWERS })
      });
      expect(response.status).toBe(201);
    }
    const page = await running.browser.newPage();
    await page.goto(`${running.server.origin}/kantor/${office.officeId}?${query}`);
    const grade = page.locator('.ikm .headline .grade');
    await expect.poll(() => grade.locator('.badge').textContent()).toMatch(/^[ABCD]$/);
    expect(await grade.locator('[data-sample-flag]').textContent()).toBe('sampel kecil (n = 18)');
    await page.close();
  });

  it('marks the month still running on the trend, with its n', async () => {
    const page = await running.browser.newPage();
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(`${running.server.origin}/kantor/${OFFICE}`);
    const stats = await (await fetch(`${running.server.origin}/api/v1/offices/${OFFICE}/stats`)).json();
    const last = stats.trend.at(-1) as { responses: number };
    const note = page.locator('#chart-trend-title ~ details tbody tr:last-child .note');
    const to = stats.period.to as string;
    const monthComplete = new Date(`${to}T00:00:00Z`).getUTCMonth() !== new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).getUTCMonth();
    // On a month's last day the default period ends with a complete month: nothing to mark.
    // The chart says it too: the running month's band hatched, the line into it dashed.
    const hatched = page.locator('#chart-trend-title ~ .line rect[fill$="-hatch)"]');
    const lastSegment = page.locator('#chart-trend-title ~ .line line.trend').last();
    if (monthComplete) expect(await note.count()).toBe(0);
    else {
      expect(await note.textContent()).toBe(`bulan berjalan, n = ${new Intl.NumberFormat('id-ID').format(last.responses)}`);
      expect(await hatched.count()).toBe(1);
      expect(await lastSegment.getAttribute('class')).toMatch(/\bdashed\b/);
    }
    await page.close();
  });
});
