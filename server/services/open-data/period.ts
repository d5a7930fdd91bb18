import { dayNumber } from '../../../shared/metrics/index.ts';
import { ValidationError } from '../../errors.ts';

/** Local dates `from`..`to` inclusive as day numbers; either end may be open (all of the data). */
export type OpenDataPeriod = { from?: string; to?: string; fromDay: number; toDay: number };

/** The period of an export: any span, any end left open; a clear 422 for a bad date or a reversed span. */
export function resolveOpenDataPeriod(query: { from?: string; to?: string }): OpenDataPeriod {
  const fromDay = query.from === undefined ? -Infinity : day(query.from, 'from');
  const toDay = query.to === undefined ? Infinity : day(query.to, 'to');
  if (fromDay > toDay) throw new ValidationError([{ field: 'from', message: "'from' setelah 'to' / 'from' is after 'to'" }]);
  return { from: query.from, to: query.to, fromDay, toDay };
}

function day(date: string, field: string): number {
  try {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(date);
    return dayNumber(date);
  } catch {
    throw new ValidationError([{ field, message: 'tanggal tidak valid, pakai YYYY-MM-DD / invalid date, use YYYY-MM-DD' }]);
  }
}
