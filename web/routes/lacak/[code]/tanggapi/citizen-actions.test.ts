import { describe, expect, it } from 'vitest';
import type { PublicComplaint } from '$shared/schemas/index.ts';
import { citizenActionsOf } from './citizen-actions.ts';

const complaint = (status: PublicComplaint['status'], types: string[]): PublicComplaint => ({
  trackingCode: 'SL-AAAA-BBBB-CC',
  officeId: 'o',
  timeZone: 'Asia/Jakarta',
  category: 'lainnya',
  visibility: 'public',
  status,
  submittedAt: '2026-11-25T03:00:00.000Z',
  deadlines: { firstResponse: '2026-11-30T16:59:59.999Z', resolution: '2026-12-10T16:59:59.999Z' },
  timeline: types.map((type) => ({ type, at: '2026-11-25T03:00:00.000Z', status }))
});

describe('citizenActionsOf', () => {
  it('offers more information while open, nothing once closed or rejected', () => {
    expect(citizenActionsOf(complaint('verified', ['complaint.submitted', 'complaint.verified']))).toEqual(['info']);
    expect(citizenActionsOf(complaint('closed', []))).toEqual([]);
    expect(citizenActionsOf(complaint('rejected', []))).toEqual([]);
  });

  it('offers confirming a resolution once, per resolution', () => {
    expect(citizenActionsOf(complaint('resolved', ['complaint.resolved']))).toEqual(['confirm', 'info', 'reopen']);
    expect(citizenActionsOf(complaint('resolved', ['complaint.resolved', 'complaint.confirmed']))).toEqual(['info', 'reopen']);
    expect(citizenActionsOf(complaint('resolved', ['complaint.resolved', 'complaint.confirmed', 'complaint.reopened', 'complaint.resolved']))).toEqual(['confirm', 'info', 'reopen']);
  });
});
