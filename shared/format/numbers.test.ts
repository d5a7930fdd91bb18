import { describe, expect, it } from 'vitest';
import { formatCount, formatFixed, formatPercent } from './numbers.ts';

describe('number formatting', () => {
  it('writes a share with one decimal in both languages', () => {
    expect(formatPercent('id', 0.8384)).toBe('83,8\u00a0%');
    expect(formatPercent('en', 0.8384)).toBe('83.8%');
    expect(formatPercent('id', null)).toBe('—');
  });

  it('writes counts with thousands separators and IKM with two decimals', () => {
    expect(formatCount('id', 12345)).toBe('12.345');
    expect(formatCount('en', 12345)).toBe('12,345');
    expect(formatFixed('id', 82.5)).toBe('82,50');
    expect(formatFixed('en', undefined)).toBe('—');
  });
});
