import { ConflictError } from '../../errors.ts';
import { Backoff } from '../../security/backoff.ts';
import { FailureThrottle } from '../../security/throttle.ts';
import type { StaffAccount } from '../types.ts';
import { AlreadySetUp, EmailTaken, type SessionSelection, type SessionStore, type StaffStore, type StoredSession, type Throttle, type ThrottleStore } from './types.ts';

/**
 * Accounts in memory, written through `persist` (the file engine's staff.json) before a change is visible.
 * The array is replaced on every change, so a reader holding `all()` never sees half an update.
 */
export function memoryStaff(initial: readonly StaffAccount[] = [], persist?: (accounts: readonly StaffAccount[]) => Promise<void>): StaffStore {
  let accounts: readonly StaffAccount[] = structuredClone(initial);
  let writes: Promise<unknown> = Promise.resolve();
  // One change at a time, each on the result of the one before (as the catalog's updates).
  const write = <T>(next: () => { accounts: readonly StaffAccount[]; result: T }): Promise<T> => {
    const run = writes.then(async () => {
      const { accounts: changed, result } = next();
      await persist?.(changed);
      accounts = changed;
      return result;
    });
    writes = run.catch(() => {});
    return run;
  };
  return {
    all: () => accounts,
    byId: (id) => accounts.find((account) => account.id === id),
    byEmail: (email) => accounts.find((account) => account.email === email),
    create: (account, options) =>
      write(() => {
        if (options?.onlyFirst && accounts.length > 0) throw new AlreadySetUp();
        if (accounts.some((other) => other.email === account.email)) throw new EmailTaken(account.email);
        if (accounts.some((other) => other.id === account.id)) throw new ConflictError(`Akun sudah ada / the account exists: ${account.id}`);
        return { accounts: [...accounts, structuredClone(account)], result: undefined };
      }),
    update: (id, change) =>
      write(() => {
        const index = accounts.findIndex((account) => account.id === id);
        if (index < 0) throw new Error(`no account ${id}`);
        const changed = change(structuredClone(accounts[index]!));
        if (accounts.some((other, i) => i !== index && other.email === changed.email)) throw new EmailTaken(changed.email);
        return { accounts: accounts.with(index, changed), result: changed };
      })
  };
}

/** Sessions in a map, written whole through `persist` (DATA_DIR/sessions.json) after each change. */
export function memorySessions(initial: readonly StoredSession[] = [], persist?: (sessions: StoredSession[]) => void): SessionStore {
  const sessions = new Map(initial.map((session) => [session.tokenHash, { ...session }]));
  const save = () => persist?.([...sessions.values()]);
  const selected = (selection: SessionSelection) =>
    'tokenHash' in selection ? [selection.tokenHash] : [...sessions.values()].filter((s) => s.staffId === selection.staffId && s.tokenHash !== selection.exceptTokenHash).map((s) => s.tokenHash);
  return {
    async open(session) {
      sessions.set(session.tokenHash, { ...session });
      save();
    },
    async find(tokenHash) {
      return sessions.get(tokenHash);
    },
    async touch(tokenHash, lastSeenAt) {
      const session = sessions.get(tokenHash);
      if (!session) return;
      session.lastSeenAt = lastSeenAt;
      save();
    },
    async end(selection) {
      const ended = selected(selection).filter((hash) => sessions.delete(hash)).length;
      if (ended > 0) save();
      return ended;
    },
    async sweep({ idleBefore, openedBefore }) {
      let swept = 0;
      for (const [hash, session] of sessions) if ((session.lastSeenAt < idleBefore || session.openedAt < openedBefore) && sessions.delete(hash)) swept++;
      if (swept > 0) save();
    }
  };
}

/** Throttles of one process (the file engine's, and tests'): a restart forgives everyone. */
export function memoryThrottles(): ThrottleStore {
  return {
    window: (_name, { limit, windowMs }, clock) => {
      const throttle = new FailureThrottle(clock, limit, windowMs);
      return {
        blockedFor: async (key) => throttle.blockedFor(key),
        fail: async (key) => throttle.fail(key),
        reset: async (key) => throttle.reset(key)
      };
    },
    backoff: (_name, policy, clock): Throttle => {
      const backoff = new Backoff(clock, policy);
      return {
        blockedFor: async (key) => (key === undefined ? 0 : backoff.blockedFor(key)),
        fail: async (key) => void (key !== undefined && backoff.fail(key)),
        reset: async (key) => backoff.reset(key)
      };
    }
  };
}
