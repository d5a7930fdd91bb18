import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import { problem } from '../problem/index.ts';

/** Submissions per client per window on each public POST; a kiosk at a busy counter stays well within. */
export type PublicPostLimits = { windowMs: number; ratings: number; complaints: number; surveys: number };

export const PUBLIC_POST_LIMITS: PublicPostLimits = { windowMs: 10 * 60_000, ratings: 60, complaints: 10, surveys: 30 };

export type RateLimitOptions = {
  /** Requests one client may make in `windowMs`. */
  limit: number;
  windowMs: number;
  /** The client's salted, daily-rotating address hash (server/security/client-key.ts); undefined: not limited. */
  clientKey: (c: Context) => string | undefined;
};

/**
 * Per-client limits on the public POSTs (issue 6): generous enough for a kiosk at a busy counter, tight enough
 * that one script cannot flood an office's figures. Clients are told apart by a hash of their address with a
 * rotating salt, never the address itself (DESIGN §6); a request without one (the pages, in-process, with no
 * address passed on) is not limited here. Over the limit: 429 problem+json with Retry-After, and the draft-6
 * `RateLimit-*` headers on every answer.
 */
export function rateLimit({ limit, windowMs, clientKey }: RateLimitOptions): MiddlewareHandler {
  const limiter = rateLimiter({
    windowMs,
    limit,
    standardHeaders: 'draft-6',
    keyGenerator: (c) => clientKey(c) ?? '',
    skip: (c) => c.req.method !== 'POST' || clientKey(c) === undefined,
    handler: (c) => {
      c.header('Retry-After', String(Math.ceil(windowMs / 1000)));
      return problem(c, {
        title: 'Too Many Requests',
        status: 429,
        detail: `Terlalu banyak kiriman; coba lagi nanti / too many submissions, at most ${limit} per ${Math.round(windowMs / 60_000)} min`
      });
    }
  });
  return function rateLimited(c, next) {
    return limiter(c, next);
  };
}
