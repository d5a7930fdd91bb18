import type { Sql } from 'postgres';
import { REMEMBER_MS } from '../stream-guard.ts';

// Rows deleted per statement: the first pass over an old database may find a month of keys at once, and
// short deletes keep appends (which read this table) from waiting long behind one.
const DELETE_BATCH = 10_000;

/**
 * Forgets the idempotency keys last used more than REMEMBER_MS before `now` (the injected clock's), as the file
 * engine's StreamGuard does in memory: such a key no longer makes a duplicate (../stream-guard.ts), so its row
 * only takes room. Returns how many rows went. Cheap when there is nothing to do: one look at the index on `at`.
 */
export async function forgetOldSubmissionKeys(sql: Sql, now: number): Promise<number> {
  const before = now - REMEMBER_MS;
  let forgotten = 0;
  for (;;) {
    const deleted = await sql`
      delete from submission_keys where ctid in (select ctid from submission_keys where at < ${before} limit ${DELETE_BATCH})`;
    forgotten += deleted.count;
    if (deleted.count < DELETE_BATCH) return forgotten;
  }
}
