import type { Sql } from 'postgres';
import type { DeliveryClaims } from '../claims.ts';

/** Settled claims are kept this long (any process still catching up on the outcome sees the claim), then pruned. */
const KEEP_SETTLED_MS = 7 * 86_400_000;

/**
 * Claims as rows: the insert that finds the key already there loses. Across processes the claim holds however
 * the leaders change (../claims.ts).
 */
export function postgresClaims(sql: Sql, processId: string): DeliveryClaims {
  let lastPrune = 0;
  return {
    async claim(key, now) {
      if (now - lastPrune > 3_600_000) {
        lastPrune = now;
        await sql`delete from delivery_claims where settled and claimed_at < ${now - KEEP_SETTLED_MS}`;
      }
      const won = await sql`insert into delivery_claims (key, process, claimed_at) values (${key}, ${processId}, ${now}) on conflict (key) do nothing returning key`;
      if (won.length > 0) return { won: true };
      const [held] = await sql<{ claimed_at: string }[]>`select claimed_at from delivery_claims where key = ${key}`;
      // Released in between: the next attempt takes it.
      return held ? { won: false, since: Number(held.claimed_at) } : { won: false, since: now };
    },
    async release(key) {
      await sql`delete from delivery_claims where key = ${key} and process = ${processId}`;
    },
    async settled(key) {
      await sql`update delivery_claims set settled = true where key = ${key}`;
    }
  };
}
