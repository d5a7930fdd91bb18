import { describe, expect, it } from 'vitest';
import { formatter } from './format.ts';

const id = formatter('id');
const en = formatter('en');
const NBSP = '\u00a0';

describe('formatter', () => {
  it('writes numbers and percentages the Indonesian way', () => {
    expect(id.count(4834)).toBe('4.834');
    expect(id.percent(0.873)).toBe(`87,3${NBSP}%`);
    expect(id.interval([0.8182, 0.8395])).toBe(`81,8–84,0${NBSP}%`);
    expect(id.decimal(3.3763)).toBe('3,38');
    expect(en.percent(0.873)).toBe('87.3%');
  });

  it('prints a dash for a missing figure', () => {
    expect(id.percent(null)).toBe('—');
    expect(id.quantile(null)).toBe('—');
  });

  it('turns hours into minutes, hours or days', () => {
    expect(id.hours(0.5)).toBe('30 menit');
    expect(id.hours(2.5)).toBe('2,5 jam');
    expect(id.hours(72)).toBe('3 hari');
    expect(en.hours(84)).toBe('3.5 days');
  });

  it('says "lebih dari" when fewer than half were answered', () => {
    expect(id.quantile({ value: 240, moreThan: true })).toBe('lebih dari 10 hari');
    expect(en.quantile({ value: 240, moreThan: true })).toBe('more than 10 days');
    expect(id.quantile({ value: 31.4, moreThan: false })).toBe('31,4 jam');
  });

  it('shows dates and instants in the office time zone', () => {
    expect(id.day('2025-12-01')).toBe('1 Des 2025');
    expect(id.instant('2026-01-12T16:59:59.999Z', 'Asia/Jakarta')).toBe('12 Jan 2026, 23.59 WIB');
    expect(id.instant('2026-01-12T16:59:59.999Z', 'Asia/Jayapura')).toBe('13 Jan 2026, 01.59 WIT');
  });
});
