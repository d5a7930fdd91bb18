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
 * Most batches skip the read (#appendOnGuess): a batch that touches no stream (ratings, surveys) is numbered from
 * a guess, the head this process has delivered (its own last append, or another process's it has read since),
 * and sent as one statement. It takes the same row lock (its first part is the same SELECT … FOR UPDATE, which
 * behind another holder waits and then reads the row that holder committed), and moves the row on and inserts
 * only if the row it locked holds the guess and no key of the batch is stored. So the head moves only from the
 * very head the batch was numbered from, under the lock, exactly as above, and positions still become visible
 * strictly in order. When another process has appended meanwhile the guess is stale: the statement changes
 * nothing and the batch goes the locked way. One statement outside a transaction is its own transaction: one
 * round trip and one fsync, and postgres.js answers only after the commit.
 *
 * The lock also makes the checks exact: while it is held nobody else appends, so a stream's version and the
 * stored idempotency keys cannot change between checking and inserting; `unique (stream, version)` and the
 * primary key of `submission_keys` hold them in the database too. On a guess the keys are checked in the
 * statement's snapshot, which may be older than the lock: a key stored by anyone else in between would have
 * moved the head off the guess.
 * The hashes are computed here exactly as the segment log computes them (../chain.ts, ../codec.ts), from the
 * head the row holds, so both engines store the same chain for the same events.
 *
 * Serialising costs a round trip per transaction, so appends made meanwhile in this process wait in a queue
 * and go together in the next transaction (group commit): one lock, one insert, one fsync for all of them.
 * One batch is in flight at a time, and under load a batch smaller than the last one waits a millisecond for more. Sending the next one behind it (numbered from the head the first would
 * leave, waiting in the database for its lock) was tried and measured slower: the batches were smaller, most of
 * those sent behind missed their guess and took the locked way, and POST /ratings fell from 0.32× to 0.21× of
 * the bench's baseline (docs/scaling.md, "Measured").
 * Each call is checked on its own: a call refused for a version or a duplicate key gets its own error and
 * the others in the batch are stored.
 */
import type { PendingQuery, ReservedSql, Sql, TransactionSql } from 'postgres';
import { hashLine } from '../chain.ts';
import { encodeStoredEvent } from '../codec.ts';
import { DuplicateSubmission, StreamVersionConflict, type SubmissionKind } from '../conflicts.ts';
import { REMEMBER_MS } from '../stream-guard.ts';
import { streamOf, submissionKeyOf } from '../streams.ts';
import type { AppendOptions, ChainHead, DomainEvent, StoredEvent } from '../types.ts';

/** How long a batch smaller than the one before it waits for more (see #drain); docs/scaling.md, "Measured". */
const GATHER_MS = 1;

type Pending = {
  events: readonly DomainEvent[];
  options: AppendOptions | undefined;
  resolve: (stored: StoredEvent[]) => void;
  reject: (error: unknown) => void;
};

/** A committed batch: its events in position order, and the head before it. */
export type CommittedBatch = { before: ChainHead; events: StoredEvent[] };

export type Row = { position: number; stream: string | null; version: number | null; type: string; at: number; line: string; hash: string };
/** An idempotency key's latest use (table submission_keys). */
export type KeyRow = { kind: string; key: string; position: number; at: number };
/** The first (latest) use of an idempotency key: the event's position and time. */
type FirstUse = { seq: number; at: number };

/** `guessesMissed`: batches whose guess did not hold (another process had moved the head, or a key was stored), checked again under the lock. */
export type AppendStats = { appends: number; events: number; batches: number; guessesMissed: number };

export class PostgresAppender {
  readonly stats: AppendStats = { appends: 0, events: 0, batches: 0, guessesMissed: 0 };
  /** Since when, and with what error, append transactions have been failing (the database is unreachable …). */
  failing: { since: Date; error: string } | undefined;
  #queue: Pending[] = [];
  #draining: Promise<void> | undefined;
  #closed = false;

  constructor(
    readonly sql: Sql,
    /**
     * The guess a batch is numbered from (see the top): the head this process has delivered, which is its own last
     * commit or, when another process's events arrived since, theirs.
     */
    readonly guess: () => ChainHead,
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
    let answered = 0; // how many appends the batch just committed held
    while (this.#queue.length > 0) {
      // Under load, the clients just answered send their next appends within a moment: waiting that moment when
      // fewer are queued than were just answered makes one commit carry them too (like PostgreSQL's commit_delay).
      // Nothing waits when nothing is queued, so a lone append never pays it.
      if (this.#queue.length < answered) await new Promise((resolve) => setTimeout(resolve, GATHER_MS));
      const batch = this.#queue;
      answered = batch.length;
      this.#queue = [];
      let outcome: Outcome;
      try {
        outcome = (await this.#appendOnGuess(batch)) ?? (await appendLocked(this.sql, batch));
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

  /**
   * Numbers a batch without streams from the guessed head and stores it in the one statement that writes only if the
   * head is still the guess and no key of the batch is stored; undefined when that did not hold (nothing written) or
   * the batch cannot go this way.
   */
  async #appendOnGuess(batch: Pending[]): Promise<Outcome | undefined> {
    if (!batch.every(withoutStreams)) return undefined;
    const guess = this.guess();
    const numbered = numberBatch(batch, guess, new Map(), new Map());
    const { rows, keyRows } = numbered;
    if (rows.length === 0 || rows.length > INSERT_CHUNK) return undefined;
    const after = rows.at(-1)!;
    const keys = latestUses(keyRows);
    const column = <K extends keyof KeyRow>(key: K) => keys.map((row) => row[key]);
    // Lines hold no newline (JSON escapes it), hashes and types no space: joined, they go as three text parameters
    // instead of arrays whose every quote postgres.js would escape.
    const moved = await this.sql<{ position: string }[]>`
      with head as (
        select position, hash from chain_head where id = 1 for update
      ), moved as (
        update chain_head set position = ${after.position}, hash = ${after.hash}
        from head
        where chain_head.id = 1 and head.position = ${guess.seq} and head.hash = ${guess.hash}
          and not exists (
            select from unnest(${column('kind')}::text[], ${column('key')}::text[], ${column('at')}::bigint[]) as k(kind, key, at)
            join submission_keys s on s.kind = k.kind and s.key = k.key
            where s.at > k.at - ${REMEMBER_MS})
        returning chain_head.position
      ), stored as (
        insert into events (position, type, at, line, hash)
        select ${guess.seq}::bigint + r.n, r.type, r.at::bigint, r.line, r.hash
        from unnest(
          string_to_array(${rows.map((row) => row.line).join('\n')}, E'\\n'),
          string_to_array(${rows.map((row) => row.hash).join(' ')}, ' '),
          string_to_array(${rows.map((row) => row.type).join(' ')}, ' '),
          string_to_array(${rows.map((row) => row.at).join(' ')}, ' ')
        ) with ordinality as r(line, hash, type, at, n)
        where exists (select from moved)
      ), keyed as (
        insert into submission_keys (kind, key, position, at)
        select k.kind, k.key, k.position, k.at
        from unnest(${column('kind')}::text[], ${column('key')}::text[], ${column('position')}::bigint[], ${column('at')}::bigint[]) as k(kind, key, position, at)
        where exists (select from moved)
        on conflict (kind, key) do update set position = excluded.position, at = excluded.at
      )
      select pg_notify('suara_events', position::text), position from moved`;
    if (moved.length > 0) return { committed: { before: guess, events: numbered.stored }, results: numbered.results };
    this.stats.guessesMissed++;
    return undefined;
  }
}

type Outcome = { committed: CommittedBatch; results: (StoredEvent[] | Error)[] };

/** A call that expects no stream's version and writes to no stream (ratings, surveys …). */
function withoutStreams(pending: Pending): boolean {
  for (const _ in pending.options?.expectedVersions ?? {}) return false;
  return pending.events.every((event) => streamOf(event) === undefined);
}

/**
 * One transaction: lock the head, check and number every call, insert, move the head, notify. Its statements go
 * in two round trips on one connection: the begin, the lock and the lookups together; then the inserts, the head's
 * move, the notification and the commit together (in a transaction a failed statement fails every later one, and
 * the commit then rolls back).
 */
async function appendLocked(sql: Sql, batch: Pending[]): Promise<Outcome> {
  const streams = streamsOf(batch);
  const submissions = submissionsOf(batch);
  const tx = await sql.reserve();
  try {
    const [, [head], versionRows, keyUses] = await inOneTrip(tx, [
      tx`begin`,
      tx<{ position: string; hash: string }[]>`select position, hash from chain_head where id = 1 for update`,
      streams.length > 0 ? tx<{ stream: string; version: number }[]>`select stream, max(version) as version from events where stream = any(${streams}::text[]) group by stream` : [],
      submissions.keys.length > 0 ? storedUses(tx, submissions) : []
    ]);
    const before = { seq: Number(head!.position), hash: head!.hash };
    const versions = new Map(versionRows.map((row) => [row.stream, Number(row.version)]));
    const firstSeqs = new Map(keyUses.map((row) => [submissionId(row.kind, row.key), { seq: Number(row.position), at: Number(row.at) }]));
    const { rows, keyRows, stored, results } = numberBatch(batch, before, versions, firstSeqs);
    const after = rows.at(-1);
    await inOneTrip(
      tx,
      after
        ? [
            ...insertQueries(tx, rows, keyRows),
            tx`update chain_head set position = ${after.position}, hash = ${after.hash} where id = 1`,
            tx`select pg_notify('suara_events', ${String(after.position)})`,
            tx`commit`
          ]
        : [tx`commit`]
    );
    return { committed: { before, events: stored }, results };
  } finally {
    tx.release();
  }
}

/** Sends `queries` at once and waits for all their answers; if one failed, ends the transaction and throws its error. */
async function inOneTrip<T extends readonly unknown[] | []>(tx: ReservedSql, queries: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const settled: PromiseSettledResult<unknown>[] = await Promise.allSettled(queries as readonly unknown[]);
  const failed = settled.find((outcome) => outcome.status === 'rejected');
  if (failed) {
    // A commit after a failed statement has already rolled back; otherwise this does.
    await tx`rollback`.catch(() => {});
    throw failed.reason;
  }
  return settled.map((outcome) => (outcome as PromiseFulfilledResult<unknown>).value) as { -readonly [K in keyof T]: Awaited<T[K]> };
}

/**
 * Checks and numbers every call of the batch after `before`, given the stored versions and key uses (both updated
 * as it goes): the rows to insert, the events stored, and each call's events or its own error.
 */
function numberBatch(batch: Pending[], before: ChainHead, versions: Map<string, number>, firstSeqs: Map<string, FirstUse>) {
  let { seq, hash } = before;
  const rows: Row[] = [];
  const keyRows: KeyRow[] = [];
  const stored: StoredEvent[] = [];
  const results: (StoredEvent[] | Error)[] = [];
  for (const pending of batch) {
    const refused = refusal(pending, versions, firstSeqs);
    if (refused) {
      results.push(refused);
      continue;
    }
    const mark = { seq, hash, rows: rows.length, keyRows: keyRows.length, versions: new Map(versions) };
    const mine: StoredEvent[] = [];
    const keys: [string, FirstUse | undefined][] = [];
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
          const first = firstSeqs.get(id);
          if (first && isRepeat(first, event.at)) throw new DuplicateSubmission(submission.kind, submission.keyHash, first.seq);
          keys.push([id, first]);
          firstSeqs.set(id, { seq, at: event.at });
          keyRows.push({ kind: submission.kind, key: submission.keyHash, position: seq, at: event.at });
        }
        rows.push({ position: seq, stream: stream ?? null, version, type: event.type, at: event.at, line: encoded.line, hash });
        mine.push(Object.assign(encoded.event, { seq, hash }));
      }
    } catch (error) {
      // An event it cannot store, or a key twice: none of this call is stored; undo what it counted.
      ({ seq, hash } = mark);
      rows.length = mark.rows;
      keyRows.length = mark.keyRows;
      for (const [id, before] of keys.reverse()) {
        if (before) firstSeqs.set(id, before);
        else firstSeqs.delete(id);
      }
      versions.clear();
      for (const [stream, version] of mark.versions) versions.set(stream, version);
      results.push(error instanceof Error ? error : new Error(String(error)));
      continue;
    }
    stored.push(...mine);
    results.push(mine);
  }
  return { rows, keyRows, stored, results };
}

/** The refusal of a call whose expected versions do not hold, or whose key is already stored; else undefined. */
function refusal(pending: Pending, versions: Map<string, number>, firstSeqs: Map<string, FirstUse>): Error | undefined {
  for (const [stream, expected] of Object.entries(pending.options?.expectedVersions ?? {})) {
    const actual = versions.get(stream) ?? 0;
    if (actual !== expected) return new StreamVersionConflict(stream, expected, actual);
  }
  for (const event of pending.events) {
    const submission = submissionKeyOf(event);
    const first = submission && firstSeqs.get(submissionId(submission.kind, submission.keyHash));
    if (submission && first && isRepeat(first, event.at)) return new DuplicateSubmission(submission.kind, submission.keyHash, first.seq);
  }
  return undefined;
}

/** Every stream the batch expects or writes to. */
function streamsOf(batch: Pending[]): string[] {
  const streams = new Set<string>();
  for (const pending of batch) {
    for (const stream of Object.keys(pending.options?.expectedVersions ?? {})) streams.add(stream);
    for (const event of pending.events) {
      const stream = streamOf(event);
      if (stream !== undefined) streams.add(stream);
    }
  }
  return [...streams];
}

/** An event at `at` repeats a key first used at `first.at` while that use is remembered (by the events' own times). */
function isRepeat(first: FirstUse, at: number): boolean {
  return first.at > at - REMEMBER_MS;
}

/** Every (kind, key) the batch carries, as two columns. */
function submissionsOf(batch: Pending[]): { kinds: SubmissionKind[]; keys: string[] } {
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
  return { kinds, keys };
}

/** The stored use of each of these (kind, key)s. */
function storedUses(tx: ReservedSql, { kinds, keys }: { kinds: SubmissionKind[]; keys: string[] }) {
  return tx<{ kind: string; key: string; position: string; at: string }[]>`
    select s.kind, s.key, s.position, s.at
    from unnest(${kinds}::text[], ${keys}::text[]) as k(kind, key)
    join submission_keys s on s.kind = k.kind and s.key = k.key`;
}

function submissionId(kind: string, keyHash: string): string {
  return `${kind}:${keyHash}`;
}

/** One row per key, its latest use: an insert may not update the same row twice. */
function latestUses(keyRows: KeyRow[]): KeyRow[] {
  return [...new Map(keyRows.map((row) => [submissionId(row.kind, row.key), row])).values()];
}

// One statement per few thousand rows, columns as arrays: no limit on parameters.
const INSERT_CHUNK = 5_000;

/** Stores the rows and the keys' latest uses, in a transaction. */
export async function insertRows(tx: TransactionSql, rows: Row[], keyRows: KeyRow[]): Promise<void> {
  await Promise.all(insertQueries(tx, rows, keyRows));
}

/** The inserts of the rows and of the keys' latest uses, in this order, to send together. */
function insertQueries(tx: TransactionSql | ReservedSql, rows: Row[], keyRows: KeyRow[]): PendingQuery<Record<string, unknown>[]>[] {
  const queries: PendingQuery<Record<string, unknown>[]>[] = [];
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    const chunk = rows.slice(start, start + INSERT_CHUNK);
    const column = <K extends keyof Row>(key: K) => chunk.map((row) => row[key]);
    queries.push(tx`
      insert into events (position, stream, version, type, at, line, hash)
      select * from unnest(
        ${column('position')}::bigint[], ${column('stream')}::text[], ${column('version')}::int[], ${column('type')}::text[],
        ${column('at')}::bigint[], ${column('line')}::text[], ${column('hash')}::text[])`);
  }
  const latest = latestUses(keyRows);
  for (let start = 0; start < latest.length; start += INSERT_CHUNK) {
    const chunk = latest.slice(start, start + INSERT_CHUNK);
    const column = <K extends keyof KeyRow>(key: K) => chunk.map((row) => row[key]);
    // A key taken over after REMEMBER_MS points at its new event from now on.
    queries.push(tx`
      insert into submission_keys (kind, key, position, at)
      select * from unnest(${column('kind')}::text[], ${column('key')}::text[], ${column('position')}::bigint[], ${column('at')}::bigint[])
      on conflict (kind, key) do update set position = excluded.position, at = excluded.at`);
  }
  return queries;
}
