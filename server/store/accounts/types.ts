import type { Clock } from '../../clock.ts';
import { ConflictError } from '../../errors.ts';
import type { BackoffPolicy } from '../../security/backoff.ts';
import type { StaffAccount } from '../types.ts';

export type { BackoffPolicy };

/*
 * Console accounts, their sessions and the throttles against password guessing, each behind its own small
 * interface so any app process can serve any staff member (docs/architecture.md, "Accounts and sessions").
 * The file engine keeps them in DATA_DIR (one process); PostgreSQL keeps them in tables shared by all.
 */

/**
 * The console's accounts. Reads are synchronous and come from memory (every console request resolves its
 * account); on PostgreSQL the memory follows the table (a notification, and a poll every second).
 */
export interface StaffStore {
  /** Every account, oldest first (do not mutate). */
  all(): readonly StaffAccount[];
  byId(id: string): StaffAccount | undefined;
  /** By login name (lower-case). */
  byEmail(email: string): StaffAccount | undefined;
  /**
   * Adds an account; rejects with EmailTaken when another account has its email (unique in storage). With
   * `onlyFirst` (the first run's admin) it rejects with AlreadySetUp when any account exists, checked atomically.
   */
  create(account: StaffAccount, options?: { onlyFirst?: boolean }): Promise<void>;
  /**
   * Replaces one account with what `change` makes of its latest stored version (re-read under a row lock on
   * PostgreSQL, so two processes never lose each other's change); resolves with the stored result.
   * `change` may throw to refuse: nothing is written.
   */
  update(id: string, change: (current: StaffAccount) => StaffAccount): Promise<StaffAccount>;
  /** Makes every change of another process visible now (otherwise within a second). */
  refresh?(): Promise<void>;
}

/** One stored session: the SHA-256 of its token (never the token), its account and its two clocks. */
export type StoredSession = { tokenHash: string; staffId: string; openedAt: number; lastSeenAt: number };

/** Which sessions to end: one, or all of an account but perhaps one. */
export type SessionSelection = { tokenHash: string } | { staffId: string; exceptTokenHash?: string };

/**
 * Console sessions by token hash. The expiry rules are the caller's (server/security/sessions.ts); a store
 * keeps rows. `find` runs on every console request, so it answers from memory: on PostgreSQL from a cache
 * that another process's `end` empties by notification, and that is never trusted for more than a second.
 */
export interface SessionStore {
  /** Stores a new session; durable before it resolves (its cookie is handed out next). */
  open(session: StoredSession): Promise<void>;
  /** The session of a token hash, as stored at most a second before `now`, or undefined. */
  find(tokenHash: string, now: number): Promise<StoredSession | undefined>;
  /** Records that a session was used (callers write this at most once a minute per session). */
  touch(tokenHash: string, lastSeenAt: number): Promise<void>;
  /** Ends sessions; how many ended. */
  end(selection: SessionSelection): Promise<number>;
  /** Forgets sessions last seen before `idleBefore` or opened before `openedBefore`. */
  sweep(limits: { idleBefore: number; openedBefore: number }): Promise<void>;
}

/** A failure throttle's answer shape: milliseconds until a key may try again (0: now). */
export interface Throttle {
  blockedFor(key: string | undefined): Promise<number>;
  fail(key: string | undefined): Promise<void>;
  /** Forgets a key's failures (after a success). */
  reset(key: string): Promise<void>;
}

/** A sliding window: `limit` failures within `windowMs` block a key until the oldest leaves the window. */
export type WindowPolicy = { limit: number; windowMs: number };

/**
 * Where failures against guessing are counted. Each throttle has a name (`login-pair`, `login-client` …);
 * on PostgreSQL all processes count into the same rows, so a guesser gains nothing by changing process.
 */
export interface ThrottleStore {
  /** A sliding window (server/security/throttle.ts); `clock` says when a failure happened. */
  window(name: string, policy: WindowPolicy, clock: Clock): Throttle;
  /** Exponential backoff per key (server/security/backoff.ts). */
  backoff(name: string, policy: BackoffPolicy, clock: Clock): Throttle;
}

/** The stores of this part, as every Store engine exposes them. */
export type AccountStores = { staff: StaffStore; sessions: SessionStore; throttles: ThrottleStore };

/** Another account already has this email (checked again by the store, which holds it unique). */
export class EmailTaken extends ConflictError {
  constructor(readonly email: string) {
    super(`Email sudah dipakai / already used: ${email}`);
  }
}

/** The first run's admin, when an account exists already (another setup won the race). */
export class AlreadySetUp extends ConflictError {
  constructor() {
    super('Instalasi ini sudah disiapkan / this installation is already set up');
  }
}
