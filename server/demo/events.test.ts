import { describe, expect, it } from 'vitest';
import { Channel, ComplaintCategory, RejectReason, TrackingCode, Visibility } from '../../shared/schemas/index.ts';
import type { ComplaintAction, ComplaintSubmitted } from '../store/events.ts';
import { DAY_MS, localDay, workCalendar } from './calendar.ts';
import { demoCatalog } from './catalog.ts';
import { demoEvents } from './events.ts';

const NOW = Date.parse('2026-05-20T10:00:00+07:00');
const catalog = demoCatalog();
// CPU time, not wall time: another process keeping the cores busy must not fail a budget of our own work.
const cpuBefore = process.cpuUsage();
const events = demoEvents({ now: NOW, seed: 7 });
const cpu = process.cpuUsage(cpuBefore);
const elapsedMs = (cpu.user + cpu.system) / 1000;

const ratings = events.filter((e) => e.type === 'rating.recorded');
const submissions = events.filter((e): e is ComplaintSubmitted => e.type === 'complaint.submitted');
const actions = events.filter((e): e is ComplaintAction => e.type !== 'rating.recorded' && e.type !== 'complaint.submitted');

/** Statuses as the lifecycle in docs/architecture.md derives them, for the checks below. */
function finalStatus(history: ComplaintAction[]): string {
  let status = 'submitted';
  for (const action of history) {
    if (action.type === 'complaint.resolved') status = 'resolved';
    else if (action.type === 'complaint.rejected') status = 'rejected';
    else if (action.type === 'complaint.closed') status = 'closed';
    else if (action.type === 'complaint.reopened') status = 'reopened';
    else if (action.type === 'complaint.verified' && status === 'submitted') status = 'verified';
    else if (action.type === 'complaint.started') status = 'in_progress';
  }
  return status;
}

const historyOf = new Map<string, ComplaintAction[]>(submissions.map((s) => [s.trackingCode, []]));
for (const action of actions) historyOf.get(action.trackingCode)?.push(action);

describe('demoEvents', () => {
  it('is deterministic for a seed and now, and differs by seed', () => {
    expect(demoEvents({ now: NOW, seed: 7 })).toEqual(events);
    const other = demoEvents({ now: NOW, seed: 8 });
    expect(other.slice(0, 50)).not.toEqual(events.slice(0, 50));
  });

  it('is generated in well under 1.5 s of CPU time', () => {
    expect(elapsedMs).toBeLessThan(1500);
  });

  it('sorts events by time, all strictly before now and within the period', () => {
    const from = NOW - 366 * DAY_MS;
    // One expect per check, not per event: vitest's expect costs ~20 µs and there are 40k events.
    expect(events.filter((e) => e.at >= NOW || e.at < from)).toEqual([]);
    expect(events.findIndex((e, i) => i > 0 && e.at < events[i - 1].at)).toBe(-1);
  });

  it('has the volumes of a regency: 25–40k ratings, 1.5–3k complaints', () => {
    expect(ratings.length).toBeGreaterThanOrEqual(25_000);
    expect(ratings.length).toBeLessThanOrEqual(40_000);
    expect(submissions.length).toBeGreaterThanOrEqual(1_500);
    expect(submissions.length).toBeLessThanOrEqual(3_000);
  });

  it('only refers to offices and services of the catalog, each service at its own office', () => {
    const officeIds = new Set(catalog.offices.map((o) => o.id));
    const serviceOffice = new Map(catalog.services.map((s) => [s.id, s.officeId]));
    const strays = [...ratings, ...submissions].filter((e) => !officeIds.has(e.officeId) || (e.serviceId !== undefined && serviceOffice.get(e.serviceId) !== e.officeId));
    expect(strays).toEqual([]);
  });

  it('gives valid ratings: typed score, live channel, mostly office hours on working days', () => {
    const calendar = workCalendar(catalog.holidays);
    let inHours = 0;
    const liveChannel = Channel.exclude(['import']);
    const invalid = ratings.filter((r) => ![1, 2, 3, 4].includes(r.score) || !liveChannel.safeParse(r.channel).success);
    expect(invalid).toEqual([]);
    for (const rating of ratings) {
      const hour = ((rating.at + 7 * 3_600_000) % DAY_MS) / 3_600_000;
      if (calendar.isWorkingDay(localDay(rating.at)) && hour >= 8 && hour < 15) inHours++;
    }
    expect(inHours / ratings.length).toBeGreaterThan(0.9);
    const commented = ratings.filter((r) => r.comment).length / ratings.length;
    expect(commented).toBeGreaterThan(0.07);
    expect(commented).toBeLessThan(0.14);
  });

  it('gives well-formed, unique complaints', () => {
    const codes = new Set(submissions.map((s) => s.trackingCode));
    expect(codes.size).toBe(submissions.length);
    const invalid = submissions.filter(
      (s) =>
        !TrackingCode.safeParse(s.trackingCode).success ||
        !ComplaintCategory.safeParse(s.category).success ||
        !Visibility.safeParse(s.visibility).success ||
        s.description.length < 10 ||
        (s.contact?.email !== undefined && !s.contact.email.endsWith('@contoh.id'))
    );
    expect(invalid).toEqual([]);
    expect(new Set(submissions.map((s) => s.description)).size).toBeGreaterThan(submissions.length / 3);
    expect(submissions.filter((s) => s.visibility !== 'public').length).toBeGreaterThan(100);
  });

  it('gives each complaint a consistent history after its submission', () => {
    const submittedAt = new Map(submissions.map((s) => [s.trackingCode, s.at]));
    const problems: string[] = [];
    for (const [code, history] of historyOf) {
      let last = submittedAt.get(code)!;
      for (const action of history) {
        if (action.at <= last) problems.push(`${code}: ${action.type} not after the previous event`);
        last = action.at;
        if (action.type === 'complaint.rejected' && (!RejectReason.safeParse(action.reason).success || !action.message)) {
          problems.push(`${code}: rejection without reason or message`);
        }
        const citizenOnly = action.type === 'complaint.confirmed' || action.type === 'complaint.reopened';
        if (citizenOnly !== (action.actor === 'citizen') && action.type !== 'complaint.info_added') problems.push(`${code}: ${action.type} by ${action.actor}`);
        if ((action.type === 'complaint.closed') !== (action.actor === 'system')) problems.push(`${code}: ${action.type} by ${action.actor}`);
      }
    }
    expect(problems).toEqual([]);
    expect(actions.filter((a) => a.trackingCode && !historyOf.has(a.trackingCode))).toEqual([]);
    expect(actions.some((a) => a.type === 'complaint.reopened')).toBe(true);
    expect(actions.some((a) => a.type === 'complaint.confirmed' && a.confirmation === 'satisfied')).toBe(true);
  });

  it('makes quality profiles really differ between offices', () => {
    const share = new Map<string, [number, number]>();
    for (const r of ratings) {
      const [good, all] = share.get(r.officeId) ?? [0, 0];
      share.set(r.officeId, [good + (r.score >= 3 ? 1 : 0), all + 1]);
    }
    const shares = [...share.values()].map(([good, all]) => good / all);
    expect(Math.max(...shares)).toBeGreaterThanOrEqual(0.85);
    expect(Math.min(...shares)).toBeLessThanOrEqual(0.55);
  });

  it('leaves some complaints open past their deadline, and recent ones mostly open', () => {
    const target = new Map(catalog.services.map((s) => [s.id, s.targetWorkingDays]));
    const overdueByOffice = new Map<string, number>();
    let recent = 0;
    let recentOpen = 0;
    for (const s of submissions) {
      const open = !['resolved', 'rejected', 'closed'].includes(finalStatus(historyOf.get(s.trackingCode)!));
      // 30 calendar days is past any target of 14 working days or less, whatever the holidays.
      if (open && NOW - s.at > 30 * DAY_MS && (target.get(s.serviceId ?? '') ?? 5) <= 14) {
        overdueByOffice.set(s.officeId, (overdueByOffice.get(s.officeId) ?? 0) + 1);
      }
      if (NOW - s.at < 2 * DAY_MS) {
        recent++;
        if (open) recentOpen++;
      }
    }
    expect(Math.max(...overdueByOffice.values())).toBeGreaterThanOrEqual(10);
    expect(overdueByOffice.get('dpmptsp-sukamaju') ?? 0).toBeLessThan(overdueByOffice.get('samsat-sukamaju') ?? 0);
    expect(recentOpen / recent).toBeGreaterThan(0.5);
  });
});
