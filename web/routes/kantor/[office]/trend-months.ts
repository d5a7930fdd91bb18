import { SMALL_SAMPLE } from '$shared/metrics/sample-flag.ts';
import { wilsonInterval } from '$shared/metrics/wilson.ts';
import type { OfficeStats } from '$shared/schemas/index.ts';

/** How a month of the trend must be read: whether the period covers it whole, how sure its share is. */
export type TrendMonth = {
  month: string;
  /** `current`: the period ends today inside this month; `part`: the period covers only part of it. */
  partial: 'current' | 'part' | null;
  /** Fewer than 30 ratings: drawn hollow and noted, as small samples are everywhere. */
  small: boolean;
  /** 95 % Wilson interval of the month's share; null without ratings. */
  ci95: [number, number] | null;
};

/**
 * Each month of the trend with what a reader needs beside its share. `currentMonthOpen` says the period
 * ends today (the default period), so a partial last month is the month still running.
 */
export function trendMonths(stats: Pick<OfficeStats, 'trend' | 'period'>, currentMonthOpen: boolean): TrendMonth[] {
  const { from, to } = stats.period;
  return stats.trend.map((point) => {
    const lastPartial = point.month === to.slice(0, 7) && to !== monthEnd(point.month);
    const firstPartial = point.month === from.slice(0, 7) && !from.endsWith('-01');
    const satisfied = point.satisfiedShare === null ? 0 : Math.round(point.satisfiedShare * point.responses);
    return {
      month: point.month,
      partial: lastPartial && currentMonthOpen ? 'current' : lastPartial || firstPartial ? 'part' : null,
      small: point.responses > 0 && point.responses < SMALL_SAMPLE,
      ci95: point.responses > 0 ? wilsonInterval(satisfied, point.responses) : null
    };
  });
}

/** The last calendar date of a `YYYY-MM` month. */
function monthEnd(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
}
