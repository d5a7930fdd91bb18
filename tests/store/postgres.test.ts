import postgres from 'postgres';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH, hashLine } from '../../server/store/chain.ts';
import { encodeEvent } from '../../server/store/codec.ts';
import { DuplicateSubmission, StreamVersionConflict } from '../../server/store/conflicts.ts';
import { openPostgresStore, type PostgresStore } from '../../server/store/postgres/index.ts';
import { readMigrations } from '../../server/store/postgres/migrate.ts';
import type { DomainEvent, RatingRecorded, StoredEvent } from '../../server/store/events.ts';
import { rating, sampleEvents } from './fixtures/events.ts';
import { replayAll } from './harness.ts';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.ts';
import { storeContract } from './contract.ts';

let cluster: PostgresCluster;
beforeAll(async () => {
  cluster = await startPostgresCluster();
}, 180_000);
afterAll(() => cluster?.stop());

// The contract's `dir` names the database: a fresh one per test, the same one when the test reopens.
const databases = new Map<string, string>();
async function open(dir: string): Promise<PostgresStore> {
  let url = databases.get(dir);
  if (!url) databases.set(dir, (url = await cluster.createDatabase()));
  return openPostgresStore({ url, log: () => {} });
}

storeContract('postgres', open, { persistent: true, writes: (store) => store.stats.batches });

/** Waits until `condition` holds (another process's events arrive on NOTIFY or the poll); fails after 20 s. */
async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (const deadline = Date.now() + 20_000; !(await condition()); await new Promise((resolve) => setTimeout(resolve, 10))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
  }
}

/**
 * A fresh database for each test of the calling `describe`: `openOne` opens a store on it (as one more process
 * would), `connections` keeps the test's own connections; all are closed after the test.
 */
function freshDatabaseEachTest() {
  const opened: PostgresStore[] = [];
  const db = {
    url: '',
    connections: [] as postgres.Sql[],
    async openOne(pollMs?: number) {
      const store = await openPostgresStore({ url: db.url, log: () => {}, pollMs });
      opened.push(store);
      return store;
    }
  };
  beforeEach(async () => {
    db.url = await cluster.createDatabase();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
    await Promise.all(db.connections.splice(0).map((sql) => sql.end()));
  });
  return db;
}

describe('PostgreSQL store: how a batch is committed', () => {
  const db = freshDatabaseEachTest();
  const { openOne } = db;
  const keyed = (key: string, n: number): RatingRecorded => ({ ...rating(n), idempotencyKey: key });
  const storedKeys = async () => {
    const sql = postgres(db.url, { max: 1, onnotice: () => {} });
    try {
      return await sql<{ key: string; position: string }[]>`select key, position from submission_keys order by position`;
    } finally {
      await sql.end();
    }
  };

  it('commits a batch without streams from its guessed head in one statement: keys checked and recorded, each call answered on its own', async () => {
    const store = await openOne();
    const unknown = { ...rating(3), type: 'rating.deleted' } as unknown as DomainEvent;
    // The same tick: one batch.
    const calls = await Promise.allSettled([
      store.append([rating(1)]),
      store.append([keyed('key-on-the-guess-01', 2)]),
      store.append([rating(3), unknown]),
      store.append([keyed('key-twice-in-a-call', 4), keyed('key-twice-in-a-call', 5)]),
      store.append([rating(6)])
    ]);
    expect(calls.map((call) => call.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(calls.flatMap((call) => (call.status === 'fulfilled' ? call.value.map((event) => event.seq) : []))).toEqual([1, 2, 3]);
    expect((calls[2] as PromiseRejectedResult).reason).toBeInstanceOf(TypeError);
    expect((calls[3] as PromiseRejectedResult).reason).toBeInstanceOf(DuplicateSubmission);
    expect(store.stats).toMatchObject({ batches: 1, guessesMissed: 0 });
    expect(await storedKeys()).toEqual([{ key: 'key-on-the-guess-01', position: '2' }]);

    // A stored key: the statement changes nothing, and the batch is checked again under the lock.
    await expect(store.append([keyed('key-on-the-guess-01', 7)])).rejects.toMatchObject({ kind: 'rating', keyHash: 'key-on-the-guess-01', seq: 2 });
    expect(store.stats).toMatchObject({ batches: 2, guessesMissed: 1 });
    expect(store.head().seq).toBe(3);
    await store.append([rating(8)]);
    expect(store.stats.guessesMissed).toBe(1);
    expect(await store.verify()).toEqual({ ok: true, events: 4 });
  });

  it('commits a batch with a complaint, and ratings with and without keys, in one locked transaction', async () => {
    const store = await openOne();
    const complaint = { ...complaintOf(sampleEvents), trackingCode: 'SL-MIXED-BATCH-01', idempotencyKey: 'key-of-a-complaint-1' };
    const stored = await Promise.all([store.append([rating(1)]), store.append([complaint], { expectedVersions: { 'SL-MIXED-BATCH-01': 0 } }), store.append([keyed('key-of-a-rating-0001', 3)])]);
    expect(stored.flat().map((event) => event.seq)).toEqual([1, 2, 3]);
    expect(store.stats).toMatchObject({ batches: 1, guessesMissed: 0 });
    expect((await storedKeys()).map((row) => row.key)).toEqual(['key-of-a-complaint-1', 'key-of-a-rating-0001']);
    await expect(store.append([{ ...complaint, idempotencyKey: undefined }], { expectedVersions: { 'SL-MIXED-BATCH-01': 0 } })).rejects.toBeInstanceOf(StreamVersionConflict);
    expect(await store.verify()).toEqual({ ok: true, events: 3 });
    expect((await replayAll(await openOne())).map((event) => event.seq)).toEqual([1, 2, 3]);
  });

  it('sends what queues while a batch commits as the next batch, on the head that one left, and keeps the calls in order', async () => {
    const store = await openOne();
    await store.append([rating(0)]);
    // Another connection holds the chain head without moving it: every statement waits for it.
    const holder = postgres(db.url, { max: 1, onnotice: () => {} });
    const probe = postgres(db.url, { max: 1, onnotice: () => {} });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held!: () => void;
    const isHeld = new Promise<void>((resolve) => (held = resolve));
    const holding = holder.begin(async (tx) => {
      await tx`select position from chain_head where id = 1 for update`;
      held();
      await released;
    });
    await isHeld;
    const waiting = async () => (await probe<{ n: number }[]>`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`)[0]!.n;
    const first = store.append([keyed('key-queued-0001', 1)]);
    await until(async () => (await waiting()) === 1, 'the first batch waits for the head');
    // Queued while the first is on its way: one batch once it commits, numbered from the head it left.
    const next = [store.append([rating(2)]), store.append([keyed('key-queued-0001', 3)]), store.append([rating(4)])];
    release();
    await holding;
    const [one, two, three, four] = await Promise.allSettled([first, ...next]);
    expect([one, two, four].map((call) => (call!.status === 'fulfilled' ? call!.value.map((event) => event.seq) : call!.reason))).toEqual([[2], [3], [4]]);
    expect(three).toMatchObject({ status: 'rejected', reason: { kind: 'rating', keyHash: 'key-queued-0001', seq: 2 } });
    // The repeated key is stored (by the first batch), so the next batch's statement writes nothing and the batch is
    // checked again under the lock, which refuses that one call.
    expect(store.stats).toMatchObject({ batches: 3, guessesMissed: 1 });
    await Promise.all([holder.end(), probe.end()]);
    expect(await storedKeys()).toEqual([{ key: 'key-queued-0001', position: '2' }]);
    expect(await store.verify()).toEqual({ ok: true, events: 4 });
    expect((await replayAll(await openOne())).map((event) => event.seq)).toEqual([1, 2, 3, 4]);
  });

  it('numbers a batch again under the lock when another process moved the head past its guess', async () => {
    // Polling once a minute, so it learns of the other process's append only when it appends itself.
    const store = await openOne(60_000);
    // Another process appends, and its notification never comes.
    const other = postgres(db.url, { max: 1, onnotice: () => {} });
    const line = encodeEvent(rating(1), GENESIS_HASH);
    await other.begin(async (tx) => {
      await tx`select position from chain_head where id = 1 for update`;
      await tx`insert into events (position, type, at, line, hash) values (1, 'rating.recorded', ${rating(1).at}, ${line}, ${hashLine(1, line)})`;
      await tx`update chain_head set position = 1, hash = ${hashLine(1, line)} where id = 1`;
    });
    await other.end();
    // Its guess is still the empty head: the statement changes nothing, and the lock gives it position 2.
    const [second] = await store.append([rating(2)]);
    expect(second!.seq).toBe(2);
    expect(store.stats.guessesMissed).toBe(1);
    // What it delivered, the other process's event included, is its next guess.
    await store.append([rating(3)]);
    expect(store.stats.guessesMissed).toBe(1);
    expect((await replayAll(store)).map((event) => event.seq)).toEqual([1, 2, 3]);
    expect(await store.verify()).toEqual({ ok: true, events: 3 });
  });
});

describe('PostgreSQL store: two processes on one database', () => {
  const db = freshDatabaseEachTest();
  const { openOne, connections } = db;

  it('interleaves appends from both into one gap-free chain, and each sees all of them through subscribe, in order', async () => {
    const [a, b] = [await openOne(), await openOne()];
    const seenByA: StoredEvent[] = [];
    const seenByB: StoredEvent[] = [];
    await a.subscribe((event) => seenByA.push(event));
    await b.subscribe((event) => seenByB.push(event));
    const sent = await Promise.all(Array.from({ length: 60 }, (_, n) => (n % 2 === 0 ? a : b).append([rating(n)])));
    const all = sent.flat().sort((x, y) => x.seq - y.seq);
    expect(all.map((event) => event.seq)).toEqual(Array.from({ length: 60 }, (_, n) => n + 1));
    await until(() => seenByA.length === 60 && seenByB.length === 60, 'both saw 60 events');
    expect(seenByA).toStrictEqual(all);
    expect(seenByB).toStrictEqual(all);
    expect(a.head()).toEqual(b.head());
    expect(await b.verify()).toEqual({ ok: true, events: 60 });
    // A third process replays the same chain.
    expect(await replayAll(await openOne())).toStrictEqual(all);
  });

  it('stores one event for an idempotency key sent to both at once', async () => {
    const [a, b] = [await openOne(), await openOne()];
    const keyed = { ...rating(1), idempotencyKey: 'same-key-from-two-proc' };
    const race = await Promise.allSettled([a.append([keyed]), b.append([{ ...keyed, at: keyed.at + 1 }])]);
    const won = race.filter((outcome) => outcome.status === 'fulfilled');
    const lost = race.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    expect([won.length, lost.length]).toEqual([1, 1]);
    expect(lost[0]!.reason).toBeInstanceOf(DuplicateSubmission);
    expect(lost[0]!.reason).toMatchObject({ kind: 'rating', keyHash: 'same-key-from-two-proc', seq: 1 });
    expect((await replayAll(a)).map((event) => (event as RatingRecorded).idempotencyKey)).toEqual(['same-key-from-two-proc']);
  });

  it('lets exactly one of two processes racing on one complaint at the same expected version win', async () => {
    const [a, b] = [await openOne(), await openOne()];
    const code = 'SL-TWO-PROC-0001';
    await a.append([{ ...complaintOf(sampleEvents), trackingCode: code, idempotencyKey: undefined }]);
    const act = (actor: string): DomainEvent => ({ type: 'complaint.verified', at: Date.UTC(2025, 0, 7), trackingCode: code, actor });
    const race = await Promise.allSettled([a.append([act('staff-a')], { expectedVersions: { [code]: 1 } }), b.append([act('staff-b')], { expectedVersions: { [code]: 1 } })]);
    const lost = race.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    expect(race.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(StreamVersionConflict);
    expect(lost[0]!.reason).toMatchObject({ stream: code, expected: 1, actual: 2 });
    expect(await a.verify()).toEqual({ ok: true, events: 2 });
  });

  it('shares the catalog: a change made by one process reaches the other, and each change applies to the latest', async () => {
    const [a, b] = [await openOne(), await openOne()];
    await a.catalog.update((draft) => void draft.holidays.push('2025-08-17'));
    await until(() => b.catalog.get().holidays.length === 1, 'b reloaded the catalog');
    // b changes what a wrote, not its own older copy, even before a's notification would arrive.
    await a.catalog.update((draft) => void draft.holidays.push('2025-12-25'));
    await b.catalog.update((draft) => void draft.holidays.push('2026-01-01'));
    await until(() => a.catalog.get().holidays.length === 3, 'a reloaded the catalog');
    expect(a.catalog.get().holidays).toEqual(['2025-08-17', '2025-12-25', '2026-01-01']);
    expect(b.catalog.get()).toEqual(a.catalog.get());
  });

  it('stores files once by content, readable from every process', async () => {
    const [a, b] = [await openOne(), await openOne()];
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0, 1, 2, 3]);
    const id = await a.files!.put(bytes);
    expect(await b.files!.put(bytes)).toBe(id);
    expect(await b.files!.get(id)).toEqual(Buffer.from(bytes));
    expect(await b.files!.get('0'.repeat(64))).toBeUndefined();
  });

  it('applies each migration once and records it, whichever process starts first', async () => {
    await Promise.all([openOne(), openOne()]);
    const sql = postgres(db.url, { max: 1, onnotice: () => {} });
    connections.push(sql);
    const applied = await sql<{ version: number; name: string }[]>`select version, name from schema_migrations order by version`;
    expect(applied.map((row) => `${row.version} ${row.name}`)).toEqual((await readMigrations()).map((m) => `${m.version} ${m.name}`));
    expect(applied.slice(0, 3).map((row) => row.name)).toEqual(['events', 'catalog', 'files']);
  });

  it('erases private parts in place: public forms and chain unchanged, replays without them', async () => {
    const store = await openOne();
    const stored = await store.append(sampleEvents);
    const publicBefore: string[] = [];
    await store.readPublicForms!({ after: 0, upTo: stored.length }, (line) => publicBefore.push(line));
    const erased = await store.erasePrivate!((event) => event.type === 'complaint.submitted');
    expect(erased).toEqual(stored.filter((event) => event.type === 'complaint.submitted').map((event) => event.seq));
    expect(erased.length).toBeGreaterThan(0);
    const publicAfter: string[] = [];
    await store.readPublicForms!({ after: 0, upTo: stored.length }, (line) => publicAfter.push(line));
    expect(publicAfter).toEqual(publicBefore);
    expect(await store.verify()).toEqual({ ok: true, events: stored.length });
    const replayed = await replayAll(await openOne());
    for (const seq of erased) expect(replayed[seq - 1]).not.toStrictEqual(stored[seq - 1]);
    expect(replayed.filter((event) => !erased.includes(event.seq))).toStrictEqual(stored.filter((event) => !erased.includes(event.seq)));
    expect(await store.erasePrivate!((event) => event.type === 'complaint.submitted')).toEqual([]);
  });

  it('never skips a transaction that commits late: a follower waits for it instead of reading past it', async () => {
    const [writer, follower] = [await openOne(), await openOne(20)];
    const seen: number[] = [];
    await follower.subscribe((event) => seen.push(event.seq));
    // A third connection appends like a slow process: it holds the chain head and its event 1, uncommitted.
    const slow = postgres(db.url, { max: 1, onnotice: () => {} });
    connections.push(slow);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const slowAppend = slow.begin(async (tx) => {
      await tx`select position from chain_head where id = 1 for update`;
      const line = encodeEvent(rating(100), GENESIS_HASH);
      const hash = hashLine(1, line);
      await tx`insert into events (position, type, at, line, hash) values (1, 'rating.recorded', ${rating(100).at}, ${line}, ${hash})`;
      await tx`update chain_head set position = 1, hash = ${hash} where id = 1`;
      locked();
      await released;
      await tx`select pg_notify('suara_events', '1')`;
    });
    await isLocked;
    let acknowledged = false;
    const fast = writer.append([rating(101)]).then((stored) => ((acknowledged = true), stored));
    // The fast append waits for the chain head's lock: it cannot number its event past the uncommitted one.
    const probe = postgres(db.url, { max: 1, onnotice: () => {} });
    connections.push(probe);
    await until(
      async () => (await probe<{ n: number }[]>`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`)[0]!.n > 0,
      'the fast append waits for the lock'
    );
    expect(acknowledged).toBe(false);
    expect(seen).toEqual([]);
    expect(follower.head().seq).toBe(0);
    release();
    await slowAppend;
    const [stored] = await fast;
    expect(stored!.seq).toBe(2);
    await until(() => seen.length === 2, 'the follower saw both');
    expect(seen).toEqual([1, 2]);
    expect(await follower.verify()).toEqual({ ok: true, events: 2 });
  });
});

function complaintOf(events: DomainEvent[]) {
  const found = events.find((event) => event.type === 'complaint.submitted');
  if (!found || found.type !== 'complaint.submitted') throw new Error('no complaint in the sample events');
  return found;
}
