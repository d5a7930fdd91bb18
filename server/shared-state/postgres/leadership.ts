import type { Sql } from 'postgres';
import type { Leadership } from '../leadership.ts';

/** The advisory lock the leader holds: two 32-bit keys, so it cannot meet a one-key lock (the migrations'). */
const LOCK = { space: 0x53756172, id: 1 }; // "Suar"

/**
 * One process at a time leads, chosen by `pg_try_advisory_lock` on a connection of its own: the lock lives as
 * long as that session, so a process that dies (or loses its connection) lets another take over. Every
 * `retryMs` each process tries again, and the leader checks that its connection still answers; when it does
 * not, it stops leading at once. Between a leader's death and the next try nobody leads for a few seconds;
 * a leader cut off from the database may overlap with the next one for up to `retryMs`, which is why a
 * message is also claimed in the database before it is sent (../claims.ts).
 */
export async function advisoryLockLeadership(sql: Sql, { retryMs = 3_000, log = console.error }: { retryMs?: number; log?: (error: unknown) => void } = {}): Promise<Leadership> {
  const listeners = new Set<(leading: boolean) => void>();
  let session: Awaited<ReturnType<Sql['reserve']>> | undefined;
  let leading = false;
  let closed = false;
  const become = (next: boolean) => {
    if (next === leading) return;
    leading = next;
    for (const listener of listeners) listener(next);
  };

  async function attempt(): Promise<void> {
    try {
      session ??= await sql.reserve();
      if (leading) {
        await session`select 1`;
        return;
      }
      const [row] = await session<{ won: boolean }[]>`select pg_try_advisory_lock(${LOCK.space}::int, ${LOCK.id}::int) as won`;
      if (closed && row?.won) await session`select pg_advisory_unlock(${LOCK.space}::int, ${LOCK.id}::int)`;
      else become(row?.won === true);
    } catch (error) {
      // The session (and with it the lock, if held) is gone: stop leading; the next try opens a new one.
      become(false);
      session?.release();
      session = undefined;
      if (!closed) log(error);
    }
  }

  await attempt();
  let trying: Promise<void> = Promise.resolve();
  const timer = setInterval(() => (trying = trying.then(attempt)), retryMs);
  timer.unref();
  return {
    isLeader: () => leading,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      clearInterval(timer);
      await trying;
      if (session && leading) await session`select pg_advisory_unlock(${LOCK.space}::int, ${LOCK.id}::int)`.catch(() => {});
      become(false);
      session?.release();
      session = undefined;
    }
  };
}
