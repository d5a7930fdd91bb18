import { describe, expect, it } from 'vitest';
import { DuplicateSubmission, StreamVersionConflict } from './conflicts.ts';
import type { RatingRecorded } from './events.ts';
import { REMEMBER_MS, StreamGuard } from './stream-guard.ts';

const at = Date.UTC(2026, 0, 5);
const keyed = (n: number, time = at): RatingRecorded => ({ type: 'rating.recorded', at: time, officeId: 'kua-x', score: 4, channel: 'widget', idempotencyKey: `key-${n}` });

describe('StreamGuard (the segment log’s rules in memory)', () => {
  it('answers a key again only after REMEMBER_MS of event time, and forgets old keys as time moves on', () => {
    const guard = new StreamGuard();
    guard.record(keyed(1), 1);
    expect(() => guard.check([keyed(1, at + REMEMBER_MS - 1)], undefined, 2)).toThrow(DuplicateSubmission);
    expect(() => guard.check([keyed(1, at + REMEMBER_MS + 1)], undefined, 2)).not.toThrow();
    // 1024 newer keys make it prune: key 1 is gone for good, and a newer one stays.
    for (let n = 2; n < 1030; n++) guard.record(keyed(n, at + REMEMBER_MS + n), n);
    expect(() => guard.check([keyed(1, at)], undefined, 2000)).not.toThrow();
    expect(() => guard.check([keyed(5, at + REMEMBER_MS)], undefined, 2000)).toThrow(DuplicateSubmission);
  });

  it('takes back what a failed write numbered: versions and keys', () => {
    const guard = new StreamGuard();
    const submitted = { type: 'complaint.submitted', at, trackingCode: 'SL-A', secretHash: 's', officeId: 'kua-x', category: 'lainnya', description: 'd', visibility: 'public' } as const;
    guard.record(submitted, 1);
    const verified = { type: 'complaint.verified', at, trackingCode: 'SL-A', actor: 'x', seq: 2, hash: 'h' } as const;
    guard.record(verified, 2);
    guard.record(keyed(7), 3);
    guard.forget([verified, { ...keyed(7), seq: 3, hash: 'h' }]);
    expect(guard.version('SL-A')).toBe(1);
    expect(() => guard.check([keyed(7)], { expectedVersions: { 'SL-A': 1 } }, 2)).not.toThrow();
    expect(() => guard.check([], { expectedVersions: { 'SL-A': 2 } }, 2)).toThrow(StreamVersionConflict);
  });
});
