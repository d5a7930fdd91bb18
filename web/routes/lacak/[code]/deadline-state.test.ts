import { describe, expect, it } from 'vitest';
import type { PublicComplaint } from '$shared/schemas/index.ts';
import { deadlineStates } from './deadline-state.ts';

const base: PublicComplaint = {
  trackingCode: 'SL-AAAA-BBBB-CC',
  officeId: 'kantor-x',
  timeZone: 'Asia/Jakarta',
  category: 'petugas',
  visibility: 'public',
  status: 'submitted',
  submittedAt: '2026-01-05T02:00:00.000Z',
  deadlines: { firstResponse: '2026-01-08T16:59:59.999Z', resolution: '2026-01-20T16:59:59.999Z' },
  timeline: [{ type: 'complaint.submitted', at: '2026-01-05T02:00:00.000Z', status: 'submitted' }]
};
const at = (iso: string) => new Date(iso);

describe('deadlineStates', () => {
  it('is pending before a deadline and overdue after it while nothing happened', () => {
    expect(deadlineStates(base, at('2026-01-06T00:00:00Z'))).toEqual({ firstResponse: 'pending', resolution: 'pending' });
    expect(deadlineStates(base, at('2026-01-10T00:00:00Z'))).toEqual({ firstResponse: 'overdue', resolution: 'pending' });
  });

  it('judges a resolved complaint by when it was resolved, a reopened one as open again', () => {
    const resolved: PublicComplaint = {
      ...base,
      status: 'resolved',
      timeline: [
        ...base.timeline,
        { type: 'complaint.verified', at: '2026-01-09T01:00:00.000Z', status: 'verified' },
        { type: 'complaint.resolved', at: '2026-01-15T01:00:00.000Z', status: 'resolved' }
      ]
    };
    expect(deadlineStates(resolved, at('2026-02-01T00:00:00Z'))).toEqual({ firstResponse: 'late', resolution: 'met' });
    const reopened: PublicComplaint = { ...resolved, status: 'reopened', timeline: [...resolved.timeline, { type: 'complaint.reopened', at: '2026-01-16T01:00:00.000Z', status: 'reopened' }] };
    expect(deadlineStates(reopened, at('2026-02-01T00:00:00Z')).resolution).toBe('overdue');
  });

  it('does not judge the resolution of a rejected complaint', () => {
    const rejected: PublicComplaint = {
      ...base,
      status: 'rejected',
      timeline: [...base.timeline, { type: 'complaint.rejected', at: '2026-01-06T01:00:00.000Z', status: 'rejected', reason: 'duplicate' }]
    };
    expect(deadlineStates(rejected, at('2026-02-01T00:00:00Z'))).toEqual({ firstResponse: 'met', resolution: 'none' });
  });
});
