import { open, type FileHandle } from 'node:fs/promises';
import { hashLine } from '../chain.ts';
import { encodeStoredEvent } from '../codec.ts';
import type { ChainHead, DomainEvent, StoredEvent } from '../types.ts';
import { fsyncPath } from './fsync.ts';
import { segmentPath, type RecoveredLog, type Segment } from './segments.ts';

type Pending = { lines: string[]; events: StoredEvent[]; resolve: (events: StoredEvent[]) => void; reject: (error: unknown) => void };

/** Counters that show group commit at work: many appends, few writes. */
export type WriterStats = { appends: number; events: number; batches: number; writes: number; syncs: number };

/**
 * Appends lines to the active segment with group commit: appends that arrive while a write is in
 * flight wait and go out together in the next write, one datasync for all of them.
 */
export class SegmentWriter {
  readonly segments: Segment[];
  readonly stats: WriterStats = { appends: 0, events: 0, batches: 0, writes: 0, syncs: 0 };
  #handle: FileHandle;
  #activeCount: number;
  #tip: ChainHead; // last event handed out (maybe not yet durable)
  #committed: ChainHead; // last event durable and delivered
  #queue: Pending[] = [];
  #flushing: Promise<void> | undefined;
  #closing: Promise<void> | undefined;
  #failure: unknown;

  private constructor(
    readonly eventsDir: string,
    readonly segmentSize: number,
    recovered: RecoveredLog,
    handle: FileHandle,
    readonly onCommit: (events: StoredEvent[]) => void
  ) {
    this.segments = recovered.segments;
    this.#activeCount = recovered.lastCount;
    this.#tip = this.#committed = recovered.head;
    this.#handle = handle;
  }

  /** Opens the last segment for appending (creating the first one in an empty log). */
  static async open(eventsDir: string, segmentSize: number, recovered: RecoveredLog, onCommit: (events: StoredEvent[]) => void) {
    if (recovered.segments.length === 0) recovered.segments.push(await createSegment(eventsDir, 1));
    const handle = await open(recovered.segments.at(-1)!.path, 'a');
    return new SegmentWriter(eventsDir, segmentSize, recovered, handle, onCommit);
  }

  /** The last event that is durable and has been delivered to listeners. */
  get committed(): ChainHead {
    return this.#committed;
  }

  /** Numbers and chains `events` now, and resolves once they are durable. */
  append(events: readonly DomainEvent[]): Promise<StoredEvent[]> {
    if (this.#closing) return Promise.reject(new Error('store is closed'));
    if (this.#failure) return Promise.reject(this.#failure);
    const lines: string[] = [];
    const stored: StoredEvent[] = [];
    let { seq, hash } = this.#tip;
    try {
      for (const event of events) {
        // The event as decoding its line gives it (without decoding it): live events are identical to replayed ones.
        const encoded = encodeStoredEvent(event, hash);
        hash = hashLine(encoded.line);
        lines.push(encoded.line);
        stored.push(Object.assign(encoded.event, { seq: ++seq, hash }));
      }
    } catch (error) {
      return Promise.reject(error); // nothing was queued: an unstorable event fails the whole call
    }
    if (stored.length === 0) return Promise.resolve([]);
    this.#tip = { seq, hash };
    this.stats.appends++;
    this.stats.events += stored.length;
    return new Promise((resolve, reject) => {
      this.#queue.push({ lines, events: stored, resolve, reject });
      // Start on a microtask, so appends made in the same tick already share the first write.
      this.#flushing ??= Promise.resolve().then(() => this.#drain());
    });
  }

  /** Waits for everything queued, then releases the file. */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      await this.#flushing;
      await this.#handle.close();
    })();
    return this.#closing;
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#queue;
      this.#queue = [];
      try {
        await this.#write(batch.flatMap((pending) => pending.lines));
      } catch (error) {
        // What reached the disk is unknown now: refuse further appends; reopening recovers.
        this.#failure = error;
        for (const pending of [...batch, ...this.#queue]) pending.reject(error);
        this.#queue = [];
        break;
      }
      const events = batch.flatMap((pending) => pending.events);
      const last = events.at(-1)!;
      this.#committed = { seq: last.seq, hash: last.hash };
      this.onCommit(events);
      for (const pending of batch) pending.resolve(pending.events);
    }
    this.#flushing = undefined;
  }

  async #write(lines: string[]): Promise<void> {
    this.stats.batches++;
    let start = 0;
    while (start < lines.length) {
      if (this.#activeCount >= this.segmentSize) await this.#rollOver();
      const count = Math.min(lines.length - start, this.segmentSize - this.#activeCount);
      const bytes = Buffer.from(lines.slice(start, start + count).join('\n') + '\n');
      // One write per batch and segment; loop only because a write may be partial.
      for (let offset = 0; offset < bytes.length; ) {
        this.stats.writes++;
        offset += (await this.#handle.write(bytes, offset, bytes.length - offset)).bytesWritten;
      }
      this.stats.syncs++;
      await this.#handle.datasync();
      this.#activeCount += count;
      start += count;
    }
  }

  async #rollOver(): Promise<void> {
    const active = this.segments.at(-1)!;
    const next = await createSegment(this.eventsDir, active.base + this.#activeCount);
    await this.#handle.close(); // sealed: never opened for writing again
    this.#handle = await open(next.path, 'a');
    this.segments.push(next);
    this.#activeCount = 0;
  }
}

/** Creates an empty segment and makes its name durable (fsync of the directory). */
async function createSegment(eventsDir: string, base: number): Promise<Segment> {
  const path = segmentPath(eventsDir, base);
  await (await open(path, 'ax')).close();
  await fsyncPath(eventsDir, { directory: true });
  return { base, path };
}
