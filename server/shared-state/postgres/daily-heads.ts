import type { Sql } from 'postgres';
import type { DailyHeadsBook } from '../../public-record/daily-heads.ts';
import type { SignedHead } from '../../public-record/signing-key.ts';

/** The signed daily heads in the database: one row per WIB day, the first process to record a day wins. */
export function postgresDailyHeads(sql: Sql): DailyHeadsBook {
  return {
    async list() {
      const rows = await sql<{ head: SignedHead }[]>`select head from daily_heads order by day`;
      return rows.map((row) => row.head);
    },
    async add(day, head) {
      const added = await sql`insert into daily_heads (day, head) values (${day}, ${sql.json(head)}) on conflict (day) do nothing returning day`;
      return added.length > 0;
    }
  };
}
