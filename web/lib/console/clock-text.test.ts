import { describe, expect, it } from 'vitest';
import { tc } from '$shared/i18n/console.ts';
import { clockText } from './clock-text.ts';

const id = (key: Parameters<typeof tc>[1], vars?: Record<string, string | number>) => tc('id', key, vars);
const clock = (workingDaysLeft: number, overdue: boolean) => ({ target: 'firstResponse' as const, deadline: '2026-11-30T16:59:59.999Z', workingDaysLeft, overdue });

describe('clockText', () => {
  it.each([
    [3, false, '3 hari kerja lagi', 'calm'],
    [1, false, '1 hari kerja lagi', 'soon'],
    [0, false, 'jatuh tempo hari ini', 'soon'],
    [0, true, 'lewat batas waktu', 'urgent'],
    [-1, true, 'terlambat 1 hari kerja', 'urgent'],
    [-2, true, 'terlambat 2 hari kerja', 'urgent']
  ] as const)('%i working days, overdue %s: %s', (left, overdue, text, tone) => {
    expect(clockText(clock(left, overdue), id)).toEqual({ text, tone });
  });

  it('speaks English in the singular too', () => {
    expect(clockText(clock(1, false), (key, vars) => tc('en', key, vars)).text).toBe('1 working day left');
  });
});
