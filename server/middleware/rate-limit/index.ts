import type { Context, MiddlewareHandler } from 'hono';
import type { Clock } from '../../clock.ts';
import { problem } from '../problem/index.ts';
import { addResponseHeaders } from '../response-headers/index.ts';
import { FixedWindows } from './fixed-windows.ts';

/** Submissions per client per window on each public POST; a kiosk at a busy counter stays well within. */
export type PublicPostLimits = { windowMs: number; ratings: number; complaints: number; surveys: number };

export const PUBLIC_POST_LIMITS: PublicPostLimits = { windowMs: 10 * 60_000, ratings: 60, complaints: 10, surveys: 30 };

export type RateLimitOptions = {
  /** Requests one client may make in `windowMs`. */
  limit: number;
  windowMs: number;
  /** The client's salted, daily-rotating address hash (server/security/client-key.ts); undefined: not limited. */
  clientKey: (c: Context) => string | undefined;
  clock: Clock;
};

/** One client's count on one public POST: the `RateLimit-*` headers to answer, and whether it is over the limit. */
export type RateCount = { over: boolean; headers: Record<string, string> };

/** The windows of one public POST's limit, shared by its middleware and its hot route (server/hot-routes). */
export class RateLimiter {
  readonly #windows: FixedWindows;
  readonly #policy: string;
  readonly #limitText: string;
  readonly retryAfter: string;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly clock: Clock
  ) {
    this.#windows = new FixedWindows(windowMs);
    this.#policy = `${limit};w=${Math.ceil(windowMs / 1000)}`;
    this.#limitText = String(limit);
    this.retryAfter = String(Math.ceil(windowMs / 1000));
  }

  /** Whether one more hit of `key` now would be refused; counts nothing. */
  wouldRefuse(key: string): boolean {
    return this.#windows.peek(key, this.clock.now()) >= this.limit;
  }

  /** Counts one hit of `key` now. */
  count(key: string): RateCount {
    const now = this.clock.now();
    const { hits, resetAt } = this.#windows.hit(key, now);
    const headers: Record<string, string> = { 'RateLimit-Policy': this.#policy, 'RateLimit-Limit': this.#limitText, 'RateLimit-Remaining': String(Math.max(this.limit - hits, 0)) };
    const resetSeconds = Math.max(0, Math.ceil((resetAt - now) / 1000));
    if (resetSeconds) headers['RateLimit-Reset'] = String(resetSeconds);
    return { over: hits > this.limit, headers };
  }
}

/**
 * Per-client limits on the public POSTs: generous enough for a kiosk at a busy counter, tight enough
 * that one script cannot flood an office's figures. Clients are told apart by a hash of their address with a
 * rotating salt, never the address itself (docs/architecture.md); a request without one (the pages, in-process, with no
 * address passed on) is not limited here. Over the limit: 429 problem+json with Retry-After, and the draft-6
 * `RateLimit-*` headers on every answer (as hono-rate-limiter sent them; counted here in one synchronous step,
 * since its seven awaits and four `c.header` calls were a tenth of a rating's CPU).
 */
export function rateLimit({ limit, windowMs, clientKey, clock, limiter }: RateLimitOptions & { limiter?: RateLimiter }): MiddlewareHandler {
  const windows = limiter ?? new RateLimiter(limit, windowMs, clock);
  return function rateLimited(c, next) {
    if (c.req.method !== 'POST') return next();
    const key = clientKey(c);
    if (key === undefined) return next();
    const { over, headers } = windows.count(key);
    if (!over) {
      addResponseHeaders(c, headers);
      return next();
    }
    // The refusal is a fresh answer: its headers go on it directly.
    for (const name in headers) c.header(name, headers[name]);
    c.header('Retry-After', windows.retryAfter);
    return Promise.resolve(
      problem(c, {
        title: 'Too Many Requests',
        status: 429,
        detail: `Terlalu banyak kiriman; coba lagi nanti / too many submissions, at most ${limit} per ${Math.round(windowMs / 60_000)} min`
      })
    );
  };
}
