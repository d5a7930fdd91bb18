// Days are counted in the office's own zone (docs/architecture.md). Indonesia has used fixed offsets with no DST
// since 1988 (WIB/WITA/WIT), so the three office zones take an arithmetic path; any other IANA zone
// falls back to Intl, which knows DST and history.

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

const FIXED_OFFSETS_MS: ReadonlyMap<string, number> = new Map([
  ['Asia/Jakarta', 7 * HOUR_MS],
  ['Asia/Makassar', 8 * HOUR_MS],
  ['Asia/Jayapura', 9 * HOUR_MS],
  ['UTC', 0],
  ['Etc/UTC', 0]
]);

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant, "chrono-compatible date algorithms"). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Inverse of daysFromCivil (same source); allocation-free because it runs per complaint per request. */
function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [month <= 2 ? era * 400 + yearOfEra + 1 : era * 400 + yearOfEra, month, day];
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date (integer index for per-day buckets). */
export function dayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const n = daysFromCivil(year, month, day);
  // Round-tripping rejects 2024-02-30 and month 13 without a days-in-month table.
  const [y2, m2, d2] = civilFromDays(n);
  if (y2 !== year || m2 !== month || d2 !== day) throw new RangeError(`Not a calendar date: ${date}`);
  return n;
}

/** 'YYYY-MM-DD' of a day number (inverse of dayNumber). */
export function dateFromDayNumber(n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Day number must be an integer: ${n}`);
  const [year, month, day] = civilFromDays(n);
  if (year < 0 || year > 9999) throw new RangeError(`Year out of range 0000-9999: ${year}`);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // hourCycle h23: with hour12:false some engines print midnight as "24".
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23'
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The local wall-clock time of an instant, expressed as ms since the epoch as if it were UTC. */
function wallClockMs(instantMs: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instantMs)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const { year = NaN, month = NaN, day = NaN, hour = NaN, minute = NaN, second = NaN } = fields;
  const subSecond = instantMs - Math.floor(instantMs / 1000) * 1000;
  return daysFromCivil(year, month, day) * DAY_MS + hour * HOUR_MS + minute * 60_000 + second * 1000 + subSecond;
}

/** Day number (days since 1970-01-01) of an instant's local date; equals dayNumber(localDate(…)) without the string. */
export function localDayNumber(instantMs: number, timeZone: string): number {
  if (!Number.isFinite(instantMs)) throw new RangeError(`Not a finite instant: ${instantMs}`);
  const offset = FIXED_OFFSETS_MS.get(timeZone);
  const wall = offset === undefined ? wallClockMs(instantMs, timeZone) : instantMs + offset;
  return Math.floor(wall / DAY_MS);
}

/** Local calendar date 'YYYY-MM-DD' of an instant in an IANA zone (docs/architecture.md: days in the office's zone). */
export function localDate(instantMs: number, timeZone: string): string {
  return dateFromDayNumber(localDayNumber(instantMs, timeZone));
}

/** Local calendar month 'YYYY-MM' of an instant in an IANA zone (docs/architecture.md). */
export function localMonth(instantMs: number, timeZone: string): string {
  return localDate(instantMs, timeZone).slice(0, 7);
}

/** Instant (ms) at which a local date begins in an IANA zone: local midnight, or the first instant after a DST gap. */
export function startOfLocalDay(date: string, timeZone: string): number {
  const target = dayNumber(date);
  const midnightAsUtc = target * DAY_MS;
  const offset = FIXED_OFFSETS_MS.get(timeZone);
  if (offset !== undefined) return midnightAsUtc - offset;
  // Two offset refinements land on midnight whenever midnight exists locally.
  let t = midnightAsUtc - (wallClockMs(midnightAsUtc, timeZone) - midnightAsUtc);
  t = midnightAsUtc - (wallClockMs(t, timeZone) - t);
  if (localDayNumber(t, timeZone) === target && localDayNumber(t - 1, timeZone) < target) return t;
  // Midnight skipped by a DST change (e.g. Brazil until 2019): binary-search the first instant of the day.
  // UTC offsets lie within −12h…+14h, so the day starts inside this window.
  let lo = midnightAsUtc - 15 * HOUR_MS;
  let hi = midnightAsUtc + 15 * HOUR_MS;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (localDayNumber(mid, timeZone) >= target) hi = mid;
    else lo = mid;
  }
  return hi;
}
