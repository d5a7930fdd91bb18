import { complaintFigures, dayNumber, localMonth, satisfactionSummary, startOfLocalDay } from '../../../shared/metrics/index.ts';
import type { Office, OfficeStats } from '../../../shared/schemas/index.ts';
import type { ServiceContext } from '../context.ts';
import { requireOffice } from '../offices/find-office.ts';
import { responseTimeHistogram } from './complaint-figures.ts';
import { FigureMemo, generation } from './memo.ts';
import { monthsOf, resolvePeriod, shiftMonth, type Period } from './period.ts';
import { ratingExclusions } from './rating-exclusions.ts';
import { Serialised } from './serialised.ts';

/** docs/methodology.md "Fair comparison": fewer responses than this and an office is not ranked. */
export const MIN_RANKABLE_RESPONSES = 30;

/** The published figures of one office for a period. */
export function getOfficeStats({ ctx, officeId, query }: { ctx: ServiceContext; officeId: string; query: { from?: string; to?: string } }): OfficeStats {
  const office = requireOffice(ctx, officeId);
  return officeStats(ctx, office, resolvePeriod(query, ctx.clock.now(), office.timeZone), true);
}

// Per app (tests build many apps): each answer is a few KB of JSON.
const serialisedMemos = new WeakMap<ServiceContext, FigureMemo<Serialised>>();

/**
 * getOfficeStats as the bytes of its JSON answer, kept until one of the office's events arrives, the
 * minute turns or the catalog changes: serialising the figures (dozens of decimals) costs more than
 * computing them, and an office page asks for the same ones again and again.
 */
export function getOfficeStatsSerialised({ ctx, officeId, query }: { ctx: ServiceContext; officeId: string; query: { from?: string; to?: string } }): Serialised {
  const office = requireOffice(ctx, officeId);
  const now = ctx.clock.now();
  const period = query.from === undefined && query.to === undefined ? defaultPeriod(now, office.timeZone) : resolvePeriod(query, now, office.timeZone);
  let memo = serialisedMemos.get(ctx);
  if (!memo) serialisedMemos.set(ctx, (memo = new FigureMemo<Serialised>()));
  const token = `${ctx.views.officeVersion(office.id)}|${Math.floor(now / 60_000)}|${generation(ctx.catalog().catalog)}`;
  return memo.get(`${office.id}|${period.from}|${period.to}`, token, () => new Serialised(officeStats(ctx, office, period, true)));
}

// The default period by time zone, as of the minute it was resolved in (a local day starts on a whole minute): the
// busiest request asks for it, and resolving it anew (local date, months back, day numbers) cost more than finding
// the figures' bytes.
const defaultPeriods = new Map<string, { minute: number; period: Period }>();

function defaultPeriod(now: number, timeZone: string): Period {
  const minute = Math.floor(now / 60_000);
  const known = defaultPeriods.get(timeZone);
  if (known?.minute === minute) return known.period;
  const period = resolvePeriod({}, now, timeZone);
  defaultPeriods.set(timeZone, { minute, period });
  return period;
}

/**
 * Figures for a resolved period; the trend and histogram only when asked (the league table skips them).
 * The complaint figures (Kaplan–Meier, deadlines: the costly part) are remembered until one of the office's
 * other events arrives or the minute changes (open complaints age); the rating figures are sums over day
 * buckets, cheap enough to take fresh on every call, so a stream of new ratings never empties the memo.
 */
export function officeStats(ctx: ServiceContext, office: Office, period: Period, detailed: boolean): OfficeStats {
  const now = ctx.clock.now();
  const key = `${office.id}|${period.from}|${period.to}|${detailed}`;
  const notRatings = ctx.views.officeVersion(office.id) - ctx.views.ratings.applied(office.id);
  const token = `${notRatings}|${Math.floor(now / 60_000)}|${generation(ctx.catalog().catalog)}`;
  const memo = ctx.officeStatsMemo.get(key, token, () => computeComplaintStats(ctx, office, period, detailed, now));
  const satisfaction = satisfactionSummary(ctx.views.ratings.counts(office.id, period.fromDay, period.toDay));
  return {
    ...memo,
    satisfaction,
    trend: memo.trend.map((point) => ({ ...point, ...monthSatisfaction(ctx, office, period, point.month) })),
    rankable: satisfaction.responses >= MIN_RANKABLE_RESPONSES,
    excluded: ratingExclusions(ctx, office.id, period.fromDay, period.toDay)
  };
}

/** Everything but the rating figures, which officeStats fills in. */
function computeComplaintStats(ctx: ServiceContext, office: Office, period: Period, detailed: boolean, now: number): OfficeStats {
  const complaints = ctx.views.complaints.submittedBetween(office.id, startOfLocalDay(period.from, office.timeZone), startOfLocalDay(period.to, office.timeZone) + 86_400_000);
  return {
    officeId: office.id,
    officeName: office.name,
    period: { from: period.from, to: period.to },
    satisfaction: satisfactionSummary([0, 0, 0, 0]),
    complaints: complaintFigures(complaints, now),
    trend: detailed
      ? complaintTrend(
          office,
          period,
          complaints.map((c) => c.submittedAt)
        )
      : [],
    responseTimeHistogram: detailed ? responseTimeHistogram(complaints) : [],
    rankable: false,
    excluded: { ratings: 0, windows: [] }
  };
}

function complaintTrend(office: Office, period: Period, complaintTimes: number[]): OfficeStats['trend'] {
  const complaintsPerMonth = new Map<string, number>();
  for (const at of complaintTimes) {
    const month = localMonth(at, office.timeZone);
    complaintsPerMonth.set(month, (complaintsPerMonth.get(month) ?? 0) + 1);
  }
  return monthsOf(period).map((month) => ({ month, responses: 0, satisfiedShare: null, complaints: complaintsPerMonth.get(month) ?? 0 }));
}

function monthSatisfaction(ctx: ServiceContext, office: Office, period: Period, month: string): { responses: number; satisfiedShare: number | null } {
  // The month's days, cut to the period at both ends.
  const fromDay = Math.max(period.fromDay, dayNumber(`${month}-01`));
  const toDay = Math.min(period.toDay, dayNumber(`${shiftMonth(month, 1)}-01`) - 1);
  const s = satisfactionSummary(ctx.views.ratings.counts(office.id, fromDay, toDay));
  return { responses: s.responses, satisfiedShare: s.satisfiedShare };
}
