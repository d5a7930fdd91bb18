import { describe, expect, it } from 'vitest';
import { closeStaleResolved } from '../../server/services/complaints/close-stale-resolved.ts';
import { startScheduler } from '../../server/scheduler.ts';
import { Inbox, PublicComplaint, StaffComplaint } from '../../shared/schemas/index.ts';
import { consoleApp } from './console-fixtures.ts';
import { NOW } from './fixtures.ts';

/** A local Jakarta time (UTC+7) as epoch ms. */
const wib = (local: string) => Date.parse(`${local}+07:00`);

describe('deadline clocks (time travel)', () => {
  it('counts working days down to the first-response deadline, then flags it overdue', async () => {
    const app = await consoleApp();
    const { trackingCode } = await app.file(); // Wednesday 2026-11-25 10:00 WIB
    // A fresh login after each jump: a session idle for days has expired.
    const clockOf = async (status = 'open') => {
      const cookie = await app.login('officer');
      const inbox = Inbox.parse(await (await app.staffGet(`/api/v1/console/complaints?status=${status}`, cookie)).json());
      return inbox.items.find((i) => i.trackingCode === trackingCode)?.clock;
    };
    expect(await clockOf()).toEqual({ target: 'firstResponse', deadline: '2026-11-30T16:59:59.999Z', workingDaysLeft: 3, overdue: false });
    expect(await clockOf('overdue')).toBeUndefined();

    app.clock.set(wib('2026-11-28T10:00:00')); // Saturday: the weekend costs nothing
    expect(await clockOf()).toMatchObject({ workingDaysLeft: 1, overdue: false });
    app.clock.set(wib('2026-11-30T16:00:00')); // Monday: due today
    expect(await clockOf()).toMatchObject({ workingDaysLeft: 0, overdue: false });
    app.clock.set(wib('2026-12-02T09:00:00')); // Wednesday: two working days late
    expect(await clockOf()).toMatchObject({ workingDaysLeft: -2, overdue: true });
    expect(await clockOf('overdue')).toMatchObject({ overdue: true });

    // Answered: the clock now runs against the resolution target (akta: 3 working days), also passed.
    const cookie = await app.login('officer');
    await app.staffPost(`/api/v1/console/complaints/${trackingCode}/actions`, cookie, { action: 'verify' });
    const complaint = StaffComplaint.parse(await (await app.staffGet(`/api/v1/console/complaints/${trackingCode}`, cookie)).json());
    expect(complaint.clock).toMatchObject({ target: 'resolution', deadline: '2026-11-30T16:59:59.999Z', workingDaysLeft: -2, overdue: true });
  });

  it('shows the overdue complaint in the office figures', async () => {
    const app = await consoleApp();
    await app.file();
    app.clock.set(wib('2026-12-02T09:00:00'));
    const stats = await (await app.app.request('/api/v1/offices/disdukcapil-uji/stats')).json();
    expect(stats.complaints.breakdown.overdue).toBe(1);
    expect(stats.complaints.firstResponseCompliance).toBe(0);
  });
});

describe('auto-close after 10 working days without the citizen', () => {
  async function resolvedOn(day: string) {
    const app = await consoleApp();
    const filed = await app.file();
    app.clock.set(wib(`${day}T09:00:00`));
    const cookie = await app.login('officer'); // after the time travel: sessions expire when idle
    await app.staffPost(`/api/v1/console/complaints/${filed.trackingCode}/actions`, cookie, { action: 'verify' });
    await app.staffPost(`/api/v1/console/complaints/${filed.trackingCode}/actions`, cookie, { action: 'resolve', message: 'Selesai.' });
    const status = async () => PublicComplaint.parse(await (await app.app.request(`/api/v1/complaints/${filed.trackingCode}`)).json());
    return { ...app, ...filed, status };
  }

  it('closes at the end of the 10th working day, skipping weekends and holidays, as actor system', async () => {
    // Resolved Friday 11 Dec; ten working days (Christmas on Friday 25 Dec is a holiday) end Monday 28 Dec.
    const app = await resolvedOn('2026-12-11');
    app.clock.set(wib('2026-12-28T20:00:00'));
    expect(await closeStaleResolved({ ctx: app.app.context })).toBe(0);
    expect((await app.status()).status).toBe('resolved');
    app.clock.set(wib('2026-12-29T00:30:00'));
    expect(await closeStaleResolved({ ctx: app.app.context })).toBe(1);
    const closed = await app.status();
    expect(closed.status).toBe('closed');
    expect(closed.timeline.at(-1)).toMatchObject({ type: 'complaint.closed', at: '2026-12-28T17:30:00.000Z' });
    const staffView = StaffComplaint.parse(await (await app.staffGet(`/api/v1/console/complaints/${app.trackingCode}`, await app.login('manager'))).json());
    expect(staffView.history.at(-1)!.actor).toBe('system');
    // "Closed" is never counted as confirmed: it stays an unconfirmed resolution in the figures.
    const stats = await (await app.app.request('/api/v1/offices/disdukcapil-uji/stats')).json();
    expect(stats.complaints.breakdown.resolvedUnconfirmed).toBe(1);
    expect(await closeStaleResolved({ ctx: app.app.context })).toBe(0);
  });

  it('leaves a confirmed resolution alone, and restarts the wait when the citizen writes', async () => {
    const confirmed = await resolvedOn('2026-12-01');
    await confirmed.post(`/api/v1/complaints/${confirmed.trackingCode}/actions`, { action: 'confirm', secret: confirmed.secret, confirmation: 'satisfied' });
    confirmed.clock.set(wib('2027-02-01T10:00:00'));
    expect(await closeStaleResolved({ ctx: confirmed.app.context })).toBe(0);

    const talked = await resolvedOn('2026-12-01');
    talked.clock.set(wib('2026-12-10T10:00:00'));
    await talked.post(`/api/v1/complaints/${talked.trackingCode}/actions`, { action: 'info', secret: talked.secret, message: 'Saya belum sempat mengambil.' });
    talked.clock.set(wib('2026-12-16T10:00:00')); // 11 working days after the resolution, 4 after the citizen
    expect(await closeStaleResolved({ ctx: talked.app.context })).toBe(0);
  });

  it('runs from the server scheduler, deciding by the injected clock', async () => {
    const app = await resolvedOn('2026-12-11');
    app.clock.set(wib('2027-01-05T10:00:00'));
    const stop = startScheduler(app.app.context, { everyMs: 60_000 });
    await expect.poll(async () => (await app.status()).status).toBe('closed');
    stop();
    expect(NOW).toBeLessThan(app.clock.now());
  });
});
