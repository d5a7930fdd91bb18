import { describe, expect, it } from 'vitest';
import { parseSkmPeriod, periodContaining, recentPeriods } from './period.ts';

describe('parseSkmPeriod', () => {
  it.each([
    ['2026', '2026-01-01', '2026-12-31', 'year'],
    ['2026-S1', '2026-01-01', '2026-06-30', 'semester'],
    ['2026-s2', '2026-07-01', '2026-12-31', 'semester'],
    ['2026-Q1', '2026-01-01', '2026-03-31', 'quarter'],
    ['2026-Q3', '2026-07-01', '2026-09-30', 'quarter'],
    ['2026-11', '2026-11-01', '2026-11-30', 'month'],
    ['2028-02', '2028-02-01', '2028-02-29', 'month'],
    ['2026-02', '2026-02-01', '2026-02-28', 'month']
  ])('%s is %s … %s (%s)', (label, from, to, kind) => {
    expect(parseSkmPeriod(label)).toMatchObject({ from, to, kind });
  });

  it.each(['', '26', '2026-S3', '2026-Q5', '2026-13', '2026-00', '2026-1', '1999', '2026-H1', '2026-11-01'])('rejects %j', (label) => {
    expect(parseSkmPeriod(label)).toBeUndefined();
  });

  it('finds the period containing a date, and lists recent ones that have started', () => {
    expect(periodContaining('2026-07-01', 'semester').label).toBe('2026-S2');
    expect(periodContaining('2026-06-30', 'quarter').label).toBe('2026-Q2');
    const recent = recentPeriods('2026-03-15', 2025).map((p) => p.label);
    expect(recent.slice(0, 5)).toEqual(['2026', '2026-S1', '2026-Q1', '2026-03', '2026-02']);
    expect(recent).not.toContain('2026-Q2');
    expect(recent).toContain('2025-S2');
  });
});
