import type { Clock } from '../clock.ts';
import { createIdempotencyIndex, type IdempotencyIndex } from '../idempotency/index.ts';
import { captureIdempotency, decodeIdempotency } from '../idempotency/snapshot.ts';
import { createViews, type Views } from '../views/index.ts';
import { decodeViews } from '../views/serialisation/index.ts';
import { ResumePointMismatch } from '../store/resume.ts';
import type { ChainHead, Store } from '../store/types.ts';
import { snapshotKey } from './key.ts';
import type { CapturedViews, LoadedSnapshot, SnapshotStore } from './types.ts';

export type OpenedViews = {
  views: Views;
  idempotency: IdempotencyIndex;
  /** The snapshot key of the catalog the views were built with (./key.ts). */
  key: string;
  /** The snapshot the views were restored from, if they were. */
  restoredFrom?: ChainHead;
  /** The views as of now for a snapshot, or undefined when they are not all at the same event. */
  capture(): CapturedViews | undefined;
};

/**
 * The views at start-up: restored from the last snapshot and the events after it when there is a
 * usable one, else replayed from the whole log. Both views subscribe in the same turn from the same
 * point, so the store reads the log (or its tail) once for both.
 */
export async function openViews({
  store,
  clock,
  serverKey,
  snapshots,
  log = console.log
}: {
  store: Store;
  clock: Clock;
  serverKey?: Buffer;
  snapshots?: SnapshotStore;
  log?: (line: string) => void;
}): Promise<OpenedViews> {
  const started = performance.now();
  const key = snapshotKey(store.catalog.get());
  const snapshot = await snapshots?.load(key);
  const restored = snapshot && (await restore(store, clock, serverKey, snapshot, log));
  if (restored) {
    const replayed = restored.views.head().seq - snapshot.head.seq;
    log(`Tampilan dari snapshot / views from snapshot: kejadian ${snapshot.head.seq} + ${replayed} sesudahnya / after (${Math.round(performance.now() - started)} ms)`);
    return withCapture(key, restored.views, restored.idempotency, snapshot.head);
  }
  const [views, idempotency] = await Promise.all([createViews(store), createIdempotencyIndex(store, clock, serverKey)]);
  return withCapture(key, views, idempotency);
}

async function restore(store: Store, clock: Clock, serverKey: Buffer | undefined, { head, parts }: LoadedSnapshot, log: (line: string) => void) {
  let state;
  try {
    state = { views: decodeViews(parts), idempotency: decodeIdempotency(parts) };
  } catch (error) {
    log(`Snapshot rusak / damaged (${(error as Error).message}): replay penuh / full replay`);
    return undefined;
  }
  const [views, idempotency] = await Promise.allSettled([createViews(store, { head, state: state.views }), createIdempotencyIndex(store, clock, serverKey, { head, entries: state.idempotency })]);
  if (views.status === 'fulfilled' && idempotency.status === 'fulfilled') return { views: views.value, idempotency: idempotency.value };
  for (const settled of [views, idempotency]) if (settled.status === 'fulfilled') settled.value.stop();
  const error = views.status === 'rejected' ? views.reason : (idempotency as PromiseRejectedResult).reason;
  if (!(error instanceof ResumePointMismatch)) throw error;
  log(`Snapshot tidak cocok dengan log / does not fit the log (${error.message}): replay penuh / full replay`);
  return undefined;
}

function withCapture(key: string, views: Views, idempotency: IdempotencyIndex, restoredFrom?: ChainHead): OpenedViews {
  return {
    key,
    views,
    idempotency,
    restoredFrom,
    capture() {
      // Both are fed by the same commits in the same turn; this only guards against a change that would break that.
      const head = views.head();
      if (idempotency.head().seq !== head.seq) return undefined;
      return { head, parts: [...views.capture(), captureIdempotency(idempotency)] };
    }
  };
}
