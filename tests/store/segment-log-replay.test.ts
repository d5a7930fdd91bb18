import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSegmentLogStore, type SegmentLogStore } from '../../server/store/segment-log/index.ts';
import type { StoredEvent } from '../../server/store/types.ts';
import { rating } from './fixtures/events.ts';

describe('segment-log replay', () => {
  let dir: string;
  let store: SegmentLogStore;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'suara-replay-'));
    store = await openSegmentLogStore({ dir, segmentSize: 10 });
    await store.append(Array.from({ length: 25 }, (_, n) => rating(n)));
  });
  const replayHashes = async () => {
    const hashes: string[] = [];
    (await store.subscribe((e) => hashes.push(e.hash)))();
    return hashes;
  };
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the log once for subscriptions made in the same turn: both get the same event objects', async () => {
    const first: StoredEvent[] = [];
    const second: StoredEvent[] = [];
    await Promise.all([store.subscribe((e) => first.push(e)), store.subscribe((e) => second.push(e))]);
    expect(first.map((e) => e.seq)).toEqual(Array.from({ length: 25 }, (_, n) => n + 1));
    expect(second.every((event, i) => event === first[i])).toBe(true);
    expect(second).toHaveLength(25);
  });

  it('shares one pass among subscriptions made in the same turn that resume after the same event', async () => {
    const after = { seq: 12, hash: (await replayHashes())[11]! };
    const first: StoredEvent[] = [];
    const second: StoredEvent[] = [];
    const whole: StoredEvent[] = [];
    await Promise.all([store.subscribe((e) => first.push(e), { after }), store.subscribe((e) => second.push(e), { after }), store.subscribe((e) => whole.push(e))]);
    expect(first.map((e) => e.seq)).toEqual(Array.from({ length: 13 }, (_, n) => n + 13));
    expect(second.every((event, i) => event === first[i])).toBe(true);
    expect(whole).toHaveLength(25);
    expect(whole[12]).not.toBe(first[0]);
  });

  it('replays separately for a subscription made later, and delivers later commits to all', async () => {
    const first: StoredEvent[] = [];
    await store.subscribe((e) => first.push(e));
    const second: StoredEvent[] = [];
    await store.subscribe((e) => second.push(e));
    expect(second).toEqual(first);
    expect(second[0]).not.toBe(first[0]);
    await store.append([rating(99)]);
    expect(first.at(-1)).toBe(second.at(-1));
    expect(first.at(-1)!.seq).toBe(26);
  });
});
