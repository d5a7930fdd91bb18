import { open, rm, type FileHandle } from 'node:fs/promises';
import { hashLine } from '../chain.ts';
import { ChainLinkMismatch } from '../chain-link.ts';
import { decodeLine, encodeStoredEvent, readPrevHash } from '../codec.ts';
import type { StreamGuard } from '../stream-guard.ts';
import type { AppendOptions, ChainHead, DomainEvent, StoredEvent } from '../types.ts';
import { fsyncPath } from './fsync.ts';
import { PRIVATE_FILE_MODE } from './modes.ts';
import { listSegments, segmentPath, type RecoveredLog, type Segment } from './segments.ts';
import { StorageFailing } from './unavailable.ts';

/** Where the log stood before a batch: a failed batch is cut back to it. */
type CommitPoint = { segments: number; count: number; bytes: number };

type Pending = { lines: string[]; events: StoredEvent[]; guard?: StreamGuard; resolve: (events: StoredEvent[]) => void; reject: (error: unknown) => void };

/** Counters that show group commit at work: many appends, few writes. */
export type WriterStats = { appends: number; events: number; batches: number; writes: number; syncs: number; syncSeconds: number };

/**
 * Appends lines to the active segment with group commit: appends that arrive while a write is in
 * flight wait and go out together in the next write, one datasync for all of them.
 */
export class SegmentWriter {
  readonly segments: Segment[];
  readonly stats: WriterStats = { appends: 0, events: 0, batches: 0, writes: 0, syncs: 0, syncSeconds: 0 };
  #handle: FileHandle;
  #activeCount: number;
  #tip: ChainHead; // last event handed out (maybe not yet durable)
  #committed: ChainHead; // last event durable and delivered
  #queue: Pending[] = [];
  #flushing: Promise<void> | undefined;
  #closing: Promise<void> | undefined;
  #committedBytes: number; // size of the active segment up to its last durable line
  #rollBackTo: CommitPoint | undefined; // set while a batch is written, and after it failed until cut back
  #failing: { since: Date; error: string } | undefined;

  private constructor(
    readonly eventsDir: string,
    readonly segmentSize: number,
    recovered: RecoveredLog,
    handle: FileHandle,
    committedBytes: number,
    readonly onCommit: (events: StoredEvent[]) => void,
    readonly log: (line: string) => void
  ) {
    this.segments = recovered.segments;
    this.#activeCount = recovered.lastCount;
    this.#tip = this.#committed = recovered.head;
    this.#handle = handle;
    this.#committedBytes = committedBytes;
  }

  /** Opens the last segment for appending (creating the first one in an empty log). */
  static async open(eventsDir: string, segmentSize: number, recovered: RecoveredLog, onCommit: (events: StoredEvent[]) => void, log: (line: string) => void = console.log) {
    if (recovered.segments.length === 0) recovered.segments.push(await createSegment(eventsDir, 1));
    const handle = await open(recovered.segments.at(-1)!.path, 'a', PRIVATE_FILE_MODE);
    const { size } = await handle.stat();
    return new SegmentWriter(eventsDir, segmentSize, recovered, handle, size, onCommit, log);
  }

  /** Since when, and with what error, writes have been failing; undefined while they succeed. */
  get failing(): { since: Date; error: string } | undefined {
    return this.#failing;
  }

  /** The last event that is durable and has been delivered to listeners. */
  get committed(): ChainHead {
    return this.#committed;
  }

  /**
   * Numbers and chains `events` now, and resolves once they are durable. With a `guard`, the append is checked
   * against it and recorded in it as it is numbered, so appends racing in one tick see each other
   * (../stream-guard.ts); what a failed write rejects is taken back from it.
   */
  append(events: readonly DomainEvent[], guard?: StreamGuard, options?: AppendOptions): Promise<StoredEvent[]> {
    if (this.#closing) return Promise.reject(new Error('store is closed'));
    const lines: string[] = [];
    const stored: StoredEvent[] = [];
    let { seq, hash } = this.#tip;
    try {
      guard?.check(events, options, seq + 1);
      for (const event of events) {
        // The event as decoding its line gives it (without decoding it): live events are identical to replayed ones.
        const encoded = encodeStoredEvent(event, hash);
        hash = hashLine(seq + 1, encoded.line);
        lines.push(encoded.line);
        stored.push(Object.assign(encoded.event, { seq: ++seq, hash }));
      }
    } catch (error) {
      return Promise.reject(error); // nothing was queued: an unstorable event fails the whole call
    }
    return this.#enqueue(lines, stored, { seq, hash }, guard);
  }

  /**
   * Appends lines another store wrote (store:copy, docs/scaling.md), as they are: each must link to the one
   * before it ("p"), so they keep their seqs and hashes. Rejects without queueing anything if one does not.
   * The source already held its rules; `guard` only learns the events, as from a replay.
   */
  appendLines(lines: readonly string[], guard?: StreamGuard): Promise<StoredEvent[]> {
    if (this.#closing) return Promise.reject(new Error('store is closed'));
    const stored: StoredEvent[] = [];
    let { seq, hash } = this.#tip;
    try {
      for (const line of lines) {
        if (readPrevHash(line) !== hash || line.includes('\n')) throw new ChainLinkMismatch(seq + 1, hash);
        hash = hashLine(seq + 1, line);
        stored.push(Object.assign(decodeLine(line).event, { seq: ++seq, hash }));
      }
    } catch (error) {
      return Promise.reject(error);
    }
    return this.#enqueue([...lines], stored, { seq, hash }, guard);
  }

  #enqueue(lines: string[], stored: StoredEvent[], tip: ChainHead, guard: StreamGuard | undefined): Promise<StoredEvent[]> {
    if (stored.length === 0) return Promise.resolve([]);
    this.#tip = tip;
    if (guard) for (const event of stored) guard.record(event, event.seq);
    this.stats.appends++;
    this.stats.events += stored.length;
    return new Promise((resolve, reject) => {
      this.#queue.push({ lines, events: stored, guard, resolve, reject });
      // Start on a microtask, so appends made in the same tick already share the first write.
      this.#flushing ??= Promise.resolve().then(() => this.#drain());
    });
  }

  /** Waits for everything queued, then releases the file. */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      await this.#flushing;
      if (this.#rollBackTo) await this.#rollBack().catch(() => {});
      await this.#handle.close();
    })();
    return this.#closing;
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#queue;
      this.#queue = [];
      try {
        // A batch that failed before is cut back first: nothing is written after half a line.
        if (this.#rollBackTo) await this.#rollBack();
        this.#rollBackTo = { segments: this.segments.length, count: this.#activeCount, bytes: this.#committedBytes };
        await this.#write(batch.flatMap((pending) => pending.lines));
        this.#rollBackTo = undefined;
      } catch (error) {
        await this.#failed(error, batch);
        continue;
      }
      if (this.#failing) {
        this.log(`Penyimpanan pulih / storage recovered: writes succeed again (failing since ${this.#failing.since.toISOString()})`);
        this.#failing = undefined;
      }
      const events = batch.flatMap((pending) => pending.events);
      const last = events.at(-1)!;
      this.#committed = { seq: last.seq, hash: last.hash };
      this.onCommit(events);
      for (const pending of batch) pending.resolve(pending.events);
    }
    this.#flushing = undefined;
  }

  /**
   * A write or sync failed (a full disk, an I/O error): none of the batch is acknowledged, nor what was
   * queued behind it (chained onto it); the log goes back to its last committed line, now if the
   * disk lets it, else before the next write. Later appends simply try again, so writes recover
   * by themselves once the disk does.
   */
  async #failed(error: unknown, batch: Pending[]): Promise<void> {
    const failure = new StorageFailing(error);
    const message = error instanceof Error ? error.message : String(error);
    if (!this.#failing) this.log(`PENYIMPANAN GAGAL / STORAGE FAILING: ${message}; writes answer 503 until one succeeds again`);
    this.#failing ??= { since: new Date(), error: message };
    const rejected = [...batch, ...this.#queue];
    this.#queue = [];
    this.#tip = this.#committed;
    for (const pending of [...rejected].reverse()) pending.guard?.forget(pending.events);
    // Cut back before answering, so that a 503 means the log is at its last committed line again.
    await this.#rollBack().catch((rollBackError: Error) => this.log(`Pemulihan log ditunda / log rollback postponed: ${rollBackError.message}`));
    for (const pending of rejected) pending.reject(failure);
  }

  /** Cuts the log back to the point before the failed batch: segments it created go, the active one is truncated. */
  async #rollBack(): Promise<void> {
    const point = this.#rollBackTo!;
    await this.#handle.close().catch(() => {});
    const kept = this.segments[point.segments - 1]!;
    let removed = false;
    for (const segment of await listSegments(this.eventsDir)) {
      if (segment.base > kept.base) await rm(segment.path, { force: true }).then(() => (removed = true));
    }
    if (removed) await fsyncPath(this.eventsDir, { directory: true });
    this.segments.length = point.segments;
    this.#handle = await open(kept.path, 'a', PRIVATE_FILE_MODE);
    await this.#handle.truncate(point.bytes);
    await this.#handle.sync();
    this.#activeCount = point.count;
    this.#committedBytes = point.bytes;
    this.#rollBackTo = undefined;
  }

  async #write(lines: string[]): Promise<void> {
    this.stats.batches++;
    let start = 0;
    while (start < lines.length) {
      if (this.#activeCount >= this.segmentSize) await this.#rollOver();
      const count = Math.min(lines.length - start, this.segmentSize - this.#activeCount);
      const bytes = Buffer.from(lines.slice(start, start + count).join('\n') + '\n');
      // One write per batch and segment; loop only because a write may be partial.
      for (let offset = 0; offset < bytes.length;) {
        this.stats.writes++;
        offset += (await this.#handle.write(bytes, offset, bytes.length - offset)).bytesWritten;
      }
      this.stats.syncs++;
      const syncStarted = performance.now();
      await this.#handle.datasync();
      // Once per batch, not per request: the time the metrics show as suara_fsync_seconds_total.
      this.stats.syncSeconds += (performance.now() - syncStarted) / 1000;
      this.#committedBytes += bytes.length;
      this.#activeCount += count;
      start += count;
    }
  }

  async #rollOver(): Promise<void> {
    const active = this.segments.at(-1)!;
    const next = await createSegment(this.eventsDir, active.base + this.#activeCount);
    await this.#handle.close(); // sealed: never opened for writing again
    this.segments.push(next);
    this.#activeCount = 0;
    this.#committedBytes = 0;
    this.#handle = await open(next.path, 'a', PRIVATE_FILE_MODE);
  }
}

/** Creates an empty segment and makes its name durable (fsync of the directory). */
async function createSegment(eventsDir: string, base: number): Promise<Segment> {
  const path = segmentPath(eventsDir, base);
  await (await open(path, 'ax', PRIVATE_FILE_MODE)).close();
  await fsyncPath(eventsDir, { directory: true });
  return { base, path };
}
