import { describe, expect, it } from 'vitest';
import { manualClock } from '../clock.ts';
import { DuplicateSubmission } from '../store/conflicts.ts';
import { hashKey, IdempotencyIndex, KEY_PATTERN } from './index.ts';

describe('IdempotencyIndex', () => {
  const clock = manualClock(Date.parse('2026-11-25T03:00:00Z'));

  it('hashes keys to 22 URL-safe characters, the same each time', () => {
    expect(hashKey('Hc2f0sQyJ5m1uXKq8bNw1g')).toMatch(/^[\w-]{22}$/);
    expect(hashKey('Hc2f0sQyJ5m1uXKq8bNw1g')).toBe(hashKey('Hc2f0sQyJ5m1uXKq8bNw1g'));
    expect(hashKey('Hc2f0sQyJ5m1uXKq8bNw1g')).not.toBe(hashKey('Hc2f0sQyJ5m1uXKq8bNw1h'));
  });

  it('derives a complaint secret from the key and the server key alone: stable across restarts, not guessable', () => {
    const a = new IdempotencyIndex(clock, Buffer.alloc(32, 1));
    const again = new IdempotencyIndex(clock, Buffer.alloc(32, 1));
    const other = new IdempotencyIndex(clock, Buffer.alloc(32, 2));
    expect(a.complaintSecret('k'.repeat(22))).toBe(again.complaintSecret('k'.repeat(22)));
    expect(a.complaintSecret('k'.repeat(22))).not.toBe(other.complaintSecret('k'.repeat(22)));
    expect(a.complaintSecret('k'.repeat(22))).toMatch(/^[0-9A-HJKMNP-TV-Z]{24}$/);
    expect(a.legacyComplaintSecret('k'.repeat(22))).toMatch(/^[\w-]{22}$/);
  });

  it('takes 16–128 URL-safe characters as a key', () => {
    expect(KEY_PATTERN.test('a'.repeat(15))).toBe(false);
    expect(KEY_PATTERN.test('a'.repeat(16))).toBe(true);
    expect(KEY_PATTERN.test('a'.repeat(129))).toBe(false);
    expect(KEY_PATTERN.test('550e8400-e29b-41d4-a716-446655440000')).toBe(true);
    expect(KEY_PATTERN.test('kunci dengan spasi!!')).toBe(false);
  });

  it('answers a key once learned from a stored event, and keeps ratings and complaints apart', async () => {
    const index = new IdempotencyIndex(clock, Buffer.alloc(32));
    const key = 'Hc2f0sQyJ5m1uXKq8bNw1g';
    index.apply({ type: 'rating.recorded', at: clock.now(), officeId: 'kua-x', score: 4, channel: 'widget', idempotencyKey: hashKey(key), seq: 7, hash: 'h' });
    const replay = (first: { seq: number }) => `r${first.seq}`;
    expect(await index.once({ kind: 'rating', key, officeId: 'kua-x', submit: async () => 'new', replay })).toEqual({ body: 'r7', replayed: true });
    expect(await index.once({ kind: 'complaint', key, officeId: 'kua-x', submit: async () => 'new', replay })).toEqual({ body: 'new', replayed: false });
  });

  it('answers a DuplicateSubmission from the store (a key another process stored) like a repeat, once it has seen that event', async () => {
    const index = new IdempotencyIndex(clock, Buffer.alloc(32));
    const key = 'Hc2f0sQyJ5m1uXKq8bNw1g';
    const replay = (first: { seq: number }) => `r${first.seq}`;
    const answer = index.once({
      kind: 'rating',
      key,
      officeId: 'kua-x',
      submit: async (keyHash) => {
        throw new DuplicateSubmission('rating', keyHash!, 9);
      },
      replay
    });
    // The event the store names arrives after the refusal, as from another process.
    await Promise.resolve();
    index.apply({ type: 'rating.recorded', at: clock.now(), officeId: 'kua-x', score: 4, channel: 'widget', idempotencyKey: hashKey(key), seq: 9, hash: 'h' });
    expect(await answer).toEqual({ body: 'r9', replayed: true });
    const other = index.once({ kind: 'rating', key: 'Zc2f0sQyJ5m1uXKq8bNw1g', officeId: 'kua-x', submit: () => Promise.reject(new Error('disk')), replay });
    await expect(other).rejects.toThrow('disk');
  });
});
