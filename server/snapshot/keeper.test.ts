import { describe, expect, it } from 'vitest';
import { manualClock } from '../clock.ts';
import { createMemoryStore } from '../store/memory/index.ts';
import type { ChainHead } from '../store/types.ts';
import { EventMix, MIX_NOW, mixCatalog } from './event-mix.ts';
import { keepSnapshots, type SnapshotPolicy } from './keeper.ts';
import { openViews } from './open-views.ts';
import type { SnapshotStore } from './types.ts';

const policy: SnapshotPolicy = { everyEvents: 50, everyMs: 60_000, checkMs: 5, afterStartupTail: 100 };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Records the heads saved; saving takes `ms`. */
function recording(ms = 0): SnapshotStore & { heads: ChainHead[] } {
  const heads: ChainHead[] = [];
  return {
    heads,
    load: async () => undefined,
    async save(_key, captured) {
      for (const part of captured.parts) [...part.lines()];
      await pause(ms);
      for (const part of captured.parts) part.release?.();
      heads.push(captured.head);
      return { bytes: 1, lines: 1, totalMs: ms, busyMs: 0, longestSliceMs: 0 };
    }
  };
}

async function setUp(initial: number, snapshots = recording(), overrides: Partial<SnapshotPolicy> = {}) {
  const store = createMemoryStore(mixCatalog);
  const mix = new EventMix(9);
  await store.append(mix.take(initial));
  const opened = await openViews({ store, clock: manualClock(MIX_NOW), log: () => {} });
  const lines: string[] = [];
  const keeper = keepSnapshots({ opened, snapshots, catalog: () => store.catalog.get(), policy: { ...policy, ...overrides }, log: (line) => lines.push(line) });
  return { store, mix, snapshots, keeper, lines };
}

describe('keepSnapshots', () => {
  it('writes one right after a start-up that replayed a long tail', async () => {
    const { snapshots, keeper, lines } = await setUp(150);
    await pause(20);
    expect(snapshots.heads.map((head) => head.seq)).toEqual([150]);
    expect(lines.join()).toMatch(/Snapshot ditulis \/ written: kejadian 150/);
    await keeper.close();
  });

  it('writes once enough events arrived since the last one (or since the start of a log without one), and a last one on close only if events arrived', async () => {
    const { store, mix, snapshots, keeper } = await setUp(20);
    await store.append(mix.take(25));
    await pause(20);
    expect(snapshots.heads).toEqual([]);
    await store.append(mix.take(10));
    await pause(20);
    expect(snapshots.heads.map((head) => head.seq)).toEqual([55]);
    await store.append(mix.take(40));
    await pause(20);
    expect(snapshots.heads.map((head) => head.seq)).toEqual([55]);
    await keeper.close();
    expect(snapshots.heads.map((head) => head.seq)).toEqual([55, 95]);
    await keeper.close();
    expect(snapshots.heads.map((head) => head.seq)).toEqual([55, 95]);
  });

  it('writes after a while if any event arrived, and not while none do', async () => {
    const { store, mix, snapshots, keeper } = await setUp(20, recording(), { everyMs: 30 });
    await pause(60);
    expect(snapshots.heads.map((head) => head.seq)).toEqual([20]);
    await pause(60);
    expect(snapshots.heads.map((head) => head.seq)).toEqual([20]);
    await store.append(mix.take(2));
    await pause(60);
    expect(snapshots.heads.map((head) => head.seq)).toEqual([20, 22]);
    await keeper.close();
  });

  it('waits for a write in progress on close, then writes what came after it, within the time given', async () => {
    const { store, mix, snapshots, keeper } = await setUp(20, recording(30));
    await store.append(mix.take(60));
    const writing = keeper.write();
    await store.append(mix.take(3));
    await keeper.close();
    await writing;
    expect(snapshots.heads.map((head) => head.seq)).toEqual([80, 83]);
    const slow = await setUp(20, recording(1_000));
    await slow.store.append(mix.take(5));
    const started = performance.now();
    await slow.keeper.close(50);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('waits as long as between two snapshots before trying again after a failed write', async () => {
    const failing = recording();
    let attempts = 0;
    failing.save = async (_key, captured) => {
      attempts++;
      for (const part of captured.parts) part.release?.();
      throw new Error('disk full');
    };
    const { store, mix, keeper, lines } = await setUp(20, failing);
    await store.append(mix.take(60));
    await pause(40);
    expect(attempts).toBe(1);
    expect(lines.join()).toMatch(/Snapshot gagal \/ failed: disk full/);
    await keeper.close();
  });

  it('writes nothing once the catalog the views read changed, until the next start', async () => {
    const { store, mix, snapshots, keeper, lines } = await setUp(20);
    await store.catalog.update((draft) => void draft.holidays.push('2026-12-24'));
    await store.append(mix.take(60));
    await keeper.write();
    expect(snapshots.heads).toEqual([]);
    expect(lines.join()).toMatch(/catalog changed/);
    await keeper.close();
  });
});
