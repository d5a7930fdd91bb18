import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { memorySessions } from '../store/accounts/memory.ts';
import type { SessionStore, StoredSession } from '../store/accounts/types.ts';

/** The console's sessions in DATA_DIR, by the hash of their tokens. */
export const SESSIONS_FILE = 'sessions.json';

const StoredSessionLine = z.object({ tokenHash: z.string(), staffId: z.string(), openedAt: z.number(), lastSeenAt: z.number() }) satisfies z.ZodType<StoredSession>;
const SessionFileContent = z.object({ version: z.literal(1), sessions: z.array(StoredSessionLine) });

/** Where the console's sessions outlive a restart (docs/operations.md, "Sessions"). */
export type SessionPersistence = { load(): StoredSession[]; save(sessions: StoredSession[]): void };

/**
 * Ends an account's sessions in the file itself, for a command run while the server is stopped (a new
 * password by `npm run admin`): the next start must not bring them back. How many ended.
 */
export function endSessionsInFile(path: string, staffId: string): number {
  const file = sessionFile(path);
  const sessions = file.load();
  const kept = sessions.filter((session) => session.staffId !== staffId);
  if (kept.length < sessions.length) file.save(kept);
  return sessions.length - kept.length;
}

/**
 * The sessions as one small JSON file in DATA_DIR, replaced whole (write beside it, then rename) so a crash
 * leaves either the old file or the new one. Owner-only: a hash cannot be replayed as a cookie, but who is
 * logged in when is nobody else's business. Synchronous on purpose: it runs on login, logout and a few
 * times a minute at most, and a session must be on disk before its cookie is handed out.
 */
export function sessionFile(path: string): SessionPersistence {
  return {
    load() {
      let content: unknown;
      try {
        content = JSON.parse(readFileSync(path, 'utf8'));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof SyntaxError) return [];
        throw error;
      }
      // An unreadable file only logs everybody out; it must never stop the server from starting.
      const parsed = SessionFileContent.safeParse(content);
      return parsed.success ? parsed.data.sessions : [];
    },
    save(sessions) {
      const temporary = `${path}.tmp`;
      writeFileSync(temporary, JSON.stringify({ version: 1, sessions }), { mode: 0o600 });
      renameSync(temporary, path);
    }
  };
}

/** The file engine's sessions: in memory, and the whole set written to `path` on every change. */
export function fileSessions(path: string): SessionStore {
  const file = sessionFile(path);
  return memorySessions(file.load(), (sessions) => file.save(sessions));
}
