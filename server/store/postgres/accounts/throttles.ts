import type { Sql } from 'postgres';
import { backoffWait } from '../../../security/backoff.ts';
import type { ThrottleStore } from '../../accounts/types.ts';

/** Rows untouched this long are deleted (the longest throttle forgets a key after a day). */
const KEEP_MS = 25 * 3_600_000;
/** The old rows are swept once per this many failures. */
const SWEEP_EVERY = 1_000;

/**
 * Failures counted in the `throttles` table, one row per (throttle, key), so every process counts into the same
 * rows: a guesser gains nothing by landing on another process. Each failure is one upsert (atomic: two processes
 * failing at once both count); each check is one read by primary key. The rules are the ones of the memory
 * throttles (server/security/throttle.ts, backoff.ts).
 */
export function postgresThrottles(sql: Sql, log: (line: string) => void): ThrottleStore {
  let failures = 0;
  const counted = (now: number) => {
    if (++failures % SWEEP_EVERY !== 0) return;
    sql`delete from throttles where last_at < ${now - KEEP_MS}`.catch((error: Error) => log(`Gagal membersihkan pembatas / could not sweep throttles: ${error.message}`));
  };
  return {
    window: (name, { limit, windowMs }, clock) => ({
      async blockedFor(key) {
        if (key === undefined) return 0;
        const [row] = await sql<{ times: string[] }[]>`select times from throttles where name = ${name} and key = ${key}`;
        const now = clock.now();
        const recent = (row?.times ?? []).map(Number).filter((at) => at > now - windowMs);
        if (recent.length < limit) return 0;
        return recent[recent.length - limit]! + windowMs - now;
      },
      async fail(key) {
        if (key === undefined) return;
        const now = clock.now();
        // Appends the time and keeps the last `limit` of them, in one statement.
        await sql`
          insert into throttles (name, key, times, last_at) values (${name}, ${key}, array[${now}::bigint], ${now})
          on conflict (name, key) do update set
            times = (throttles.times || ${now}::bigint)[greatest(1, cardinality(throttles.times) + 2 - ${limit}::int):],
            last_at = ${now}`;
        counted(now);
      },
      async reset(key) {
        await sql`delete from throttles where name = ${name} and key = ${key}`;
      }
    }),

    backoff: (name, policy, clock) => ({
      async blockedFor(key) {
        if (key === undefined) return 0;
        const [row] = await sql<{ failures: number; last_at: string }[]>`select failures, last_at from throttles where name = ${name} and key = ${key}`;
        if (!row) return 0;
        const now = clock.now();
        const lastAt = Number(row.last_at);
        if (now - lastAt > policy.forgetMs) return 0;
        return Math.max(0, lastAt + backoffWait(policy, row.failures) - now);
      },
      async fail(key) {
        if (key === undefined) return;
        const now = clock.now();
        // A key forgotten (its last failure older than forgetMs) starts again from one.
        await sql`
          insert into throttles (name, key, failures, last_at) values (${name}, ${key}, 1, ${now})
          on conflict (name, key) do update set
            failures = case when throttles.last_at < ${now - policy.forgetMs} then 1 else throttles.failures + 1 end,
            last_at = ${now}`;
        counted(now);
      },
      async reset(key) {
        await sql`delete from throttles where name = ${name} and key = ${key}`;
      }
    })
  };
}
