import type { Sql } from 'postgres';
import { decodeLine } from '../codec.ts';
import type { Subscribers } from '../subscribers.ts';
import type { ChainHead, StoredEvent } from '../types.ts';
import type { CommittedBatch } from './appender.ts';

/** Rows per read: a replay or a catch-up holds at most this many lines at once. */
export const READ_BATCH = 5_000;

/** Reads stored events after < position ≤ upTo in order, a batch at a time, and hands each batch to `visit`. */
export async function readEvents(sql: Sql, range: { after: number; upTo: number }, visit: (events: StoredEvent[]) => void): Promise<void> {
  let after = range.after;
  while (after < range.upTo) {
    const rows = await sql<
      { position: string; line: string; hash: string }[]
    >`select position, line, hash from events where position > ${after} and position <= ${range.upTo} order by position limit ${READ_BATCH}`;
    if (rows.length === 0) return;
    visit(rows.map((row) => Object.assign(decodeLine(row.line).event, { seq: Number(row.position), hash: row.hash })));
    after = Number(rows.at(-1)!.position);
  }
}

/**
 * This process's view of the events table: everything committed, by any process, delivered to its
 * subscribers once and in position order. It reads by position only (./appender.ts explains why that
 * cannot skip a late commit): on NOTIFY suara_events, every second in case a notification was lost, and
 * right after this process's own commits, which it delivers without reading them back when nothing came
 * between.
 */
export class Follower {
  #head: ChainHead;
  #tail: Promise<void> = Promise.resolve();
  #pending: Promise<void> | undefined;
  #timer: NodeJS.Timeout | undefined;
  #unlisten: (() => Promise<void>) | undefined;
  #broken: Error | undefined;

  constructor(
    readonly sql: Sql,
    head: ChainHead,
    readonly subscribers: Subscribers,
    readonly log: (line: string) => void
  ) {
    this.#head = head;
  }

  /** The last event delivered to this process's subscribers. */
  get head(): ChainHead {
    return this.#head;
  }

  /** Set once a stored line does not link to the one before it: nothing after it is delivered. */
  get broken(): Error | undefined {
    return this.#broken;
  }

  async start(pollMs = 1000): Promise<void> {
    const wake = () => void this.catchUp().catch((error: Error) => this.log(`Gagal membaca kejadian baru / could not read new events: ${error.message}`));
    // The payload is the head a commit left: one this process has delivered already (its own commits, mostly) needs no read.
    const { unlisten } = await this.sql.listen('suara_events', (payload) => {
      if (!(Number(payload) <= this.#head.seq)) wake();
    });
    this.#unlisten = unlisten;
    this.#timer = setInterval(wake, pollMs);
    this.#timer.unref();
    wake(); // what committed between reading the head and listening
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    await this.#unlisten?.().catch(() => {});
    await this.#tail;
  }

  /** Reads and delivers everything committed after the head. Calls made while one waits share it. */
  catchUp(): Promise<void> {
    this.#pending ??= this.#serialised(() => {
      this.#pending = undefined;
      return this.#readUpTo(Number.MAX_SAFE_INTEGER);
    });
    return this.#pending;
  }

  /** Delivers a batch this process committed, after whatever committed before it (read from the table). */
  deliverOwn(batch: CommittedBatch): Promise<void> {
    return this.#serialised(async () => {
      if (this.#head.seq < batch.before.seq) await this.#readUpTo(batch.before.seq);
      // Already read from the table (a wake-up came first): delivered then.
      if (this.#head.seq === batch.before.seq) this.#deliver(batch.events);
    });
  }

  #serialised(step: () => Promise<void>): Promise<void> {
    const run = this.#tail.then(step);
    this.#tail = run.catch(() => {});
    return run;
  }

  async #readUpTo(upTo: number): Promise<void> {
    if (this.#broken) throw this.#broken;
    await readEvents(this.sql, { after: this.#head.seq, upTo }, (events) => this.#deliver(events));
  }

  #deliver(events: StoredEvent[]): void {
    if (events.length === 0) return;
    // Positions are gap-free (./appender.ts): a hole means a row was removed behind the store's back.
    const first = events[0]!;
    if (first.seq !== this.#head.seq + 1) this.#break(`event ${this.#head.seq + 1} is missing`);
    const last = events.at(-1)!;
    this.#head = { seq: last.seq, hash: last.hash };
    this.subscribers.notify(events);
  }

  #break(reason: string): never {
    this.#broken = new Error(`event log is corrupt: ${reason}`);
    this.log(this.#broken.message);
    throw this.#broken;
  }
}
