import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../clock.ts';
import type { SessionPersistence, StoredSession } from './session-file.ts';

const HOUR = 3_600_000;
/** How stale a stored "last seen" may get: after a restart a session may idle out up to this much early. */
const SEEN_WRITE_EVERY_MS = 60_000;

export type Session = { staffId: string; openedAt: number; lastSeenAt: number };

const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * Console sessions held server-side, so logging out really ends them. Keyed by the token's hash:
 * neither memory nor the file in DATA_DIR holds anything that can be replayed as a cookie. With a
 * `persistence`, sessions outlive a restart under the same expiry rules (docs/operations.md, "Sessions").
 */
export class SessionBook {
  readonly #sessions = new Map<string, Session>();
  /** When each session's lastSeenAt was last written, so a busy console writes at most once a minute. */
  readonly #seenWritten = new Map<string, number>();

  constructor(
    private readonly clock: Clock,
    readonly idleMs = 2 * HOUR,
    readonly maxMs = 12 * HOUR,
    private readonly persistence?: SessionPersistence
  ) {
    for (const { tokenHash, ...session } of persistence?.load() ?? []) {
      if (!this.#alive(session)) continue;
      this.#sessions.set(tokenHash, session);
      this.#seenWritten.set(tokenHash, session.lastSeenAt);
    }
  }

  /** A new session; the returned token goes into the cookie and nowhere else. */
  open(staffId: string): string {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const key = digest(token);
    this.#sessions.set(key, { staffId, openedAt: now, lastSeenAt: now });
    this.#seenWritten.set(key, now);
    if (this.#sessions.size % 256 === 0) this.#sweep();
    this.#save();
    return token;
  }

  /** The live session of a token (and marks it used), or undefined. */
  find(token: string | undefined): Session | undefined {
    if (!token) return undefined;
    const key = digest(token);
    const session = this.#sessions.get(key);
    if (!session) return undefined;
    if (!this.#alive(session)) {
      this.#forget(key);
      this.#save();
      return undefined;
    }
    session.lastSeenAt = this.clock.now();
    if (session.lastSeenAt - (this.#seenWritten.get(key) ?? 0) >= SEEN_WRITE_EVERY_MS) {
      this.#seenWritten.set(key, session.lastSeenAt);
      this.#save();
    }
    return session;
  }

  close(token: string | undefined): void {
    if (token && this.#forget(digest(token))) this.#save();
  }

  /** Ends every session of one account (password changed, account removed). */
  closeAllOf(staffId: string): void {
    this.endAllFor(staffId);
  }

  /**
   * Ends every session of one account ("sign out everywhere", a deactivated account), but the one of `except`
   * (the person who changed their own password stays logged in there); how many ended.
   */
  endAllFor(staffId: string, except?: string): number {
    const kept = except === undefined ? undefined : digest(except);
    let ended = 0;
    for (const [key, session] of this.#sessions) if (session.staffId === staffId && key !== kept && this.#forget(key)) ended++;
    if (ended > 0) this.#save();
    return ended;
  }

  #forget(key: string): boolean {
    this.#seenWritten.delete(key);
    return this.#sessions.delete(key);
  }

  #alive(session: Session): boolean {
    const now = this.clock.now();
    return now - session.lastSeenAt <= this.idleMs && now - session.openedAt <= this.maxMs;
  }

  #sweep(): void {
    for (const [key, session] of this.#sessions) if (!this.#alive(session)) this.#forget(key);
  }

  #save(): void {
    if (!this.persistence) return;
    this.#sweep();
    const stored: StoredSession[] = [];
    for (const [tokenHash, session] of this.#sessions) stored.push({ tokenHash, ...session });
    this.persistence.save(stored);
  }
}
