import { describe, expect, it } from 'vitest';
import { dateFromDayNumber, dayNumber, localDate, localDayNumber, localMonth, startOfLocalDay } from './time-zone.ts';

const DAY_MS = 86_400_000;

describe('dayNumber / dateFromDayNumber', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    // 54 years × 365 + 13 leap days (1972…2020) = 19723
    expect(dayNumber('2024-01-01')).toBe(19_723);
    // 2000-01-01 is 10957; + 31 (Jan) + 29 (Feb, leap) = 11017
    expect(dayNumber('2000-03-01')).toBe(11_017);
    expect(dateFromDayNumber(19_723)).toBe('2024-01-01');
    expect(dateFromDayNumber(-1)).toBe('1969-12-31');
  });

  it('agrees with Date for every day 1900–2100', () => {
    for (let n = dayNumber('1900-01-01'); n <= dayNumber('2100-12-31'); n++) {
      const iso = new Date(n * DAY_MS).toISOString().slice(0, 10);
      if (dateFromDayNumber(n) !== iso || dayNumber(iso) !== n) throw new Error(`mismatch at ${n}`);
    }
  });

  it('rejects what is not a calendar date', () => {
    expect(dayNumber('2024-02-29')).toBe(19_782);
    for (const bad of ['2023-02-29', '2024-02-30', '2024-13-01', '2024-00-10', '2024-1-01', '2024-01-01T00:00']) {
      expect(() => dayNumber(bad)).toThrow(RangeError);
    }
    expect(() => dateFromDayNumber(1.5)).toThrow(RangeError);
  });
});

describe('localDate / localMonth (fixed offsets)', () => {
  it('switches date at local midnight in WIB, WITA and WIT', () => {
    expect(localDate(Date.UTC(2024, 0, 1, 16, 59, 59, 999), 'Asia/Jakarta')).toBe('2024-01-01');
    expect(localDate(Date.UTC(2024, 0, 1, 17), 'Asia/Jakarta')).toBe('2024-01-02');
    expect(localDate(Date.UTC(2024, 0, 1, 15, 59, 59, 999), 'Asia/Makassar')).toBe('2024-01-01');
    expect(localDate(Date.UTC(2024, 0, 1, 16), 'Asia/Makassar')).toBe('2024-01-02');
    expect(localDate(Date.UTC(2024, 0, 1, 14, 59, 59, 999), 'Asia/Jayapura')).toBe('2024-01-01');
    expect(localDate(Date.UTC(2024, 0, 1, 15), 'Asia/Jayapura')).toBe('2024-01-02');
  });

  it('gives the local day number directly', () => {
    // 2024-01-01 is day 19723; 17:00Z is already 00:00 on 2024-01-02 in Jakarta.
    expect(localDayNumber(Date.UTC(2024, 0, 1, 16, 59), 'Asia/Jakarta')).toBe(19_723);
    expect(localDayNumber(Date.UTC(2024, 0, 1, 17), 'Asia/Jakarta')).toBe(19_724);
    expect(localDayNumber(Date.UTC(2024, 0, 1, 18, 30), 'Asia/Kolkata')).toBe(19_724);
  });

  it('gives the local month', () => {
    expect(localMonth(Date.UTC(2024, 0, 31, 16, 59), 'Asia/Jakarta')).toBe('2024-01');
    expect(localMonth(Date.UTC(2024, 0, 31, 17), 'Asia/Jakarta')).toBe('2024-02');
    expect(localMonth(Date.UTC(2023, 11, 31, 15), 'Asia/Jayapura')).toBe('2024-01');
  });

  it('matches Intl for the office zones', () => {
    const intl = (zone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, dateStyle: 'short' });
    for (const zone of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']) {
      const format = intl(zone);
      for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2025, 0, 1); t += 7 * 3_600_000 + 1_234_567) {
        if (localDate(t, zone) !== format.format(t)) throw new Error(`${zone} mismatch at ${t}`);
      }
    }
  });

  it('rejects non-finite instants and unknown zones', () => {
    expect(() => localDate(NaN, 'Asia/Jakarta')).toThrow(RangeError);
    expect(() => localDate(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('startOfLocalDay', () => {
  it('is local midnight in the office zones', () => {
    expect(startOfLocalDay('2024-01-02', 'Asia/Jakarta')).toBe(Date.UTC(2024, 0, 1, 17));
    expect(startOfLocalDay('2024-01-02', 'Asia/Makassar')).toBe(Date.UTC(2024, 0, 1, 16));
    expect(startOfLocalDay('2024-01-02', 'Asia/Jayapura')).toBe(Date.UTC(2024, 0, 1, 15));
    expect(startOfLocalDay('2024-01-02', 'UTC')).toBe(Date.UTC(2024, 0, 2));
  });

  it('uses Intl for other zones, including half-hour offsets and DST', () => {
    // IST is +05:30 all year.
    expect(localDate(Date.UTC(2024, 0, 1, 18, 29), 'Asia/Kolkata')).toBe('2024-01-01');
    expect(localDate(Date.UTC(2024, 0, 1, 18, 30), 'Asia/Kolkata')).toBe('2024-01-02');
    expect(startOfLocalDay('2024-01-02', 'Asia/Kolkata')).toBe(Date.UTC(2024, 0, 1, 18, 30));
    // Berlin: 2024-03-31 begins in CET (+1) — DST starts at 02:00; 2024-10-27 begins in CEST (+2).
    expect(startOfLocalDay('2024-03-31', 'Europe/Berlin')).toBe(Date.UTC(2024, 2, 30, 23));
    expect(startOfLocalDay('2024-10-27', 'Europe/Berlin')).toBe(Date.UTC(2024, 9, 26, 22));
    expect(startOfLocalDay('2024-10-28', 'Europe/Berlin')).toBe(Date.UTC(2024, 9, 27, 23));
  });

  it('starts the day after a DST gap that swallows midnight', () => {
    // Brazil 2018-11-04: 00:00 BRT (−3) jumped to 01:00 BRST (−2), so the day began at 01:00−02:00 = 03:00Z.
    expect(startOfLocalDay('2018-11-04', 'America/Sao_Paulo')).toBe(Date.UTC(2018, 10, 4, 3));
    expect(localDate(Date.UTC(2018, 10, 4, 2, 59, 59, 999), 'America/Sao_Paulo')).toBe('2018-11-03');
  });
});
