import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../clock.ts';

const HOUR = 3_600_000;

export type Session = { staffId: string; openedAt: number; lastSeenAt: number };

const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * Console sessions held server-side, so logging out really ends them. Keyed by the token's hash:
 * what sits in memory cannot be replayed as a cookie. A restart logs everybody out.
 */
export class SessionBook {
  readonly #sessions = new Map<string, Session>();

  constructor(
    private readonly clock: Clock,
    readonly idleMs = 2 * HOUR,
    readonly maxMs = 12 * HOUR
  ) {}

  /** A new session; the returned token goes into the cookie and nowhere else. */
  open(staffId: string): string {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    this.#sessions.set(digest(token), { staffId, openedAt: now, lastSeenAt: now });
    if (this.#sessions.size % 256 === 0) this.#sweep();
    return token;
  }

  /** The live session of a token (and marks it used), or undefined. */
  find(token: string | undefined): Session | undefined {
    if (!token) return undefined;
    const key = digest(token);
    const session = this.#sessions.get(key);
    if (!session) return undefined;
    if (!this.#alive(session)) {
      this.#sessions.delete(key);
      return undefined;
    }
    session.lastSeenAt = this.clock.now();
    return session;
  }

  close(token: string | undefined): void {
    if (token) this.#sessions.delete(digest(token));
  }

  /** Ends every session of one account (password changed, account removed). */
  closeAllOf(staffId: string): void {
    for (const [key, session] of this.#sessions) if (session.staffId === staffId) this.#sessions.delete(key);
  }

  #alive(session: Session): boolean {
    const now = this.clock.now();
    return now - session.lastSeenAt <= this.idleMs && now - session.openedAt <= this.maxMs;
  }

  #sweep(): void {
    for (const [key, session] of this.#sessions) if (!this.#alive(session)) this.#sessions.delete(key);
  }
}
