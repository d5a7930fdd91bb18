import { dateFromDayNumber, localMonth, satisfactionSummary, startOfLocalDay } from '../../../shared/metrics/index.ts';
import type { Office, OfficeStats } from '../../../shared/schemas/index.ts';
import type { ScoreCounts } from '../../projections/index.ts';
import type { ServiceContext } from '../context.ts';
import { requireOffice } from '../offices/find-office.ts';
import { complaintFigures, responseTimeHistogram } from './complaint-figures.ts';
import { monthsOf, resolvePeriod, type Period } from './period.ts';

/** DESIGN §4 "Fair comparison": fewer responses than this and an office is not ranked. */
export const MIN_RANKABLE_RESPONSES = 30;

/** The published figures of one office for a period. */
export function getOfficeStats({ ctx, officeId, query }: { ctx: ServiceContext; officeId: string; query: { from?: string; to?: string } }): OfficeStats {
  const office = requireOffice(ctx, officeId);
  return officeStats(ctx, office, resolvePeriod(query, ctx.clock.now(), office.timeZone), true);
}

/** Figures for a resolved period; the trend and histogram only when asked (the league table skips them). */
export function officeStats(ctx: ServiceContext, office: Office, period: Period, detailed: boolean): OfficeStats {
  const now = ctx.clock.now();
  const key = `${office.id}|${period.from}|${period.to}|${detailed}`;
  const token = `${ctx.views.officeVersion(office.id)}|${Math.floor(now / 60_000)}`;
  return ctx.officeStatsMemo.get(key, token, () => computeOfficeStats(ctx, office, period, detailed, now));
}

function computeOfficeStats(ctx: ServiceContext, office: Office, period: Period, detailed: boolean, now: number): OfficeStats {
  const satisfaction = satisfactionSummary(ctx.views.ratings.counts(office.id, period.fromDay, period.toDay));
  const complaints = ctx.views.complaints.submittedBetween(
    office.id,
    startOfLocalDay(period.from, office.timeZone),
    startOfLocalDay(period.to, office.timeZone) + 86_400_000
  );
  return {
    officeId: office.id,
    officeName: office.name,
    period: { from: period.from, to: period.to },
    satisfaction,
    complaints: complaintFigures(complaints, now),
    trend: detailed ? monthlyTrend(ctx, office, period, complaints.map((c) => c.submittedAt)) : [],
    responseTimeHistogram: detailed ? responseTimeHistogram(complaints) : [],
    rankable: satisfaction.responses >= MIN_RANKABLE_RESPONSES
  };
}

function monthlyTrend(ctx: ServiceContext, office: Office, period: Period, complaintTimes: number[]): OfficeStats['trend'] {
  const months = monthsOf(period);
  const counts = new Map<string, ScoreCounts>(months.map((m) => [m, [0, 0, 0, 0]]));
  for (const [day, c] of ctx.views.ratings.days(office.id)) {
    if (day < period.fromDay || day > period.toDay) continue;
    const bucket = counts.get(monthOfDay(day));
    if (bucket) for (let i = 0; i < 4; i++) bucket[i] += c[i];
  }
  const complaintsPerMonth = new Map<string, number>();
  for (const at of complaintTimes) {
    const month = localMonth(at, office.timeZone);
    complaintsPerMonth.set(month, (complaintsPerMonth.get(month) ?? 0) + 1);
  }
  return months.map((month) => {
    const s = satisfactionSummary(counts.get(month)!);
    return { month, responses: s.responses, satisfiedShare: s.satisfiedShare, complaints: complaintsPerMonth.get(month) ?? 0 };
  });
}

function monthOfDay(day: number): string {
  return dateFromDayNumber(day).slice(0, 7);
}
