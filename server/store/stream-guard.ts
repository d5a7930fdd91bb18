import { DuplicateSubmission, StreamVersionConflict } from './conflicts.ts';
import { streamOf, submissionKeyOf } from './streams.ts';
import type { AppendOptions, DomainEvent, StoredEvent } from './types.ts';

/** How long a key is answered: a key seen within this long before a new event's time makes it a duplicate. */
export const REMEMBER_MS = 31 * 24 * 3600_000;

// Pruning walks the oldest keys; doing it once per this many new keys keeps it off the hot path.
const PRUNE_EVERY = 1024;

type FirstUse = { seq: number; at: number };

/**
 * What a single-writer store (the segment log, the memory store) enforces itself on append, in memory:
 * each complaint stream's version and the unique idempotency keys (docs/architecture.md, "Concurrency").
 * It holds only what those rules need: a count per complaint (not per rating) and the keys of the last
 * REMEMBER_MS by event time, so a million ratings without keys cost nothing here.
 *
 * `admit` checks and records an append at the moment it is numbered, so appends racing in one tick see each
 * other; `forget` takes back events numbered but never committed (a failed write).
 */
export class StreamGuard {
  readonly #versions = new Map<string, number>();
  // In insertion order, which is seq order: the oldest keys are at the front, where pruning looks.
  readonly #keys = new Map<string, FirstUse>();
  #newest = 0;
  #sincePrune = 0;

  /** The version of `stream`: how many of its events are recorded. */
  version(stream: string): number {
    return this.#versions.get(stream) ?? 0;
  }

  /** Throws StreamVersionConflict or DuplicateSubmission if `events` may not be appended as of now. */
  check(events: readonly DomainEvent[], options: AppendOptions | undefined, nextSeq: number): void {
    for (const [stream, expected] of Object.entries(options?.expectedVersions ?? {})) {
      const actual = this.version(stream);
      if (actual !== expected) throw new StreamVersionConflict(stream, expected, actual);
    }
    const inBatch = new Map<string, number>();
    events.forEach((event, index) => {
      const submission = submissionKeyOf(event);
      if (!submission) return;
      const id = `${submission.kind}:${submission.keyHash}`;
      const first = this.#keys.get(id);
      if (first && first.at > event.at - REMEMBER_MS) throw new DuplicateSubmission(submission.kind, submission.keyHash, first.seq);
      const earlier = inBatch.get(id);
      if (earlier !== undefined) throw new DuplicateSubmission(submission.kind, submission.keyHash, earlier);
      inBatch.set(id, nextSeq + index);
    });
  }

  /** Learns a stored event (numbered now, or read back from storage). */
  record(event: DomainEvent, seq: number): void {
    const stream = streamOf(event);
    if (stream !== undefined) this.#versions.set(stream, this.version(stream) + 1);
    if (event.at > this.#newest) this.#newest = event.at;
    const submission = submissionKeyOf(event);
    if (!submission) return;
    const id = `${submission.kind}:${submission.keyHash}`;
    this.#keys.delete(id); // a key used again after REMEMBER_MS moves to the back
    this.#keys.set(id, { seq, at: event.at });
    if (++this.#sincePrune >= PRUNE_EVERY) this.#prune();
  }

  /** Takes back events recorded but never committed, newest first. */
  forget(events: readonly StoredEvent[]): void {
    for (const event of [...events].reverse()) {
      const stream = streamOf(event);
      if (stream !== undefined) {
        const version = this.version(stream) - 1;
        if (version > 0) this.#versions.set(stream, version);
        else this.#versions.delete(stream);
      }
      const submission = submissionKeyOf(event);
      const id = submission && `${submission.kind}:${submission.keyHash}`;
      if (id && this.#keys.get(id)?.seq === event.seq) this.#keys.delete(id);
    }
  }

  #prune(): void {
    this.#sincePrune = 0;
    const cutoff = this.#newest - REMEMBER_MS;
    for (const [id, first] of this.#keys) {
      if (first.at >= cutoff) break;
      this.#keys.delete(id);
    }
  }
}
