// Rating stuffing end to end, on the real built server with the demo data: a burst of score-1 ratings is
// flagged in the console; the office's manager excludes it with a reason; the office page's figures leave
// it out and say so, with a link to the methodology. Needs `npm run build` first.
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { serverAndBrowser } from './support/harness.ts';

const OFFICE = 'disdukcapil-sukamaju';
const MANAGER = { email: 'manajer.dukcapil@sukamaju.example', password: 'manajer-dukcapil-2026' };
const REASON = 'Isian massal dari satu alamat dalam satu menit';
// Below the per-client limit of public posts (one address here), and at least 30 (the burst minimum) in
// one clock hour even when the posts straddle the turn of an hour; the other part then stays below 30.
const STUFFED = 59;

const running = serverAndBrowser();
type Satisfaction = { responses: number; satisfiedShare: number | null };
const satisfaction = async (): Promise<Satisfaction> => (await (await fetch(`${running.server.origin}/api/v1/offices/${OFFICE}/stats`)).json()).satisfaction;

describe('a burst of ratings', () => {
  it('is flagged in the console, excluded by the manager with a reason, and noted on the office page', async () => {
    const before = await satisfaction();
    for (let i = 0; i < STUFFED; i++) {
      const res = await fetch(`${running.server.origin}/api/v1/ratings`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ officeId: OFFICE, score: 1, channel: 'web' })
      });
      expect(res.status).toBe(201);
    }
    expect((await satisfaction()).responses).toBe(before.responses + STUFFED);

    const staff = await running.browser.newPage();
    await staff.goto(`${running.server.origin}/konsol/masuk`);
    await staff.fill('#f-email', MANAGER.email);
    await staff.fill('#f-password', MANAGER.password);
    await Promise.all([staff.waitForURL(`${running.server.origin}/konsol`), staff.click('main form button[type=submit]')]);
    await Promise.all([staff.waitForURL(`${running.server.origin}/konsol/lonjakan`), staff.click('nav a[href="/konsol/lonjakan"]')]);
    const row = staff.locator(`section[data-office=${OFFICE}] tbody tr`);
    await expect.poll(() => row.count()).toBe(1);
    const flagged = Number(await row.getAttribute('data-ratings'));
    expect(flagged).toBeGreaterThanOrEqual(30);
    // The hour may hold a few demo ratings too (the demo data runs up to the server's start).
    const [ones] = (await row.locator('td').nth(1).textContent())!.trim().split(' / ');
    expect(Number(ones)).toBeGreaterThanOrEqual(30);
    await expectNoAxeViolations(staff, 'bursts');

    await row.locator('input[name=reason]').fill(REASON);
    await row.locator('button[type=submit]').click();
    await staff.locator('p.done').waitFor();
    await expect.poll(() => row.getAttribute('data-excluded')).toBe('true');
    expect(await row.textContent()).toContain(REASON);
    expect((await satisfaction()).responses).toBe(before.responses + STUFFED - flagged);
    if (flagged === STUFFED) expect(await satisfaction()).toEqual(before);

    const citizen = await running.browser.newPage();
    await citizen.goto(`${running.server.origin}/kantor/${OFFICE}`);
    const note = citizen.locator('[data-excluded-ratings]');
    expect(await note.getAttribute('data-excluded-ratings')).toBe(String(flagged));
    expect(await note.textContent()).toContain(`${flagged} penilaian dikecualikan, alasan: ${REASON}`);
    await Promise.all([citizen.waitForURL('**/metodologi#lonjakan'), note.locator('a').click()]);
    expect(await citizen.locator('#lonjakan h2').textContent()).toBe('Lonjakan penilaian dan penilaian yang dikecualikan');
  });
});
