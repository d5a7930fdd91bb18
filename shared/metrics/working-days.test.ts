import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days.ts';

// Calendar used below: 2024-03-04 is a Monday. Holidays: Nyepi Mon 03-11, Good Friday 03-29, Idul Fitri
// Wed 04-10 and Thu 04-11, plus a made-up Saturday 03-30 to check weekend holidays are not subtracted twice.
const HOLIDAYS: ReadonlySet<string> = new Set(['2024-03-11', '2024-03-29', '2024-03-30', '2024-04-10', '2024-04-11']);
const NONE: ReadonlySet<string> = new Set();
const JKT = 'Asia/Jakarta';
const wib = (d: number, h: number, m = 0) => Date.UTC(2024, 2, d, h - 7, m); // March 2024, WIB = UTC+7
const endOfWibDay = (month: number, d: number) => Date.UTC(2024, month - 1, d + 1, -7) - 1; // next midnight − 1 ms

describe('isWorkingDay', () => {
  it('is Monday–Friday minus holidays', () => {
    expect(isWorkingDay('2024-03-04', HOLIDAYS)).toBe(true); // Monday
    expect(isWorkingDay('2024-03-08', HOLIDAYS)).toBe(true); // Friday
    expect(isWorkingDay('2024-03-09', HOLIDAYS)).toBe(false); // Saturday
    expect(isWorkingDay('2024-03-10', HOLIDAYS)).toBe(false); // Sunday
    expect(isWorkingDay('2024-03-11', HOLIDAYS)).toBe(false); // Monday, Nyepi
    expect(isWorkingDay('2024-03-11', NONE)).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it('ends on the last millisecond of the n-th working day after the submission day', () => {
    // Monday 10:00 + 3 → Tue, Wed, Thu → end of Thursday 03-07.
    expect(addWorkingDays(wib(4, 10), 3, JKT, NONE)).toBe(endOfWibDay(3, 7));
    expect(addWorkingDays(wib(4, 10), 3, JKT, NONE)).toBe(Date.UTC(2024, 2, 7, 16, 59, 59, 999));
    // Saturday + 1 → Monday 03-04.
    expect(addWorkingDays(wib(2, 9), 1, JKT, NONE)).toBe(endOfWibDay(3, 4));
    // Friday + 1 over a Monday holiday → Tuesday 03-12.
    expect(addWorkingDays(wib(8, 10), 1, JKT, HOLIDAYS)).toBe(endOfWibDay(3, 12));
  });

  it('skips holidays over longer targets', () => {
    // Mon 03-04 + 10: 5,6,7,8 (4) · 11 holiday · 12,13,14,15 (8) · 18 (9) · 19 (10) → end of 03-19.
    expect(addWorkingDays(wib(4, 10), 10, JKT, HOLIDAYS)).toBe(endOfWibDay(3, 19));
    // Mon 04-08 + 5: 9 (1) · 10, 11 Idul Fitri · 12 (2) · 15 (3) · 16 (4) · 17 (5) → end of 04-17.
    expect(addWorkingDays(Date.UTC(2024, 3, 8, 3), 5, JKT, HOLIDAYS)).toBe(endOfWibDay(4, 17));
  });

  it('counts from the local date, not the UTC date', () => {
    // 23:30 Monday WIB vs 00:30 Tuesday WIB.
    expect(addWorkingDays(wib(4, 23, 30), 1, JKT, NONE)).toBe(endOfWibDay(3, 5));
    expect(addWorkingDays(wib(5, 0, 30), 1, JKT, NONE)).toBe(endOfWibDay(3, 6));
    // 15:30Z Monday is 00:30 Tuesday in Jayapura (UTC+9) → + 1 = end of Wednesday WIT = Thu 00:00 WIT − 1 ms.
    expect(addWorkingDays(Date.UTC(2024, 2, 4, 15, 30), 1, 'Asia/Jayapura', NONE)).toBe(Date.UTC(2024, 2, 6, 15) - 1);
  });

  it('with 0 days is the end of the submission day itself', () => {
    expect(addWorkingDays(wib(4, 10), 0, JKT, NONE)).toBe(endOfWibDay(3, 4));
    expect(addWorkingDays(wib(9, 10), 0, JKT, NONE)).toBe(endOfWibDay(3, 9));
  });

  it('rejects negative or fractional days', () => {
    expect(() => addWorkingDays(wib(4, 10), -1, JKT, NONE)).toThrow(RangeError);
    expect(() => addWorkingDays(wib(4, 10), 1.5, JKT, NONE)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts working days D with from < D ≤ to, mirrored when reversed', () => {
    expect(workingDaysBetween(wib(4, 10), wib(4, 23), JKT, NONE)).toBe(0);
    expect(workingDaysBetween(wib(4, 10), wib(7, 8), JKT, NONE)).toBe(3); // Tue, Wed, Thu
    expect(workingDaysBetween(wib(7, 8), wib(4, 10), JKT, NONE)).toBe(-3);
    expect(workingDaysBetween(wib(8, 10), wib(11, 10), JKT, NONE)).toBe(1); // Sat, Sun, Mon
    expect(workingDaysBetween(wib(8, 10), wib(11, 10), JKT, HOLIDAYS)).toBe(0); // Mon is Nyepi
    expect(workingDaysBetween(wib(1, 10), wib(3, 10), JKT, NONE)).toBe(0); // Fri → Sun
    expect(workingDaysBetween(wib(2, 10), wib(4, 10), JKT, NONE)).toBe(1); // Sat → Mon
  });

  it('uses the office zone', () => {
    // 03:00Z → 15:30Z Monday: same day in Jakarta (10:00 → 22:30), but Tuesday 00:30 in Jayapura.
    expect(workingDaysBetween(Date.UTC(2024, 2, 4, 3), Date.UTC(2024, 2, 4, 15, 30), JKT, NONE)).toBe(0);
    expect(workingDaysBetween(Date.UTC(2024, 2, 4, 3), Date.UTC(2024, 2, 4, 15, 30), 'Asia/Jayapura', NONE)).toBe(1);
  });

  it('counts long spans arithmetically', () => {
    // (Wed 2020-01-01, Tue 2024-12-31]: 1826 days = 260 weeks (1300) + Thu…Tue (4 weekdays) = 1304.
    expect(workingDaysBetween(Date.UTC(2020, 0, 1, 3), Date.UTC(2024, 11, 31, 3), JKT, NONE)).toBe(1304);
    // (Mon 2024-01-01, Tue 2024-12-31]: 365 days = 52 weeks (260) + Tue = 261; minus 4 weekday holidays = 257.
    expect(workingDaysBetween(Date.UTC(2024, 0, 1, 3), Date.UTC(2024, 11, 31, 3), JKT, NONE)).toBe(261);
    expect(workingDaysBetween(Date.UTC(2024, 0, 1, 3), Date.UTC(2024, 11, 31, 3), JKT, HOLIDAYS)).toBe(257);
    expect(workingDaysBetween(Date.UTC(2024, 11, 31, 3), Date.UTC(2024, 0, 1, 3), JKT, HOLIDAYS)).toBe(-257);
  });

  it('agrees with a day-by-day count for every pair of dates in a 10-week window', () => {
    // Many holidays relative to the span exercise the per-day lookup path, few the list-scan path.
    const many = new Set([...HOLIDAYS, '2024-03-05', '2024-03-06', '2024-03-20', '2024-04-01', '2024-04-02', '2024-04-03']);
    const naive = (a: number, b: number, h: ReadonlySet<string>) => {
      let count = 0;
      for (let d = a + 1; d <= b; d++) {
        const date = new Date(Date.UTC(2024, 2, d));
        if (date.getUTCDay() % 6 !== 0 && !h.has(date.toISOString().slice(0, 10))) count++;
      }
      return count;
    };
    for (const h of [NONE, HOLIDAYS, many]) {
      for (let a = -3; a <= 68; a++) {
        for (let b = a; b <= 68; b++) {
          const expected = naive(a, b, h);
          if (workingDaysBetween(wib(a, 12), wib(b, 12), JKT, h) !== expected) throw new Error(`(${a}, ${b}]`);
          if (workingDaysBetween(wib(b, 12), wib(a, 12), JKT, h) !== -expected) throw new Error(`mirror (${a}, ${b}]`);
        }
      }
    }
  });

  it('notices holidays added to a set after first use, and rejects malformed ones', () => {
    const holidays = new Set(['2024-03-11']);
    expect(workingDaysBetween(wib(8, 10), wib(15, 10), JKT, holidays)).toBe(4); // Tue–Fri (Mon is Nyepi)
    holidays.add('2024-03-12');
    expect(workingDaysBetween(wib(8, 10), wib(15, 10), JKT, holidays)).toBe(3);
    expect(() => workingDaysBetween(wib(8, 10), wib(15, 10), JKT, new Set(['2024-3-12']))).toThrow(RangeError);
  });
});
