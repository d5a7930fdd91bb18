import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RatingInput } from '../../shared/schemas/index.ts';
import { originAllowed } from '../middleware/allowed-origins/index.ts';
import { INTERNAL_ERROR, PROBLEM_TYPE, problemOf } from '../middleware/problem/index.ts';
import type { RateLimiter } from '../middleware/rate-limit/index.ts';
import type { ServiceContext } from '../services/context.ts';
import { recordRating } from '../services/ratings/record-rating.ts';
import { apiHeaders, send, type FlatHeaders, type Lane } from './answer.ts';

export const RATINGS_PATH = '/api/v1/ratings';

// The JSON content types the widgets and pages send; anything else (a charset other than UTF-8, a `+json`
// type, form data) takes the ordinary path, which answers it exactly as documented.
const PLAIN_JSON = new Set(['application/json', 'application/json; charset=utf-8', 'application/json;charset=utf-8']);
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export type RatingPostOptions = { ctx: ServiceContext; origin?: string; bodyLimitBytes: number; limiter: RateLimiter; log: (error: unknown) => void };

/**
 * POST /api/v1/ratings on Node's request and response, without Hono: the same checks in the same order as the
 * ordinary path (body limit, UTF-8, the office's allowed origins, the zod schema, the per-client limit), the same
 * service verb, the same answer. Only a regular submission is answered here: whatever the ordinary path would
 * refuse (a bad body, an origin the office does not take, a client over its limit) goes there, counted nowhere
 * yet, so its problem+json stays exactly as documented. A refusal of the verb itself (an unknown or closed
 * office, a bad Idempotency-Key, storage failing) is answered here with the same problem document as app.onError.
 */
export function ratingPost({ ctx, origin: own, bodyLimitBytes, limiter, log }: RatingPostOptions) {
  const common = apiHeaders(own);
  const answer = (res: ServerResponse, lane: Lane, started: number, status: number, headers: FlatHeaders, body: string) => {
    const reqId = randomUUID();
    send(res, status, ['X-Request-Id', reqId, ...common, ...headers], body);
    lane.answered('POST', RATINGS_PATH, status, started, reqId);
  };

  function submit(req: IncomingMessage, res: ServerResponse, lane: Lane, started: number, bytes: Buffer): void {
    const passOn = () => lane.fallThrough(Object.assign(req, { rawBody: bytes }), res);
    let value: unknown;
    try {
      value = JSON.parse(strictUtf8.decode(bytes));
    } catch {
      return passOn();
    }
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== own && !originAllowed(ctx.catalog(), value, origin)) return passOn();
    const input = RatingInput.safeParse(value);
    if (!input.success) return passOn();
    const key = ctx.security.clientKey.ofRequest(req);
    if (limiter.wouldRefuse(key)) return passOn();
    const rate = limiter.count(key).headers;
    const rateHeaders: FlatHeaders = [];
    for (const name in rate) rateHeaders.push(name, rate[name]!);
    recordRating({ ctx, input: input.data, idempotencyKey: req.headers['idempotency-key'] as string | undefined }).then(
      ({ body, replayed }) => {
        rateHeaders.push('Content-Type', 'application/json');
        if (replayed) rateHeaders.push('Idempotent-Replayed', 'true');
        answer(res, lane, started, 201, rateHeaders, JSON.stringify(body));
      },
      (error: unknown) => {
        const problem = problemOf(error);
        if (!problem) log(error);
        if (problem?.retryAfterSeconds !== undefined) rateHeaders.push('Retry-After', String(problem.retryAfterSeconds));
        rateHeaders.push('Content-Type', PROBLEM_TYPE);
        const document = problem?.document ?? INTERNAL_ERROR;
        answer(res, lane, started, document.status, rateHeaders, JSON.stringify(document));
      }
    );
  }

  /** Takes the request when it is a regular rating submission (returns true), or leaves it untouched (false). */
  return function postRating(req: IncomingMessage, res: ServerResponse, lane: Lane): boolean {
    const type = req.headers['content-type'];
    const length = req.headers['content-length'];
    if (type === undefined || length === undefined || req.headers['transfer-encoding'] !== undefined || !PLAIN_JSON.has(type.toLowerCase())) return false;
    const size = Number(length);
    if (!(size > 0 && size <= bodyLimitBytes)) return false;
    const started = performance.now();
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    // A client gone before the end of its body gets no answer, as on the ordinary path.
    req.on('end', () => submit(req, res, lane, started, chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    return true;
  };
}
