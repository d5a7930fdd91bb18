import { describe, expect, it } from 'vitest';
import { manualClock } from '../clock.ts';
import { createMemoryStore } from '../store/memory/index.ts';
import type { ChainHead } from '../store/types.ts';
import { EventMix, MIX_NOW, mixCatalog } from './event-mix.ts';
import { keepSnapshots, type SnapshotPolicy } from './keeper.ts';
import { openViews } from './open-views.ts';
import type { SnapshotStore } from './types.ts';

const policy: SnapshotPolicy = { everyEvents: 50, everyMs: 60_000, checkMs: 5, afterStartupTail: 100, restPerBusyMs: 0 };

/** A save that waits until `finish()` is called. */
function deferred() {
  let finish = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { done, finish };
}

/** Records the heads saved; each save waits for `gate` when given, and says it kept the main thread busy `busyMs`. */
function recording(gate?: Promise<void>, busyMs = 0): SnapshotStore & { heads: ChainHead[] } {
  const heads: ChainHead[] = [];
  return {
    heads,
    load: async () => undefined,
    async save(_key, captured) {
      for (const part of captured.parts) Array.from(part.lines()); // read as a writer would
      await gate;
      for (const part of captured.parts) part.release?.();
      heads.push(captured.head);
      return { bytes: 1, lines: 1, totalMs: busyMs, busyMs, longestSliceMs: 0 };
    }
  };
}

/** The keeper's timer, fired by hand: `tick()` runs one check and waits for the write it started. */
function manualTimer() {
  let check: (() => Promise<void>) | undefined;
  return {
    every: (_ms: number, run: () => Promise<void>) => {
      check = run;
      return () => (check = undefined);
    },
    tick: () => check?.() ?? Promise.resolve(),
    get running() {
      return check !== undefined;
    }
  };
}

async function setUp(initial: number, snapshots = recording(), overrides: Partial<SnapshotPolicy> = {}) {
  const store = createMemoryStore(mixCatalog);
  const mix = new EventMix(9);
  await store.append(mix.take(initial));
  const clock = manualClock(MIX_NOW);
  const opened = await openViews({ store, clock, log: () => {} });
  const lines: string[] = [];
  const timer = manualTimer();
  const keeper = keepSnapshots({
    opened,
    snapshots,
    catalog: () => store.catalog.get(),
    policy: { ...policy, ...overrides },
    clock,
    every: timer.every,
    log: (line) => lines.push(line)
  });
  return { store, mix, snapshots, keeper, lines, clock, timer };
}

describe('keepSnapshots', () => {
  it('writes one right after a start-up that replayed a long tail', async () => {
    const { snapshots, keeper, lines, timer } = await setUp(150);
    expect(snapshots.heads).toEqual([]); // at the first check, not during start-up
    await timer.tick();
    expect(snapshots.heads.map((head) => head.seq)).toEqual([150]);
    expect(lines.join()).toMatch(/Snapshot ditulis \/ written: kejadian 150/);
    await keeper.close();
  });

  it('writes once enough events arrived since the last one (or since the start of a log without one), and a last one on close only if events arrived', async () => {
    const { store, mix, snapshots, keeper, timer } = await setUp(20);
    await store.append(mix.take(25));
    await timer.tick();
    expect(snapshots.heads).toEqual([]);
    await store.append(mix.take(10));
    await timer.tick();
    expect(snapshots.heads.map((head) => head.seq)).toEqual([55]);
    await store.append(mix.take(40));
    await timer.tick();
    expect(snapshots.heads.map((head) => head.seq)).toEqual([55]);
    await keeper.close();
    expect(timer.running).toBe(false);
    expect(snapshots.heads.map((head) => head.seq)).toEqual([55, 95]);
    await keeper.close();
    expect(snapshots.heads.map((head) => head.seq)).toEqual([55, 95]);
  });

  it('under a sustained burst, rests after a write in proportion to the work it took, then writes what piled up', async () => {
    const { store, mix, snapshots, keeper, clock, timer } = await setUp(20, recording(undefined, 10), { restPerBusyMs: 19 });
    await store.append(mix.take(50));
    await timer.tick();
    expect(snapshots.heads.map((head) => head.seq)).toEqual([70]);
    await store.append(mix.take(120)); // more than everyEvents twice over, within the rest
    clock.advance(189);
    await timer.tick();
    expect(snapshots.heads.map((head) => head.seq)).toEqual([70]);
    clock.advance(1); // 19 × 10 ms after the write
    await timer.tick();
    expect(snapshots.heads.map((head) => head.seq)).toEqual([70, 190]);
    await keeper.close();
  });

  it('writes after a while if any event arrived, and not while none do', async () => {
    const { store, mix, snapshots, keeper, clock, timer } = await setUp(20, recording(), { everyMs: 30 });
    clock.advance(29);
    await timer.tick();
    expect(snapshots.heads).toEqual([]);
    clock.advance(1);
    await timer.tick();
    expect(snapshots.heads.map((head) => head.seq)).toEqual([20]);
    clock.advance(60);
    await timer.tick();
    expect(snapshots.heads.map((head) => head.seq)).toEqual([20]);
    await store.append(mix.take(2));
    await timer.tick(); // the last snapshot is 60 ms old: due at once
    expect(snapshots.heads.map((head) => head.seq)).toEqual([20, 22]);
    await keeper.close();
  });

  it('waits for a write in progress on close, then writes what came after it, within the time given', async () => {
    const gate = deferred();
    const { store, mix, snapshots, keeper } = await setUp(20, recording(gate.done));
    await store.append(mix.take(60));
    const writing = keeper.write();
    await store.append(mix.take(3));
    const closing = keeper.close();
    gate.finish();
    await closing;
    await writing;
    expect(snapshots.heads.map((head) => head.seq)).toEqual([80, 83]);
    // A save that never ends: close gives up after the time given, and the save is still unfinished.
    const stuck = deferred();
    const slow = await setUp(20, recording(stuck.done));
    await slow.store.append(mix.take(5));
    await slow.keeper.close(50);
    expect(slow.snapshots.heads).toEqual([]);
    stuck.finish();
  });

  it('waits as long as between two snapshots before trying again after a failed write', async () => {
    const failing = recording();
    let attempts = 0;
    failing.save = async (_key, captured) => {
      attempts++;
      for (const part of captured.parts) part.release?.();
      throw new Error('disk full');
    };
    const { store, mix, keeper, lines, clock, timer } = await setUp(20, failing);
    await store.append(mix.take(60));
    await timer.tick();
    await timer.tick();
    clock.advance(policy.everyMs - 1);
    await timer.tick();
    expect(attempts).toBe(1);
    expect(lines.join()).toMatch(/Snapshot gagal \/ failed: disk full/);
    clock.advance(1);
    await timer.tick();
    expect(attempts).toBe(2);
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
