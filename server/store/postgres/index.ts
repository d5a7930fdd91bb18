/*
 * The store on PostgreSQL (docs/architecture.md, "PostgreSQL"): many app processes share one database.
 *   events       one row per event: position (the seq), stream and version, the stored line, its hash
 *   chain_head   the one row every append locks: positions commit in order (./appender.ts)
 *   catalog      the catalog document (./catalog.ts)
 *   files        photos and documents, content-addressed (./files.ts)
 *   submission_keys   idempotency keys of the last REMEMBER_MS (./appender.ts; the leader forgets older ones: ./submission-keys.ts)
 *   staff, sessions, throttles   console accounts, their sessions, failures against guessing (./accounts/)
 * The lines and hashes are the segment log's (../codec.ts, ../chain.ts): the same events make the same chain
 * on either engine. Each process follows the table (./follower.ts), so its views see every process's writes.
 */
import postgres from 'postgres';
import { ChainChecker, GENESIS_HASH } from '../chain.ts';
import { decodeLine } from '../codec.ts';
import { erasedLine } from '../public-chain/erase-line.ts';
import { publicForm } from '../public-chain/public-form.ts';
import { checkResumePoint } from '../resume.ts';
import { Subscribers } from '../subscribers.ts';
import type { RatingRecorded } from '../events.ts';
import type { Store, StoreHealth } from '../types.ts';
import { PostgresAppender, type AppendStats } from './appender.ts';
import { openPostgresAccounts } from './accounts/index.ts';
import { openPostgresCatalog } from './catalog.ts';
import { postgresFiles } from './files.ts';
import { Follower, readEvents, READ_BATCH } from './follower.ts';
import { appendLines, readLines } from './lines.ts';
import { migrate } from './migrate.ts';
import { forgetOldSubmissionKeys } from './submission-keys.ts';

export type PostgresStore = Store & {
  readonly stats: Readonly<AppendStats>;
  health(): StoreHealth;
  /** Recomputes the whole hash chain; a break refuses writes from then on. */
  verifyInBackground(): Promise<{ ok: boolean; events: number; firstBadSeq?: number }>;
};

export type PostgresStoreOptions = {
  /** `postgres://user:password@host:port/database` (DATABASE_URL). */
  url: string;
  /** What this process is (shown as application_name in pg_stat_activity). */
  command?: string;
  log?: (line: string) => void;
  /** How often to look for other processes' events when no notification came (ms). */
  pollMs?: number;
};

/** Connects, migrates the schema, loads the catalog and starts following the events table. */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const log = options.log ?? console.log;
  const sql = postgres(options.url, {
    max: 10,
    onnotice: () => {},
    connection: { application_name: (options.command ?? 'suara-layanan').slice(0, 63) }
  });
  try {
    await migrate(sql, log);
    const catalog = await openPostgresCatalog(sql, log);
    const accounts = await openPostgresAccounts(sql, log, options.pollMs);
    const [row] = await sql<{ position: string; hash: string }[]>`select position, hash from chain_head where id = 1`;
    const subscribers = new Subscribers();
    const follower = new Follower(sql, { seq: Number(row!.position), hash: row!.hash }, subscribers, log);
    await follower.start(options.pollMs);
    const appender = new PostgresAppender(
      sql,
      () => follower.head,
      (batch) => follower.deliverOwn(batch)
    );
    return assemble({ sql, log, catalog, accounts, follower, appender, subscribers });
  } catch (error) {
    await sql.end({ timeout: 1 });
    throw error;
  }
}

type Parts = {
  sql: postgres.Sql;
  log: (line: string) => void;
  catalog: Awaited<ReturnType<typeof openPostgresCatalog>>;
  accounts: Awaited<ReturnType<typeof openPostgresAccounts>>;
  follower: Follower;
  appender: PostgresAppender;
  subscribers: Subscribers;
};

function assemble({ sql, log, catalog, accounts, follower, appender, subscribers }: Parts): PostgresStore {
  let closed = false;
  let chain: StoreHealth['chain'] = { state: 'verifying' };
  const refusal = () => {
    if (closed) return new Error('store is closed');
    if (chain.state === 'broken') return new Error(`event log is corrupt: event ${chain.break!.seq} does not match the hash chain`);
    return follower.broken;
  };

  const store: PostgresStore = {
    catalog: {
      get: () => catalog.get(),
      update: (change) => (refusal() ? Promise.reject(refusal()) : catalog.update(change))
    },
    staff: accounts.staff,
    sessions: accounts.sessions,
    throttles: accounts.throttles,
    files: postgresFiles(sql),
    stats: appender.stats,

    append: (events, options) => (refusal() ? Promise.reject(refusal()) : appender.append(events, options)),

    head: () => follower.head,

    async subscribe(listener, options) {
      if (closed) throw new Error('store is closed');
      // Taken in the same step as the registration: older events come from the table, newer from the follower.
      const upTo = follower.head;
      const after = options?.after;
      return subscribers.add(listener, async (deliver) => {
        if (after) {
          const [row] = after.seq > 0 && after.seq <= upTo.seq ? await sql<{ hash: string }[]>`select hash from events where position = ${after.seq}` : [];
          checkResumePoint(after, upTo, after.seq === 0 ? GENESIS_HASH : row?.hash);
        }
        await readEvents(sql, { after: after?.seq ?? 0, upTo: upTo.seq }, (events) => events.forEach(deliver));
      });
    },

    async readRatings({ after, upTo }, visit) {
      const end = Math.min(upTo, follower.head.seq);
      for (let from = after; from < end;) {
        const rows = await sql<
          { position: string; line: string }[]
        >`select position, line from events where position > ${from} and position <= ${end} and type = 'rating.recorded' order by position limit ${READ_BATCH}`;
        if (rows.length === 0) break;
        for (const row of rows) visit(decodeLine(row.line).event as RatingRecorded);
        from = Number(rows.at(-1)!.position);
      }
    },

    async readPublicForms({ after, upTo }, visit) {
      await readLines(sql, { after, upTo: Math.min(upTo, follower.head.seq) }, (line, seq) => visit(publicForm(line), seq));
    },

    async readLines({ after, upTo }, visit) {
      await readLines(sql, { after, upTo: Math.min(upTo, follower.head.seq) }, visit);
    },

    async appendLines(lines) {
      if (refusal()) throw refusal();
      const committed = await appendLines(sql, lines);
      if (committed.events.length > 0) await follower.deliverOwn(committed);
      return committed.events.length > 0 ? { seq: committed.events.at(-1)!.seq, hash: committed.events.at(-1)!.hash } : committed.before;
    },

    async erasePrivate(select) {
      if (refusal()) throw refusal();
      // Only lines with a private part ("_": its salt) can be erased; the rest are never read.
      return sql.begin(async (tx) => {
        const erased: number[] = [];
        for (let from = 0; ;) {
          const rows = await tx<{ position: string; line: string }[]>`select position, line from events where position > ${from} and line like '%"\\_":"%' order by position limit ${READ_BATCH}`;
          if (rows.length === 0) break;
          for (const row of rows) {
            const blank = erasedLine(row.line);
            if (blank === undefined || !select(decodeLine(row.line).event)) continue;
            await tx`update events set line = ${blank} where position = ${row.position}`;
            erased.push(Number(row.position));
          }
          from = Number(rows.at(-1)!.position);
        }
        return erased;
      });
    },

    forgetSubmissionKeys: (now) => (closed ? Promise.resolve(0) : forgetOldSubmissionKeys(sql, now)),

    async verify() {
      // One snapshot: the head and the lines below it as they were at one moment.
      return sql.begin('isolation level repeatable read read only', async (tx) => {
        const [row] = await tx<{ position: string; hash: string }[]>`select position, hash from chain_head where id = 1`;
        const head = { seq: Number(row!.position), hash: row!.hash };
        const checker = new ChainChecker();
        for (let from = 0; from < head.seq;) {
          const rows = await tx<{ position: string; line: string }[]>`select position, line from events where position > ${from} and position <= ${head.seq} order by position limit ${READ_BATCH}`;
          if (rows.length === 0) break;
          for (const line of rows) checker.push(line.line);
          from = Number(rows.at(-1)!.position);
        }
        return checker.finish(head);
      });
    },

    health() {
      const failing = appender.failing;
      const broken = chain.state === 'broken' || follower.broken !== undefined;
      return {
        writable: !closed && !broken && !failing,
        chain: follower.broken && chain.state !== 'broken' ? { state: 'broken', events: chain.events } : chain,
        writes: failing ? { state: 'failing', since: failing.since.toISOString(), error: failing.error } : { state: 'ok' }
      };
    },

    async verifyInBackground() {
      const started = performance.now();
      const report = await store.verify();
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (report.ok) {
        chain = { state: 'ok', events: report.events };
        log(`Rantai hash utuh / hash chain intact: ${report.events} kejadian/events verified (${seconds} s)`);
      } else {
        chain = { state: 'broken', events: report.events, break: { seq: report.firstBadSeq!, file: 'events', line: report.firstBadSeq!, reason: 'its hash does not match the chain' } };
        log(`RANTAI HASH RUSAK / HASH CHAIN BROKEN at event ${report.firstBadSeq}: writes are refused`);
      }
      return report;
    },

    async close() {
      if (closed) return;
      closed = true;
      try {
        await appender.close();
        await Promise.all([follower.stop(), catalog.close(), accounts.close()]);
      } finally {
        await sql.end({ timeout: 5 });
      }
    }
  };
  return store;
}
