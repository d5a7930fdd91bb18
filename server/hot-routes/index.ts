import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RateLimiter } from '../middleware/rate-limit/index.ts';
import type { ServiceContext } from '../services/context.ts';
import type { Lane } from './answer.ts';
import { officeStatsGet } from './office-stats.ts';
import { RATINGS_PATH, ratingPost } from './rating-post.ts';

export type { Lane } from './answer.ts';

/** Answers a request when it is one of the hot routes' regular requests (true), or leaves it untouched (false). */
export type HotRoutes = (req: IncomingMessage, res: ServerResponse, lane: Lane) => boolean;

const OFFICES_PREFIX = '/api/v1/offices/';

/**
 * The two busiest public routes answered straight on Node's request and response (docs/operations.md, "Hot
 * routes"): a citizen's rating, and an office's figures (what the widgets and the office pages ask for). Through
 * Hono they paid for a dozen middleware layers, a WHATWG Request and Response each, and a log line, three times
 * the CPU of the work itself; here the same checks run in one function over headers put together once.
 * The Hono routes stay as they are, and answer everything these leave alone.
 */
export function hotRoutes(options: { ctx: ServiceContext; origin?: string; bodyLimitBytes: number; ratingLimiter: RateLimiter; log: (error: unknown) => void }): HotRoutes {
  const postRating = ratingPost({ ...options, limiter: options.ratingLimiter });
  const getOfficeStats = officeStatsGet(options);
  return function answerHotRoute(req, res, lane) {
    const url = req.url;
    if (req.method === 'POST') return url === RATINGS_PATH && postRating(req, res, lane);
    return req.method === 'GET' && url !== undefined && url.startsWith(OFFICES_PREFIX) && getOfficeStats(req, res, lane);
  };
}
