import type { Context } from 'hono';
import type { Clock } from '../clock.ts';
import { clientHasher } from './client-key.ts';
import { SessionBook } from './sessions.ts';
import { FailureThrottle } from './throttle.ts';

const MINUTE = 60_000;

/** Sessions and the throttles against guessing; in memory, one set per app. */
export type Security = {
  sessions: SessionBook;
  /** Salted, daily-rotating hash of the client's address (never the address itself). */
  clientKey: (c: Context) => string | undefined;
  /** Failed logins per account, and per client. */
  loginPerAccount: FailureThrottle;
  loginPerClient: FailureThrottle;
  /** Wrong complaint secrets per tracking code, and per client. */
  secretPerCode: FailureThrottle;
  secretPerClient: FailureThrottle;
  /** Unknown tracking codes asked for, per client. */
  codeMisses: FailureThrottle;
};

export function createSecurity(clock: Clock): Security {
  return {
    sessions: new SessionBook(clock),
    clientKey: clientHasher(clock),
    loginPerAccount: new FailureThrottle(clock, 5, 15 * MINUTE),
    loginPerClient: new FailureThrottle(clock, 20, 15 * MINUTE),
    secretPerCode: new FailureThrottle(clock, 5, 60 * MINUTE),
    secretPerClient: new FailureThrottle(clock, 20, 60 * MINUTE),
    codeMisses: new FailureThrottle(clock, 30, 15 * MINUTE)
  };
}
