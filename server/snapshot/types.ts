import type { ChainHead } from '../store/types.ts';

/**
 * One view's share of a snapshot, captured at the snapshot's seq: how many lines it holds, and the
 * lines themselves, encoded only as the writer asks for them (copy on write, ./copy-on-write.ts,
 * keeps them as of the capture while the view goes on changing).
 */
export type SnapshotPart = {
  name: string;
  count: number;
  lines(): Iterable<string>;
  /** Called once the write ends, written or not: stops watching the view. */
  release?(): void;
};

/** Views captured for a snapshot: as of `head`, the last event they had applied. */
export type CapturedViews = { head: ChainHead; parts: SnapshotPart[] };

/**
 * A snapshot as read back: each part's lines, by name, as bytes (views of the file read, without
 * the newline): a part decodes what it needs, and may keep bytes it does not need yet as bytes.
 */
export type SnapshotLines = ReadonlyMap<string, readonly Buffer[]>;

/** Views restored from a snapshot resume after `head`. */
export type LoadedSnapshot = { head: ChainHead; parts: SnapshotLines };

/** What writing one took, for the log and the numbers. */
export type SnapshotWriteStats = { bytes: number; lines: number; totalMs: number; busyMs: number; longestSliceMs: number };

/** Where views snapshots are kept: server/snapshot/file.ts on disk, anything else in tests. */
export interface SnapshotStore {
  /**
   * The last snapshot written under `key` (the views' code and what they read from the catalog:
   * ./key.ts), or undefined when there is none usable; says why in one log line (not when there is
   * none at all, as on a first start).
   */
  load(key: string): Promise<LoadedSnapshot | undefined>;
  /** Writes `captured` under `key`; the previous snapshot stays until the new one is complete. */
  save(key: string, captured: CapturedViews): Promise<SnapshotWriteStats>;
}
