import { describe, expect, it } from 'vitest';
import { kaplanMeier, kmQuantile, type Observation } from './kaplan-meier.ts';

const parse = (text: string): Observation[] => text.split(/\s+/).map((t) => ({ duration: Number(t.replace('*', '')), observed: !t.endsWith('*') }));

// 6-MP arm of the Freireich et al. (1963) leukaemia trial as in Gehan (1965); * = censored.
const SIX_MP = parse('6 6 6 6* 7 9* 10 10* 11* 13 16 17* 19* 20* 22 23 25* 32* 32* 34* 35*');

describe('kaplanMeier', () => {
  it('reproduces the textbook 6-MP curve', () => {
    // By hand, n at risk / events: 6: 21/3 → 18/21 = 6/7; 7: 17/1 → ·16/17 = 96/119; 10: 15/1 → ·14/15 = 64/85;
    // 13: 12/1 → ·11/12 = 176/255; 16: 11/1 → ·10/11 = 32/51; 22: 7/1 → ·6/7 = 64/119; 23: 6/1 → ·5/6 = 160/357.
    const expected: [number, number][] = [
      [6, 6 / 7],
      [7, 96 / 119],
      [10, 64 / 85],
      [13, 176 / 255],
      [16, 32 / 51],
      [22, 64 / 119],
      [23, 160 / 357]
    ];
    const curve = kaplanMeier(SIX_MP);
    expect(curve.map((p) => p.time)).toEqual(expected.map(([t]) => t));
    curve.forEach((p, i) => expect(p.survival).toBeCloseTo(expected[i]![1], 14));
  });

  it('processes events before censorings at a tied time', () => {
    // 1, 2, 2*, 3: at t=2 the censored one is still at risk → n=3, S = 3/4 · 2/3 = 1/2; at t=3 n=1 → 0.
    const curve = kaplanMeier(parse('2* 3 2 1'));
    expect(curve).toHaveLength(3);
    expect(curve[0]).toEqual({ time: 1, survival: 0.75 });
    expect(curve[1]!.time).toBe(2);
    expect(curve[1]!.survival).toBeCloseTo(0.5, 15);
    expect(curve[2]).toEqual({ time: 3, survival: 0 });
  });

  it('is empty without events and rejects bad durations', () => {
    expect(kaplanMeier([])).toEqual([]);
    expect(kaplanMeier(parse('4* 5*'))).toEqual([]);
    expect(() => kaplanMeier([{ duration: -1, observed: true }])).toThrow(RangeError);
    expect(() => kaplanMeier([{ duration: NaN, observed: true }])).toThrow(RangeError);
  });
});

describe('kmQuantile', () => {
  it('finds the known 6-MP median of 23', () => {
    // S(22) = 64/119 ≈ 0.538 > 0.5, S(23) = 160/357 ≈ 0.448 ≤ 0.5.
    expect(kmQuantile(SIX_MP, 0.5)).toEqual({ value: 23, moreThan: false });
    // q = 0.25: S(10) = 64/85 ≈ 0.753 > 0.75, S(13) = 176/255 ≈ 0.690 → 13.
    expect(kmQuantile(SIX_MP, 0.25)).toEqual({ value: 13, moreThan: false });
    // p90 needs S ≤ 0.1; the curve stops at 0.448, so "more than 35" (largest duration, censored).
    expect(kmQuantile(SIX_MP, 0.9)).toEqual({ value: 35, moreThan: true });
  });

  it('equals the empirical quantile without censoring, counting exact ties as reached', () => {
    // 10 values: S after the k-th smallest is (10 − k)/10. S = 0.5 exactly at the 5th (50); S ≤ 0.1 at the 9th (90).
    const obs = parse('100 10 90 20 80 30 70 40 60 50');
    expect(kmQuantile(obs, 0.5)).toEqual({ value: 50, moreThan: false });
    expect(kmQuantile(obs, 0.9)).toEqual({ value: 90, moreThan: false });
    expect(kmQuantile(obs, 1)).toEqual({ value: 100, moreThan: false });
    // Float products drift: here S after the 9th is 0.10000000000000002 while 1 − 0.9 is 0.09999999999999998,
    // and with 24 values S after the 12th is 0.5000000000000001; both must still count as reached.
    const twentyFour = Array.from({ length: 24 }, (_, i) => ({ duration: i + 1, observed: true }));
    expect(kmQuantile(twentyFour, 0.5)).toEqual({ value: 12, moreThan: false });
    // 3 values: S = 2/3, 1/3, 0 → median at the 2nd (S = 1/3 ≤ 0.5).
    expect(kmQuantile(parse('5 1 3'), 0.5)).toEqual({ value: 3, moreThan: false });
  });

  it('says "more than" when too few are answered', () => {
    // 1, 4*, 6*, 9*: S(1) = 3/4 only → median never reached; largest duration seen is 9.
    expect(kmQuantile(parse('1 4* 6* 9*'), 0.5)).toEqual({ value: 9, moreThan: true });
    // 2, 3, 4*, 5*: S = 3/4 · 2/3 = 1/2 at 3 → median 3 even though half are still open.
    expect(kmQuantile(parse('2 3 4* 5*'), 0.5)).toEqual({ value: 3, moreThan: false });
    // Largest duration may be an event: 1*, 2*, 8 → S(8) = 0 → 8; but 7*, 8*, 3 → S(3) = 2/3 → more than 8.
    expect(kmQuantile(parse('1* 2* 8'), 0.5)).toEqual({ value: 8, moreThan: false });
    expect(kmQuantile(parse('7* 8* 3'), 0.5)).toEqual({ value: 8, moreThan: true });
  });

  it('handles all-censored and empty input', () => {
    expect(kmQuantile(parse('3* 12* 5*'), 0.5)).toEqual({ value: 12, moreThan: true });
    expect(kmQuantile([], 0.5)).toBeNull();
  });

  it('rejects q outside (0, 1]', () => {
    expect(() => kmQuantile(SIX_MP, 0)).toThrow(RangeError);
    expect(() => kmQuantile(SIX_MP, 1.5)).toThrow(RangeError);
    expect(() => kmQuantile(SIX_MP, NaN)).toThrow(RangeError);
  });
});
