import { describe, expect, it } from 'vitest';
import type { ComplaintState } from '../views/index.ts';
import { deadlineClock } from './lifecycle.ts';

const wib = (local: string) => Date.parse(`${local}+07:00`);
const holidays = new Set(['2026-12-25']);

function complaint(overrides: Partial<ComplaintState> = {}): ComplaintState {
  return {
    trackingCode: 'SL-AAAA-BBBB-CC',
    secretHash: 'x',
    officeId: 'o',
    category: 'lainnya',
    visibility: 'public',
    description: 'x',
    submittedAt: wib('2026-12-21T10:00:00'),
    status: 'submitted',
    // Deadline Monday 28 Dec, end of day: from Monday 21 that is 22, 23, 24 and 28 (25 is a holiday).
    deadlines: { firstResponse: wib('2026-12-28T23:59:59.999'), resolution: wib('2027-01-04T23:59:59.999') },
    history: [],
    version: 1,
    ...overrides
  };
}

describe('deadlineClock', () => {
  it('counts working days left to the first response, skipping the holiday', () => {
    expect(deadlineClock(complaint(), wib('2026-12-21T12:00:00'), 'Asia/Jakarta', holidays)).toEqual({
      target: 'firstResponse',
      deadline: '2026-12-28T16:59:59.999Z',
      workingDaysLeft: 4,
      overdue: false
    });
  });

  it('says 0 (not −0) over a weekend after a Friday deadline', () => {
    const c = complaint({ deadlines: { firstResponse: wib('2026-12-18T23:59:59.999'), resolution: wib('2027-01-04T23:59:59.999') } });
    expect(deadlineClock(c, wib('2026-12-19T10:00:00'), 'Asia/Jakarta', holidays)).toMatchObject({ workingDaysLeft: 0, overdue: true });
    expect(Object.is(deadlineClock(c, wib('2026-12-19T10:00:00'), 'Asia/Jakarta', holidays)!.workingDaysLeft, -0)).toBe(false);
  });

  it('runs against the resolution once answered, and stops when nothing is due', () => {
    const answered = complaint({ status: 'verified', firstResponseAt: wib('2026-12-21T11:00:00') });
    expect(deadlineClock(answered, wib('2027-01-06T10:00:00'), 'Asia/Jakarta', holidays)).toMatchObject({ target: 'resolution', workingDaysLeft: -2, overdue: true });
    for (const status of ['resolved', 'closed', 'rejected'] as const) expect(deadlineClock(complaint({ status }), 0, 'Asia/Jakarta', holidays)).toBeNull();
  });
});
