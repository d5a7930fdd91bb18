import { dayNumber, localDate } from '../../../shared/metrics/index.ts';
import { ValidationError } from '../../errors.ts';

export type Period = { from: string; to: string; fromDay: number; toDay: number };

const MAX_DAYS = 5 * 366;

/**
 * The period a figure covers: `from`..`to` inclusive, in local dates. Without them, the last
 * twelve calendar months up to today, so the default view is a full year of seasons.
 */
export function resolvePeriod(query: { from?: string; to?: string }, now: number, timeZone = 'Asia/Jakarta'): Period {
  const today = localDate(now, timeZone);
  const to = query.to ?? today;
  const from = query.from ?? `${shiftMonth(to.slice(0, 7), -11)}-01`;
  const fromDay = calendarDay(from, 'from');
  const toDay = calendarDay(to, 'to');
  if (fromDay > toDay) throw new ValidationError([{ field: 'from', message: "'from' setelah 'to' / 'from' is after 'to'" }]);
  if (toDay - fromDay > MAX_DAYS) throw new ValidationError([{ field: 'from', message: 'periode maksimal 5 tahun / at most 5 years' }]);
  return { from, to, fromDay, toDay };
}

function calendarDay(date: string, field: string): number {
  try {
    return dayNumber(date);
  } catch {
    throw new ValidationError([{ field, message: 'tanggal tidak valid / invalid date' }]);
  }
}

/** `YYYY-MM` moved by `delta` months. */
export function shiftMonth(month: string, delta: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every `YYYY-MM` from the period's first month to its last. */
export function monthsOf(period: Period): string[] {
  const months = [];
  for (let m = period.from.slice(0, 7); m <= period.to.slice(0, 7); m = shiftMonth(m, 1)) months.push(m);
  return months;
}
