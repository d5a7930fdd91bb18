import type { Clock } from '../clock.ts';
import { Backoff, type BackoffPolicy } from './backoff.ts';
import { clientAddressResolver, TRUST_NO_PROXY, type ClientAddressResolver, type TrustProxy } from './client-address.ts';
import { clientHasher } from './client-key.ts';
import { sessionFile } from './session-file.ts';
import { SessionBook } from './sessions.ts';
import { FailureThrottle } from './throttle.ts';

const MINUTE = 60_000;

/**
 * Wrong passwords or complaint secrets from one client on one account or code: five typos are free, then
 * each failure doubles the wait (1 s, 2 s, 4 s … at most 15 min). docs/limits.md explains the numbers.
 */
export const GUESS_BACKOFF: BackoffPolicy = { free: 5, firstWaitMs: 1_000, maxWaitMs: 15 * MINUTE, forgetMs: 24 * 60 * MINUTE };

/** Against distributed guessing of one account: more failures per hour than a dozen addresses at full backoff can make. */
export const ACCOUNT_CEILING = { limit: 300, windowMs: 60 * MINUTE };

/** Sessions and the throttles against guessing; in memory, one set per app (sessions also on disk with `sessionsFile`). */
export type Security = {
  sessions: SessionBook;
  /** The client's address by the TRUST_PROXY rule (client-address.ts); server/main.ts passes it on to the pages. */
  clientAddress: ClientAddressResolver;
  /** Salted, daily-rotating hash of the client's address (never the address itself). */
  clientKey: ReturnType<typeof clientHasher>;
  /** Wrong passwords per (account, client), per client over all accounts, and per account from everyone (the ceiling). */
  loginBackoff: Backoff;
  loginPerClient: FailureThrottle;
  loginPerAccount: FailureThrottle;
  /** Wrong complaint secrets per (tracking code, client) and per client; no per-code ceiling (a 128-bit secret). */
  secretBackoff: Backoff;
  secretPerClient: FailureThrottle;
  /** Unknown tracking codes asked for, per client. */
  codeMisses: FailureThrottle;
  /** Emails that may not log in whatever the password (the demo's accounts when the demo is off). */
  disabledAccounts: ReadonlySet<string>;
};

export type SecurityOptions = { trustProxy?: TrustProxy; disabledAccounts?: readonly string[]; sessionsFile?: string };

export function createSecurity(clock: Clock, { trustProxy = TRUST_NO_PROXY, disabledAccounts = [], sessionsFile }: SecurityOptions = {}): Security {
  const clientAddress = clientAddressResolver(trustProxy);
  return {
    sessions: new SessionBook(clock, undefined, undefined, sessionsFile === undefined ? undefined : sessionFile(sessionsFile)),
    clientAddress,
    clientKey: clientHasher(clock, clientAddress),
    loginBackoff: new Backoff(clock, GUESS_BACKOFF),
    loginPerClient: new FailureThrottle(clock, 20, 15 * MINUTE),
    loginPerAccount: new FailureThrottle(clock, ACCOUNT_CEILING.limit, ACCOUNT_CEILING.windowMs),
    secretBackoff: new Backoff(clock, GUESS_BACKOFF),
    secretPerClient: new FailureThrottle(clock, 20, 60 * MINUTE),
    codeMisses: new FailureThrottle(clock, 30, 15 * MINUTE),
    disabledAccounts: new Set(disabledAccounts.map((email) => email.toLowerCase()))
  };
}

/** The key of one client's attempts on one account or code; a request without a client address is one client. */
export const pairKey = (subject: string, client: string | undefined) => `${subject}\n${client ?? ''}`;
