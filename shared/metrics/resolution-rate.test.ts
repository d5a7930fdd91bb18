import { describe, expect, it } from 'vitest';
import { resolutionRate, type ComplaintOutcome } from './resolution-rate.ts';

const NOW = 1_000_000;
const item = (status: ComplaintOutcome['status'], extra: Partial<ComplaintOutcome> = {}): ComplaintOutcome => ({
  status,
  resolutionDeadline: NOW + 1,
  ...extra
});

describe('resolutionRate', () => {
  it('counts due as resolved + rejected (incomplete|other) + overdue', () => {
    const items: ComplaintOutcome[] = [
      item('resolved', { confirmation: 'satisfied' }),
      item('closed', { confirmation: 'satisfied' }),
      item('closed', { confirmation: 'not_satisfied' }),
      item('resolved'),
      item('closed'),
      item('rejected', { rejectReason: 'out_of_scope' }),
      item('rejected', { rejectReason: 'duplicate' }),
      item('rejected', { rejectReason: 'duplicate' }),
      item('rejected', { rejectReason: 'incomplete' }),
      item('rejected', { rejectReason: 'other' }),
      item('submitted'),
      item('in_progress', { resolutionDeadline: NOW - 1 }),
      item('verified', { resolutionDeadline: NOW - 1 }),
      item('reopened', { resolutionDeadline: NOW - 1, confirmation: 'not_satisfied' }),
      item('reopened')
    ];
    // resolved = 2 confirmed + 1 disputed + 2 unconfirmed = 5; due = 5 + 1 incomplete + 1 other + 3 overdue = 10.
    expect(resolutionRate(items, NOW)).toEqual({
      due: 10,
      resolved: 5,
      rate: 0.5,
      breakdown: {
        resolvedConfirmed: 2,
        resolvedDisputed: 1,
        resolvedUnconfirmed: 2,
        rejected: { out_of_scope: 1, duplicate: 2, incomplete: 1, other: 1 },
        openWithinDeadline: 2,
        overdue: 3
      }
    });
  });

  it('is overdue only strictly after the deadline', () => {
    const atDeadline = resolutionRate([item('submitted', { resolutionDeadline: NOW })], NOW);
    expect(atDeadline.breakdown.openWithinDeadline).toBe(1);
    expect(atDeadline.due).toBe(0);
    const after = resolutionRate([item('submitted', { resolutionDeadline: NOW })], NOW + 1);
    expect(after.breakdown.overdue).toBe(1);
    expect(after).toMatchObject({ due: 1, resolved: 0, rate: 0 });
  });

  it('is null when nothing is due', () => {
    // Only excluded rejections and open-in-time complaints: 0 due.
    const r = resolutionRate([item('rejected', { rejectReason: 'duplicate' }), item('submitted')], NOW);
    expect(r).toMatchObject({ due: 0, resolved: 0, rate: null });
    expect(resolutionRate([], NOW).rate).toBeNull();
  });

  it('keeps a rejection without a reason in "due" as other', () => {
    // 1 resolved / (1 resolved + 1 reasonless rejection) = 0.5
    const r = resolutionRate([item('resolved'), item('rejected')], NOW);
    expect(r.breakdown.rejected.other).toBe(1);
    expect(r).toMatchObject({ due: 2, resolved: 1, rate: 0.5 });
  });

  it('gives non-terminating ratios as plain division', () => {
    // 2 resolved, 1 overdue → 2/3.
    const r = resolutionRate([item('resolved'), item('closed'), item('submitted', { resolutionDeadline: 0 })], NOW);
    expect(r.rate).toBe(2 / 3);
  });
});
