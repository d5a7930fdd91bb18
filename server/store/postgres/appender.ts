/*
 * Appending to the events table, and why a reader by position never skips an event (docs/architecture.md,
 * "PostgreSQL").
 *
 * Concurrent transactions commit in any order: if positions came from a sequence, a transaction holding
 * position 7 could commit after another holding 8, and a follower that had read up to 8 would never look
 * at 7 again. Here every append transaction first takes the one row of `chain_head` FOR UPDATE, numbers its
 * events from the position it finds there, inserts them, moves the row on and commits. The row lock
 * serialises appends across all processes: the next transaction reads the row only after the previous one
 * committed (READ COMMITTED re-reads the locked row's latest version), so positions become visible strictly
 * in order, and whoever sees position n also sees every position below it. Reading `position > last` is then
 * exact; NOTIFY only says "look now".
 *
 * The lock also makes the checks exact: while it is held nobody else appends, so a stream's version and the
 * stored idempotency keys cannot change between checking and inserting (the unique constraints hold anyway).
 * The hashes are computed here exactly as the segment log computes them (../chain.ts, ../codec.ts), from the
 * head the row holds, so both engines store the same chain for the same events.
 *
 * Serialising costs a round trip per transaction, so appends made meanwhile in this process wait in a queue
 * and go together in the next transaction (group commit): one lock, one insert, one fsync for all of them.
 * Each call is checked on its own: a call refused for a version or a duplicate key gets its own error and
 * the others in the batch are stored.
 */
import type { Sql, TransactionSql } from 'postgres';
import { hashLine } from '../chain.ts';
import { encodeStoredEvent } from '../codec.ts';
import { DuplicateSubmission, StreamVersionConflict, type SubmissionKind } from '../conflicts.ts';
import { streamOf, submissionKeyOf } from '../streams.ts';
import type { AppendOptions, ChainHead, DomainEvent, StoredEvent } from '../types.ts';

type Pending = {
  events: readonly DomainEvent[];
  options: AppendOptions | undefined;
  resolve: (stored: StoredEvent[]) => void;
  reject: (error: unknown) => void;
};

/** A committed batch: its events in position order, and the head before it. */
export type CommittedBatch = { before: ChainHead; events: StoredEvent[] };

export type Row = { position: number; stream: string | null; version: number | null; type: string; at: number; line: string; hash: string; kind: string | null; key: string | null };

export type AppendStats = { appends: number; events: number; batches: number };

export class PostgresAppender {
  readonly stats: AppendStats = { appends: 0, events: 0, batches: 0 };
  /** Since when, and with what error, append transactions have been failing (the database is unreachable …). */
  failing: { since: Date; error: string } | undefined;
  #queue: Pending[] = [];
  #draining: Promise<void> | undefined;
  #closed = false;

  constructor(
    readonly sql: Sql,
    /** Runs after a batch committed and before its appends resolve: hands it to this process's subscribers. */
    readonly onCommit: (batch: CommittedBatch) => Promise<void>
  ) {}

  append(events: readonly DomainEvent[], options?: AppendOptions): Promise<StoredEvent[]> {
    if (this.#closed) return Promise.reject(new Error('store is closed'));
    if (events.length === 0) return Promise.resolve([]);
    this.stats.appends++;
    return new Promise((resolve, reject) => {
      this.#queue.push({ events, options, resolve, reject });
      // On a microtask, so appends made in the same tick share the first transaction.
      this.#draining ??= Promise.resolve().then(() => this.#drain());
    });
  }

  /** Waits for what is queued; refuses appends from now on. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#draining;
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#queue;
      this.#queue = [];
      let outcome: { committed: CommittedBatch; results: (StoredEvent[] | Error)[] };
      try {
        outcome = await this.sql.begin((tx) => appendBatch(tx, batch));
      } catch (error) {
        this.failing ??= { since: new Date(), error: error instanceof Error ? error.message : String(error) };
        for (const pending of batch) pending.reject(error);
        continue;
      }
      this.failing = undefined;
      this.stats.batches++;
      this.stats.events += outcome.committed.events.length;
      try {
        if (outcome.committed.events.length > 0) await this.onCommit(outcome.committed);
      } catch (error) {
        // Stored, but this process could not read up to it: say so rather than acknowledge half-seen writes.
        for (const pending of batch) pending.reject(error);
        continue;
      }
      batch.forEach((pending, i) => {
        const result = outcome.results[i]!;
        if (result instanceof Error) pending.reject(result);
        else pending.resolve(result);
      });
    }
    this.#draining = undefined;
  }
}

/** One transaction: lock the head, check and number every call, insert, move the head, notify. */
async function appendBatch(tx: TransactionSql, batch: Pending[]): Promise<{ committed: CommittedBatch; results: (StoredEvent[] | Error)[] }> {
  const [head] = await tx<{ position: string; hash: string }[]>`select position, hash from chain_head where id = 1 for update`;
  const before = { seq: Number(head!.position), hash: head!.hash };
  const versions = await streamVersions(tx, batch);
  const firstSeqs = await storedSubmissions(tx, batch);

  let { seq, hash } = before;
  const rows: Row[] = [];
  const stored: StoredEvent[] = [];
  const results: (StoredEvent[] | Error)[] = [];
  for (const pending of batch) {
    const refused = refusal(pending, versions, firstSeqs);
    if (refused) {
      results.push(refused);
      continue;
    }
    const mark = { seq, hash, rows: rows.length, versions: new Map(versions) };
    const mine: StoredEvent[] = [];
    const keys: string[] = [];
    try {
      for (const event of pending.events) {
        const encoded = encodeStoredEvent(event, hash);
        hash = hashLine(++seq, encoded.line);
        const stream = streamOf(event);
        const submission = submissionKeyOf(event);
        const version = stream === undefined ? null : (versions.get(stream) ?? 0) + 1;
        if (stream !== undefined) versions.set(stream, version!);
        if (submission) {
          const id = submissionId(submission.kind, submission.keyHash);
          // Two events of one call with one key: the call is refused, like a key stored before.
          if (firstSeqs.has(id)) throw new DuplicateSubmission(submission.kind, submission.keyHash, firstSeqs.get(id)!);
          firstSeqs.set(id, seq);
          keys.push(id);
        }
        rows.push({ position: seq, stream: stream ?? null, version, type: event.type, at: event.at, line: encoded.line, hash, kind: submission?.kind ?? null, key: submission?.keyHash ?? null });
        mine.push(Object.assign(encoded.event, { seq, hash }));
      }
    } catch (error) {
      // An event it cannot store, or a key twice: none of this call is stored; undo what it counted.
      ({ seq, hash } = mark);
      rows.length = mark.rows;
      for (const key of keys) firstSeqs.delete(key);
      versions.clear();
      for (const [stream, version] of mark.versions) versions.set(stream, version);
      results.push(error instanceof Error ? error : new Error(String(error)));
      continue;
    }
    stored.push(...mine);
    results.push(mine);
  }
  if (rows.length > 0) {
    await insertRows(tx, rows);
    await tx`update chain_head set position = ${seq}, hash = ${hash} where id = 1`;
    await tx`select pg_notify('suara_events', ${String(seq)})`;
  }
  return { committed: { before, events: stored }, results };
}

/** The refusal of a call whose expected versions do not hold, or whose key is already stored; else undefined. */
function refusal(pending: Pending, versions: Map<string, number>, firstSeqs: Map<string, number>): Error | undefined {
  for (const [stream, expected] of Object.entries(pending.options?.expectedVersions ?? {})) {
    const actual = versions.get(stream) ?? 0;
    if (actual !== expected) return new StreamVersionConflict(stream, expected, actual);
  }
  for (const event of pending.events) {
    const submission = submissionKeyOf(event);
    const first = submission && firstSeqs.get(submissionId(submission.kind, submission.keyHash));
    if (submission && first !== undefined) return new DuplicateSubmission(submission.kind, submission.keyHash, first);
  }
  return undefined;
}

/** The stored version of every stream the batch expects or writes to (streams absent are at 0). */
async function streamVersions(tx: TransactionSql, batch: Pending[]): Promise<Map<string, number>> {
  const streams = new Set<string>();
  for (const pending of batch) {
    for (const stream of Object.keys(pending.options?.expectedVersions ?? {})) streams.add(stream);
    for (const event of pending.events) {
      const stream = streamOf(event);
      if (stream !== undefined) streams.add(stream);
    }
  }
  const versions = new Map<string, number>();
  if (streams.size === 0) return versions;
  const rows = await tx<{ stream: string; version: number }[]>`select stream, max(version) as version from events where stream = any(${[...streams]}::text[]) group by stream`;
  for (const row of rows) versions.set(row.stream, Number(row.version));
  return versions;
}

/** The position of the first stored event of every (kind, key) the batch carries. */
async function storedSubmissions(tx: TransactionSql, batch: Pending[]): Promise<Map<string, number>> {
  const kinds: SubmissionKind[] = [];
  const keys: string[] = [];
  for (const pending of batch) {
    for (const event of pending.events) {
      const submission = submissionKeyOf(event);
      if (!submission) continue;
      kinds.push(submission.kind);
      keys.push(submission.keyHash);
    }
  }
  const found = new Map<string, number>();
  if (keys.length === 0) return found;
  const rows = await tx<{ kind: string; key: string; position: string }[]>`
    select e.submission_kind as kind, e.submission_key as key, e.position
    from unnest(${kinds}::text[], ${keys}::text[]) as k(kind, key)
    join events e on e.submission_kind = k.kind and e.submission_key = k.key`;
  for (const row of rows) found.set(submissionId(row.kind, row.key), Number(row.position));
  return found;
}

function submissionId(kind: string, keyHash: string): string {
  return `${kind}:${keyHash}`;
}

// One statement per few thousand rows, columns as arrays: no limit on parameters, one round trip each.
const INSERT_CHUNK = 5_000;

export async function insertRows(tx: TransactionSql, rows: Row[]): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    const chunk = rows.slice(start, start + INSERT_CHUNK);
    const column = <K extends keyof Row>(key: K) => chunk.map((row) => row[key]);
    await tx`
      insert into events (position, stream, version, type, at, line, hash, submission_kind, submission_key)
      select * from unnest(
        ${column('position')}::bigint[], ${column('stream')}::text[], ${column('version')}::int[], ${column('type')}::text[],
        ${column('at')}::bigint[], ${column('line')}::text[], ${column('hash')}::text[], ${column('kind')}::text[], ${column('key')}::text[])`;
  }
}
