import { expect, it } from 'vitest';
import { DuplicateSubmission, StreamVersionConflict } from '../../server/store/conflicts.ts';
import type { ComplaintAction, ComplaintSubmitted, DomainEvent, RatingRecorded } from '../../server/store/events.ts';
import type { Store } from '../../server/store/types.ts';
import { rating } from './fixtures/events.ts';
import { replayAll, withoutChain } from './harness.ts';

const at = Date.UTC(2025, 0, 6, 2, 30);
const CODE = 'SL-RACE-0001-AA';

const submitted = (trackingCode: string, extra?: Partial<ComplaintSubmitted>): ComplaintSubmitted => ({
  type: 'complaint.submitted',
  at,
  trackingCode,
  secretHash: 'c2VjcmV0LWhhc2gtdmFsdWU',
  officeId: 'disdukcapil-kab-sukamaju',
  category: 'pelayanan_lambat',
  description: 'KTP belum jadi.',
  visibility: 'public',
  ...extra
});
const action = (type: ComplaintAction['type'], actor: string, n = 1): ComplaintAction => ({ type, at: at + n, trackingCode: CODE, actor });
const keyed = (keyHash: string, n: number): RatingRecorded => ({ ...rating(n), idempotencyKey: keyHash });

/**
 * The rules that must hold across processes (docs/architecture.md, "Concurrency"): a complaint's expected version,
 * and an idempotency key stored once. Both racers are started in the same tick, so no store can order them by luck.
 */
export function concurrencyCases<S extends Store>(withStore: (test: (store: S, reopen: () => Promise<S>) => Promise<void>) => Promise<void>, persistent: boolean) {
  it('two writers racing on one complaint at the same expected version: exactly one wins, nothing of the other is written', () =>
    withStore(async (store) => {
      await store.append([submitted(CODE)], { expectedVersions: { [CODE]: 0 } });
      const race = await Promise.allSettled([
        store.append([action('complaint.verified', 'staff-a')], { expectedVersions: { [CODE]: 1 } }),
        store.append([action('complaint.rejected', 'staff-b'), action('complaint.noted', 'staff-b', 2)], { expectedVersions: { [CODE]: 1 } })
      ]);
      const won = race.filter((outcome) => outcome.status === 'fulfilled');
      const lost = race.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]!.reason).toBeInstanceOf(StreamVersionConflict);
      expect(lost[0]!.reason).toMatchObject({ stream: CODE, expected: 1, actual: won[0]!.value.length + 1 });
      const stored = (await replayAll(store)).map(withoutChain);
      expect(stored).toStrictEqual([submitted(CODE), ...won[0]!.value.map(withoutChain)]);
      expect(store.head().seq).toBe(stored.length);
    }));

  it('counts a stream from its submission, per complaint, and checks every stream an append names', () =>
    withStore(async (store) => {
      await expect(store.append([submitted(CODE)], { expectedVersions: { [CODE]: 1 } })).rejects.toBeInstanceOf(StreamVersionConflict);
      await store.append([submitted(CODE), rating(1), action('complaint.verified', 'staff-a')], { expectedVersions: { [CODE]: 0 } });
      await store.append([submitted('SL-RACE-0002-BB')]);
      // Other streams and events without a stream do not move CODE's version.
      await store.append([rating(2), action('complaint.started', 'staff-a', 3)], { expectedVersions: { [CODE]: 2, 'SL-RACE-0002-BB': 1 } });
      const conflict = store.append([rating(3)], { expectedVersions: { [CODE]: 3, 'SL-RACE-0002-BB': 0 } });
      await expect(conflict).rejects.toMatchObject({ stream: 'SL-RACE-0002-BB', expected: 0, actual: 1 });
      expect(store.head().seq).toBe(6);
    }));

  it('stores an idempotency key once: the same key appended twice at once gives one event and DuplicateSubmission naming it', () =>
    withStore(async (store) => {
      await store.append([rating(0)]);
      const race = await Promise.allSettled([store.append([keyed('a-key-hash-of-22-chars', 1)]), store.append([keyed('a-key-hash-of-22-chars', 2)])]);
      const won = race.filter((outcome) => outcome.status === 'fulfilled');
      const lost = race.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost[0]!.reason).toBeInstanceOf(DuplicateSubmission);
      expect(lost[0]!.reason).toMatchObject({ kind: 'rating', keyHash: 'a-key-hash-of-22-chars', seq: won[0]!.value[0]!.seq });
      expect((await replayAll(store)).filter((event) => 'idempotencyKey' in event && event.idempotencyKey)).toHaveLength(1);
    }));

  it('keeps rating and complaint keys apart, rejects a whole append with one repeated key, and a key repeated within one append', () =>
    withStore(async (store) => {
      await store.append([keyed('shared-key-hash-000001', 1), submitted(CODE, { idempotencyKey: 'shared-key-hash-000001' })]);
      const repeat = store.append([rating(3), submitted('SL-RACE-0002-BB', { idempotencyKey: 'shared-key-hash-000001' })]);
      await expect(repeat).rejects.toMatchObject({ kind: 'complaint', keyHash: 'shared-key-hash-000001', seq: 2 });
      await expect(store.append([keyed('twice-in-one-append-01', 4), keyed('twice-in-one-append-01', 5)])).rejects.toBeInstanceOf(DuplicateSubmission);
      expect(store.head().seq).toBe(2);
      // A rejected append leaves no trace: the stream it would have started is still at version 0.
      await store.append([submitted('SL-RACE-0002-BB')], { expectedVersions: { 'SL-RACE-0002-BB': 0 } });
    }));

  it('keeps a key for REMEMBER_MS at least, by the events’ own times', () =>
    withStore(async (store) => {
      await store.append([keyed('an-old-key-hash-000001', 1)]);
      const later: DomainEvent = { ...keyed('an-old-key-hash-000001', 2), at: at + 30 * 86_400_000 };
      await expect(store.append([later])).rejects.toMatchObject({ kind: 'rating', seq: 1 });
    }));

  if (persistent) {
    it('knows versions and keys after reopening', () =>
      withStore(async (store, reopen) => {
        await store.append([submitted(CODE, { idempotencyKey: 'kept-key-hash-00000001' }), action('complaint.verified', 'staff-a')]);
        await store.append([keyed('kept-key-hash-00000002', 3)]);
        const reopened = await reopen();
        await expect(reopened.append([submitted('SL-RACE-0002-BB', { idempotencyKey: 'kept-key-hash-00000001' })])).rejects.toMatchObject({ kind: 'complaint', seq: 1 });
        await expect(reopened.append([keyed('kept-key-hash-00000002', 4)])).rejects.toMatchObject({ kind: 'rating', seq: 3 });
        await expect(reopened.append([action('complaint.started', 'staff-a', 5)], { expectedVersions: { [CODE]: 1 } })).rejects.toMatchObject({ actual: 2 });
        await reopened.append([action('complaint.started', 'staff-a', 5)], { expectedVersions: { [CODE]: 2 } });
      }));
  }
}
