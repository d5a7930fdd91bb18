// docs/architecture.md: "Working days: Monday–Friday minus a configurable holiday list", counted in the office's zone.
// workingDaysBetween runs per complaint per request, so it counts whole weeks arithmetically and finds
// holidays in range by binary search over a per-list cache instead of walking days.
import { dateFromDayNumber, dayNumber, localDayNumber, startOfLocalDay } from './time-zone.ts';

// Day number 4 is Monday 1970-01-05; weekday index 0 = Monday … 6 = Sunday.
const A_MONDAY = 4;
const weekdayIndex = (day: number): number => (((day - A_MONDAY) % 7) + 7) % 7;

/** Weekdays before `day` counted from A_MONDAY (negative before it); only differences are meaningful. */
function weekdaysBefore(day: number): number {
  const offset = day - A_MONDAY;
  const weeks = Math.floor(offset / 7);
  return weeks * 5 + Math.min(offset - weeks * 7, 5);
}

// Holiday lists are configuration, built once and passed around as ReadonlySet, so parsing is cached per
// set. The size check catches a set that was added to or deleted from after caching; replacing the set
// (not editing it in place) is the supported way to change holidays.
const weekdayHolidayCache = new WeakMap<ReadonlySet<string>, { size: number; days: Int32Array }>();

/** Sorted day numbers of the holidays that fall on a weekday (weekend holidays cost no working day). */
function weekdayHolidays(holidays: ReadonlySet<string>): Int32Array {
  const cached = weekdayHolidayCache.get(holidays);
  if (cached && cached.size === holidays.size) return cached.days;
  const days = Int32Array.from([...holidays].map(dayNumber).filter((day) => weekdayIndex(day) < 5)).sort();
  weekdayHolidayCache.set(holidays, { size: holidays.size, days });
  return days;
}

/** Number of entries ≤ day in a sorted array. */
function countUpTo(sorted: Int32Array, day: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isWorkingDayNumber(day: number, holidays: ReadonlySet<string>): boolean {
  if (weekdayIndex(day) >= 5) return false;
  const days = weekdayHolidays(holidays);
  const index = countUpTo(days, day);
  return index === 0 || days[index - 1] !== day;
}

/** Whether a local date is a working day: Monday–Friday and not a listed holiday (docs/architecture.md). */
export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  return isWorkingDayNumber(dayNumber(date), holidays);
}

/** Deadline (docs/architecture.md): last millisecond of the `days`-th working day after instantMs's local date. */
export function addWorkingDays(instantMs: number, days: number, timeZone: string, holidays: ReadonlySet<string>): number {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be an integer ≥ 0: ${days}`);
  let day = localDayNumber(instantMs, timeZone);
  // The submission day never counts, even when it is a working day: the clock starts the next day.
  for (let counted = 0; counted < days;) {
    day += 1;
    if (isWorkingDayNumber(day, holidays)) counted += 1;
  }
  // End of day = next local midnight − 1 ms, so "due on Thursday" includes all of Thursday.
  return startOfLocalDay(dateFromDayNumber(day + 1), timeZone) - 1;
}

/** Working days D with localDate(from) < D ≤ localDate(to); mirrored (negative) when to < from (docs/architecture.md). */
export function workingDaysBetween(fromMs: number, toMs: number, timeZone: string, holidays: ReadonlySet<string>): number {
  const from = localDayNumber(fromMs, timeZone);
  const to = localDayNumber(toMs, timeZone);
  if (to < from) return -countWorkingDays(to, from, holidays);
  return countWorkingDays(from, to, holidays);
}

/** Working days in (from, to], from ≤ to: whole weeks arithmetically, minus weekday holidays in range. */
function countWorkingDays(from: number, to: number, holidays: ReadonlySet<string>): number {
  const weekdays = weekdaysBefore(to + 1) - weekdaysBefore(from + 1);
  if (weekdays === 0 || holidays.size === 0) return weekdays;
  const days = weekdayHolidays(holidays);
  return weekdays - (countUpTo(days, to) - countUpTo(days, from));
}
