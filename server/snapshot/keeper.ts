import { systemClock, type Clock } from '../clock.ts';
import type { Catalog } from '../store/types.ts';
import { snapshotKey } from './key.ts';
import type { OpenedViews } from './open-views.ts';
import type { SnapshotStore } from './types.ts';

export type SnapshotPolicy = {
  /** Write once this many events arrived since the last snapshot… */
  everyEvents: number;
  /** …or this long after it, if any event arrived at all. */
  everyMs: number;
  /** How often the two are checked. */
  checkMs: number;
  /** Write right after start-up when the views replayed more than this many events. */
  afterStartupTail: number;
  /**
   * After a write, the count of events alone starts the next one only once this many times the main-thread time
   * that write took has passed: under a sustained burst of writes, snapshots take at most 1/(1 + rest) of the main
   * thread instead of one write per `everyEvents` (docs/architecture.md, "Views").
   */
  restPerBusyMs: number;
};

/** How the log line of each snapshot written begins (the bench counts them). */
export const SNAPSHOT_WRITTEN = 'Snapshot ditulis / written';

export const SNAPSHOT_POLICY: SnapshotPolicy = { everyEvents: 100_000, everyMs: 10 * 60_000, checkMs: 5_000, afterStartupTail: 50_000, restPerBusyMs: 19 };

/** Calls `check` every `ms` until stopped; the keeper's only timer, injected so tests decide when it fires. */
export type Every = (ms: number, check: () => Promise<void>) => () => void;

const everyInterval: Every = (ms, check) => {
  const timer = setInterval(() => void check(), ms);
  timer.unref();
  return () => clearInterval(timer);
};

export type SnapshotKeeper = {
  /** Writes a snapshot now unless one is as of the current event already (or is being written: waits for it). */
  write(): Promise<void>;
  /** Stops the timer and writes a last snapshot if events arrived, giving up after `withinMs`. */
  close(withinMs?: number): Promise<void>;
  /** The last snapshot this process wrote (or restored at start, as of the start): its event and when (metrics). */
  last(): { seq: number; at: number };
};

/**
 * Keeps the views' snapshot recent, so a restart replays only a short tail of the log: after a long
 * start-up replay, periodically while events arrive, and on shutdown. One write at a time; a failed
 * write is logged and the previous snapshot stays.
 */
export function keepSnapshots({
  opened,
  snapshots,
  catalog,
  policy = SNAPSHOT_POLICY,
  clock = systemClock,
  every = everyInterval,
  log = console.log
}: {
  opened: OpenedViews;
  snapshots: SnapshotStore;
  catalog: () => Catalog;
  policy?: SnapshotPolicy;
  /** Decides when `everyMs` has passed (the server's injected clock). */
  clock?: Clock;
  every?: Every;
  log?: (line: string) => void;
}): SnapshotKeeper {
  let last = { seq: opened.restoredFrom?.seq ?? 0, at: clock.now() };
  let writing: Promise<void> | undefined;
  let catalogChanged = false;
  let failedAt = -Infinity;
  let restUntil = -Infinity;

  const writeOnce = async () => {
    if (opened.views.head().seq === last.seq) return;
    // Views built under another catalog would not equal a replay under this one: leave it to the next start.
    if (snapshotKey(catalog()) !== opened.key) {
      if (!catalogChanged) log('Katalog berubah / catalog changed: snapshot ditunda sampai start berikutnya / waits for the next start');
      catalogChanged = true;
      return;
    }
    const captured = opened.capture();
    if (!captured) return;
    try {
      const stats = await snapshots.save(opened.key, captured);
      last = { seq: captured.head.seq, at: clock.now() };
      restUntil = last.at + policy.restPerBusyMs * stats.busyMs;
      const mb = (stats.bytes / 1e6).toFixed(1);
      log(`${SNAPSHOT_WRITTEN}: kejadian ${captured.head.seq}, ${mb} MB, ${Math.round(stats.totalMs)} ms (blok terlama / longest block ${stats.longestSliceMs.toFixed(1)} ms)`);
    } catch (error) {
      failedAt = clock.now();
      log(`Snapshot gagal / failed: ${(error as Error).message}`);
    }
  };
  const write = () => (writing ??= writeOnce().finally(() => (writing = undefined)));

  // At the first check, not at once: start-up finishes first, and the write runs beside the first requests.
  let longStartUp = opened.views.head().seq - last.seq > policy.afterStartupTail;
  const stop = every(policy.checkMs, async () => {
    const since = opened.views.head().seq - last.seq;
    const now = clock.now();
    // After a failure (a full disk, say) the timer waits as long as between two snapshots before it tries again.
    const due = longStartUp || (since >= policy.everyEvents && now >= restUntil) || (since > 0 && now - last.at >= policy.everyMs);
    longStartUp = false;
    if (due && now - failedAt >= policy.everyMs) await write();
  });

  return {
    write,
    last: () => last,
    async close(withinMs = 8_000) {
      stop();
      let timeout: NodeJS.Timeout | undefined;
      const final = (async () => {
        await writing;
        await write();
      })();
      await Promise.race([final, new Promise((resolve) => (timeout = setTimeout(resolve, withinMs)))]);
      clearTimeout(timeout);
    }
  };
}
