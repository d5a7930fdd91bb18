import { describe, expect, it } from 'vitest';
import { trendMonths } from './trend-months.ts';

const trend = [
  { month: '2026-01', responses: 120, satisfiedShare: 0.75, complaints: 3 },
  { month: '2026-02', responses: 0, satisfiedShare: null, complaints: 0 },
  { month: '2026-12', responses: 45, satisfiedShare: 0.8, complaints: 1 }
];

describe('trendMonths', () => {
  it('marks the month still running in the default period, with its interval', () => {
    const [jan, feb, dec] = trendMonths({ trend, period: { from: '2026-01-01', to: '2026-12-02' } }, true);
    expect(jan).toMatchObject({ partial: null, small: false });
    expect(jan!.ci95![0]).toBeCloseTo(0.6655, 3);
    expect(jan!.ci95![1]).toBeCloseTo(0.8189, 3);
    expect(feb).toMatchObject({ partial: null, small: false, ci95: null });
    expect(dec).toMatchObject({ partial: 'current', small: false });
  });

  it('calls a cut month part of a month in a chosen period, and a month under 30 ratings small', () => {
    const months = trendMonths({ trend: [{ ...trend[0]!, month: '2026-03', responses: 12 }, trend[2]!], period: { from: '2026-03-15', to: '2026-12-31' } }, false);
    expect(months.map((m) => [m.partial, m.small])).toEqual([
      ['part', true],
      [null, false]
    ]);
  });
});
