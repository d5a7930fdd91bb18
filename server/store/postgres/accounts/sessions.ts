import type { Sql } from 'postgres';
import type { SessionStore, StoredSession } from '../../accounts/types.ts';

/** The channel an ended session is announced on: `token:<hash>` or `staff:<id>`. */
export const SESSIONS_CHANNEL = 'suara_sessions';
/** How long a session read from the table is trusted without asking again. */
export const SESSION_CACHE_MS = 1_000;
/** Past this many cached sessions the cache starts over (it only saves reads). */
const CACHE_LIMIT = 10_000;

type Row = { token_hash: string; staff_id: string; opened_at: string; last_seen_at: string };
const fromRow = (row: Row): StoredSession => ({ tokenHash: row.token_hash, staffId: row.staff_id, openedAt: Number(row.opened_at), lastSeenAt: Number(row.last_seen_at) });

/**
 * Sessions in the `sessions` table, shared by every process. A console request's lookup is answered from a
 * cache: an entry read less than a second ago (by the caller's clock), dropped at once when any process ends
 * that session or all of its account's (NOTIFY). So a session ended on one process is refused by every other
 * as soon as the notification arrives, and within a second even if it never does.
 */
export async function openPostgresSessions(sql: Sql, log: (line: string) => void): Promise<SessionStore & { close(): Promise<void> }> {
  const cache = new Map<string, { session: StoredSession; readAt: number }>();
  const forget = (payload: string) => {
    const [kind, value] = [payload.slice(0, payload.indexOf(':')), payload.slice(payload.indexOf(':') + 1)];
    if (kind === 'token') cache.delete(value);
    else for (const [hash, entry] of cache) if (entry.session.staffId === value) cache.delete(hash);
  };
  const { unlisten } = await sql.listen(SESSIONS_CHANNEL, forget, () => cache.clear());
  const remember = (session: StoredSession, readAt: number) => {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(session.tokenHash, { session, readAt });
  };

  return {
    async open(session) {
      await sql`insert into sessions (token_hash, staff_id, opened_at, last_seen_at) values (${session.tokenHash}, ${session.staffId}, ${session.openedAt}, ${session.lastSeenAt})`;
      remember({ ...session }, session.openedAt);
    },

    async find(tokenHash, now) {
      const cached = cache.get(tokenHash);
      if (cached && now >= cached.readAt && now - cached.readAt < SESSION_CACHE_MS) return cached.session;
      const [row] = await sql<Row[]>`select token_hash, staff_id, opened_at, last_seen_at from sessions where token_hash = ${tokenHash}`;
      if (!row) {
        cache.delete(tokenHash);
        return undefined;
      }
      const session = fromRow(row);
      remember(session, now);
      return session;
    },

    async touch(tokenHash, lastSeenAt) {
      await sql`update sessions set last_seen_at = greatest(last_seen_at, ${lastSeenAt}) where token_hash = ${tokenHash}`;
      const cached = cache.get(tokenHash);
      if (cached) cached.session = { ...cached.session, lastSeenAt: Math.max(cached.session.lastSeenAt, lastSeenAt) };
    },

    async end(selection) {
      const payload = 'tokenHash' in selection ? `token:${selection.tokenHash}` : `staff:${selection.staffId}`;
      const ended = await sql.begin(async (tx) => {
        const rows =
          'tokenHash' in selection
            ? await tx`delete from sessions where token_hash = ${selection.tokenHash} returning token_hash`
            : await tx`delete from sessions where staff_id = ${selection.staffId} and token_hash <> ${selection.exceptTokenHash ?? ''} returning token_hash`;
        if (rows.length > 0) await tx`select pg_notify(${SESSIONS_CHANNEL}, ${payload})`;
        return rows.map((row) => row.token_hash as string);
      });
      for (const hash of ended) cache.delete(hash);
      return ended.length;
    },

    async sweep({ idleBefore, openedBefore }) {
      await sql`delete from sessions where last_seen_at < ${idleBefore} or opened_at < ${openedBefore}`.catch((error: Error) =>
        log(`Gagal membersihkan sesi / could not sweep sessions: ${error.message}`)
      );
    },

    async close() {
      cache.clear();
      await unlisten().catch(() => {});
    }
  };
}
