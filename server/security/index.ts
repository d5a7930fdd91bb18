import type { Clock } from '../clock.ts';
import type { SessionStore, Throttle, ThrottleStore } from '../store/accounts/types.ts';
import type { BackoffPolicy } from './backoff.ts';
import { clientAddressResolver, TRUST_NO_PROXY, type ClientAddressResolver, type TrustProxy } from './client-address.ts';
import { clientHasher } from './client-key.ts';
import { SessionBook } from './sessions.ts';

const MINUTE = 60_000;

/**
 * Wrong passwords or complaint secrets from one client on one account or code: five typos are free, then
 * each failure doubles the wait (1 s, 2 s, 4 s … at most 15 min). docs/limits.md explains the numbers.
 */
export const GUESS_BACKOFF: BackoffPolicy = { free: 5, firstWaitMs: 1_000, maxWaitMs: 15 * MINUTE, forgetMs: 24 * 60 * MINUTE };

/** Against distributed guessing of one account: more failures per hour than a dozen addresses at full backoff can make. */
export const ACCOUNT_CEILING = { limit: 300, windowMs: 60 * MINUTE };

/** Sessions and the throttles against guessing, over the store's (shared by every process on PostgreSQL). */
export type Security = {
  sessions: SessionBook;
  /** The client's address by the TRUST_PROXY rule (client-address.ts); server/main.ts passes it on to the pages. */
  clientAddress: ClientAddressResolver;
  /** Salted, daily-rotating hash of the client's address (never the address itself). */
  clientKey: ReturnType<typeof clientHasher>;
  /** Wrong passwords per (account, client), per client over all accounts, and per account from everyone (the ceiling). */
  loginBackoff: Throttle;
  loginPerClient: Throttle;
  loginPerAccount: Throttle;
  /** Wrong complaint secrets per (tracking code, client) and per client; no per-code ceiling (a 128-bit secret). */
  secretBackoff: Throttle;
  secretPerClient: Throttle;
  /** Unknown tracking codes asked for, per client. */
  codeMisses: Throttle;
  /** Emails that may not log in whatever the password (the demo's accounts when the demo is off). */
  disabledAccounts: ReadonlySet<string>;
};

export type SecurityOptions = { sessions: SessionStore; throttles: ThrottleStore; trustProxy?: TrustProxy; disabledAccounts?: readonly string[] };

/**
 * The app's sessions and throttles over the store's (shared by every process on PostgreSQL). Each throttle has a
 * name in the store (a PostgreSQL row's `name`): renaming one forgives its failures once.
 */
export function createSecurity(clock: Clock, { sessions, throttles, trustProxy = TRUST_NO_PROXY, disabledAccounts = [] }: SecurityOptions): Security {
  const clientAddress = clientAddressResolver(trustProxy);
  return {
    sessions: new SessionBook(clock, sessions),
    clientAddress,
    clientKey: clientHasher(clock, clientAddress),
    loginBackoff: throttles.backoff('login-pair', GUESS_BACKOFF, clock),
    loginPerClient: throttles.window('login-client', { limit: 20, windowMs: 15 * MINUTE }, clock),
    loginPerAccount: throttles.window('login-account', ACCOUNT_CEILING, clock),
    secretBackoff: throttles.backoff('secret-pair', GUESS_BACKOFF, clock),
    secretPerClient: throttles.window('secret-client', { limit: 20, windowMs: 60 * MINUTE }, clock),
    codeMisses: throttles.window('code-misses', { limit: 30, windowMs: 15 * MINUTE }, clock),
    disabledAccounts: new Set(disabledAccounts.map((email) => email.toLowerCase()))
  };
}

/** The key of one client's attempts on one account or code; a request without a client address is one client. */
export const pairKey = (subject: string, client: string | undefined) => `${subject}\n${client ?? ''}`;
