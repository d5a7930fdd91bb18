import type { JSONValue, Sql } from 'postgres';
import { AlreadySetUp, EmailTaken, type StaffStore } from '../../accounts/types.ts';
import type { StaffAccount } from '../../types.ts';

/** The channel a change to the accounts is announced on; the payload is the change's number. */
export const STAFF_CHANNEL = 'suara_staff';

type PostgresError = Error & { code?: string; constraint_name?: string };
const emailTaken = (error: unknown) => (error as PostgresError).code === '23505' && (error as PostgresError).constraint_name === 'staff_email_key';

/**
 * The accounts in the `staff` table, all of them also in memory: reads stay synchronous (every console request
 * resolves its account). Each write numbers itself from `staff_changes` and notifies; a process reloads on the
 * notification, after its own writes, and when a poll every `pollMs` finds a newer number (a notification lost
 * with its connection), so a change on another process shows here within a second.
 */
export async function openPostgresStaff(sql: Sql, log: (line: string) => void, pollMs = 1_000): Promise<StaffStore & { close(): Promise<void> }> {
  let accounts: readonly StaffAccount[] = [];
  let seen = -1;
  // Reloads may overlap; only the one started last (it read the latest committed state) may replace the memory.
  let started = 0;
  let applied = 0;
  const reload = async () => {
    const mine = ++started;
    const rows = await sql<{ doc: StaffAccount; changed: string }[]>`select doc, changed from staff order by created`;
    if (mine < applied) return;
    applied = mine;
    accounts = rows.map((row) => row.doc);
    seen = Math.max(seen, ...rows.map((row) => Number(row.changed)), 0);
  };
  const reloadQuietly = () => reload().catch((error: Error) => log(`Gagal memuat akun staf / could not reload staff accounts: ${error.message}`));
  const { unlisten } = await sql.listen(STAFF_CHANNEL, (payload) => {
    if (Number(payload) > seen) void reloadQuietly();
  });
  await reload();
  const poll = setInterval(() => {
    sql<{ changed: string | null }[]>`select max(changed) as changed from staff`
      .then(([row]) => (Number(row?.changed ?? 0) > seen ? reloadQuietly() : undefined))
      .catch((error: Error) => log(`Gagal memeriksa akun staf / could not check staff accounts: ${error.message}`));
  }, pollMs);
  poll.unref();
  let closed = false;
  const refuseWhenClosed = () => {
    if (closed) throw new Error('store is closed');
  };

  return {
    all: () => accounts,
    byId: (id) => accounts.find((account) => account.id === id),
    byEmail: (email) => accounts.find((account) => account.email === email),

    async create(account, options) {
      refuseWhenClosed();
      try {
        await sql.begin(async (tx) => {
          // The first run's admin: no second setup may slip in between the count and the insert.
          if (options?.onlyFirst) {
            await tx`lock table staff in exclusive mode`;
            if ((await tx`select 1 from staff limit 1`).length > 0) throw new AlreadySetUp();
          }
          const [row] = await tx<{ changed: string }[]>`
            insert into staff (id, email, doc, changed) values (${account.id}, ${account.email}, ${tx.json(account as unknown as JSONValue)}, nextval('staff_changes'))
            returning changed`;
          await tx`select pg_notify(${STAFF_CHANNEL}, ${row!.changed})`;
        });
      } catch (error) {
        if (emailTaken(error)) throw new EmailTaken(account.email);
        throw error;
      }
      await reload();
    },

    async update(id, change) {
      refuseWhenClosed();
      let changed: StaffAccount | undefined;
      try {
        await sql.begin(async (tx) => {
          // The latest stored version, held until the end: another process's change is never overwritten.
          const [row] = await tx<{ doc: StaffAccount }[]>`select doc from staff where id = ${id} for update`;
          if (!row) throw new Error(`no account ${id}`);
          changed = change(row.doc);
          const [written] = await tx<{ changed: string }[]>`
            update staff set email = ${changed.email}, doc = ${tx.json(changed as unknown as JSONValue)}, changed = nextval('staff_changes') where id = ${id}
            returning changed`;
          await tx`select pg_notify(${STAFF_CHANNEL}, ${written!.changed})`;
        });
      } catch (error) {
        if (emailTaken(error)) throw new EmailTaken(changed!.email);
        throw error;
      }
      await reload();
      return changed!;
    },

    refresh: reload,

    async close() {
      closed = true;
      clearInterval(poll);
      await unlisten().catch(() => {});
    }
  };
}
