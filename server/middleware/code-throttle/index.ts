import type { MiddlewareHandler } from 'hono';
import { TooManyRequestsError } from '../../errors.ts';
import type { Security } from '../../security/index.ts';

/**
 * Throttles tracking-code guessing: a client that asked for too many unknown codes (404) gets 429
 * on every complaint path for a while. Keyed by the salted client hash, never the address.
 */
export function codeGuessThrottle(security: Security): MiddlewareHandler {
  return async function throttleCodeGuessing(c, next) {
    const client = security.clientKey(c);
    const wait = await security.codeMisses.blockedFor(client);
    if (wait > 0) throw new TooManyRequestsError(wait / 1000);
    await next();
    if (c.res.status === 404) await security.codeMisses.fail(client);
  };
}
