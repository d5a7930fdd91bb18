import { dayNumber } from '../../shared/metrics/time-zone.ts';

// Every demo office is in Asia/Jakarta (WIB, UTC+7, no DST since 1964), so local time is plain arithmetic.
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
const WIB_OFFSET_MS = 7 * HOUR_MS;
/** Staff work 08:00–16:00; counters serve citizens 08:00–15:00 (typical Pemkab hours). */
const STAFF_OPEN_HOUR = 8;
const STAFF_CLOSE_HOUR = 16;

/** Local (WIB) day number of an instant: days since 1970-01-01. */
export const localDay = (at: number): number => Math.floor((at + WIB_OFFSET_MS) / DAY_MS);

/** Instant of local midnight at the start of a day number. */
export const dayStart = (day: number): number => day * DAY_MS - WIB_OFFSET_MS;

/** Working-day arithmetic in WIB against a holiday list (docs/architecture.md: Mon–Fri minus holidays). */
export type WorkCalendar = {
  isWorkingDay(day: number): boolean;
  /** The instant `hours` of staff working time after `at` (0 moves to the next opening if closed). */
  addWorkingHours(at: number, hours: number): number;
  /** Local midnight after the `n`-th working day following the day of `at` — when a nightly job runs. */
  nightAfterWorkingDays(at: number, n: number): number;
};

/** Builds a WIB working-day calendar. */
export function workCalendar(holidays: readonly string[]): WorkCalendar {
  const holidayDays = new Set(holidays.map(dayNumber));
  const isWorkingDay = (day: number): boolean => {
    const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
    return weekday !== 0 && weekday !== 6 && !holidayDays.has(day);
  };

  function addWorkingHours(at: number, hours: number): number {
    let remaining = Math.max(0, hours) * HOUR_MS;
    let day = localDay(at);
    let cursor = at;
    for (;;) {
      if (isWorkingDay(day)) {
        const open = dayStart(day) + STAFF_OPEN_HOUR * HOUR_MS;
        const close = dayStart(day) + STAFF_CLOSE_HOUR * HOUR_MS;
        const start = Math.max(cursor, open);
        if (start < close) {
          if (remaining <= close - start) return start + remaining;
          remaining -= close - start;
        }
      }
      day += 1;
      cursor = dayStart(day);
    }
  }

  function nightAfterWorkingDays(at: number, n: number): number {
    let day = localDay(at);
    for (let counted = 0; counted < n;) {
      day += 1;
      if (isWorkingDay(day)) counted += 1;
    }
    return dayStart(day + 1);
  }

  return { isWorkingDay, addWorkingHours, nightAfterWorkingDays };
}
