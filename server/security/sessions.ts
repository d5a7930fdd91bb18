import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../clock.ts';
import type { SessionStore } from '../store/accounts/types.ts';

const HOUR = 3_600_000;
/** How stale a stored "last seen" may get: a session may idle out up to this much early on another process or after a restart. */
const SEEN_WRITE_EVERY_MS = 60_000;
/** Expired sessions are swept from storage once per this many logins. */
const SWEEP_EVERY_OPENS = 256;

export type Session = { staffId: string; openedAt: number; lastSeenAt: number };

const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * Console sessions held server-side, so logging out really ends them, on every process (docs/operations.md,
 * "Sessions"). Keyed by the token's hash: neither memory nor storage holds anything that can be replayed as a
 * cookie. The rules live here (idle and absolute expiry); the rows live in the store's SessionStore.
 */
export class SessionBook {
  /** When this process last saw each session, and when it last wrote that down: at most once a minute each. */
  readonly #seen = new Map<string, { at: number; written: number }>();
  #opens = 0;

  constructor(
    private readonly clock: Clock,
    private readonly store: SessionStore,
    readonly idleMs = 2 * HOUR,
    readonly maxMs = 12 * HOUR
  ) {}

  /** A new session, stored before it resolves; the returned token goes into the cookie and nowhere else. */
  async open(staffId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const tokenHash = digest(token);
    await this.store.open({ tokenHash, staffId, openedAt: now, lastSeenAt: now });
    this.#seen.set(tokenHash, { at: now, written: now });
    if (++this.#opens % SWEEP_EVERY_OPENS === 0) await this.#sweep();
    return token;
  }

  /** The live session of a token (and marks it used), or undefined. */
  async find(token: string | undefined): Promise<Session | undefined> {
    if (!token) return undefined;
    const tokenHash = digest(token);
    const now = this.clock.now();
    const stored = await this.store.find(tokenHash, now);
    const seen = this.#seen.get(tokenHash);
    if (!stored) {
      this.#seen.delete(tokenHash);
      return undefined;
    }
    const lastSeenAt = Math.max(stored.lastSeenAt, seen?.at ?? 0);
    if (now - lastSeenAt > this.idleMs || now - stored.openedAt > this.maxMs) {
      this.#seen.delete(tokenHash);
      await this.store.end({ tokenHash });
      return undefined;
    }
    const written = Math.max(stored.lastSeenAt, seen?.written ?? 0);
    this.#seen.set(tokenHash, { at: now, written });
    if (now - written >= SEEN_WRITE_EVERY_MS) {
      this.#seen.set(tokenHash, { at: now, written: now });
      await this.store.touch(tokenHash, now);
    }
    return { staffId: stored.staffId, openedAt: stored.openedAt, lastSeenAt: now };
  }

  async close(token: string | undefined): Promise<void> {
    if (!token) return;
    const tokenHash = digest(token);
    this.#seen.delete(tokenHash);
    await this.store.end({ tokenHash });
  }

  /** Ends every session of one account (password changed, account removed). */
  async closeAllOf(staffId: string): Promise<void> {
    await this.endAllFor(staffId);
  }

  /**
   * Ends every session of one account ("sign out everywhere", a deactivated account), but the one of `except`
   * (the person who changed their own password stays logged in there); how many ended.
   */
  endAllFor(staffId: string, except?: string): Promise<number> {
    return this.store.end({ staffId, ...(except !== undefined && { exceptTokenHash: digest(except) }) });
  }

  async #sweep(): Promise<void> {
    const now = this.clock.now();
    for (const [tokenHash, seen] of this.#seen) if (now - seen.at > this.idleMs) this.#seen.delete(tokenHash);
    await this.store.sweep({ idleBefore: now - this.idleMs, openedBefore: now - this.maxMs });
  }
}
