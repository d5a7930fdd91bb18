import { timingSafeEqual } from 'node:crypto';
import type { ServiceContext } from '../context.ts';

/** How long after the tap a comment or service may still be added to the same rating. */
export const DETAIL_WINDOW_MS = 30 * 60_000;

type Rated = { ratingId: string; officeId: string; score: number };

const message = ({ ratingId, officeId, score }: Rated, expires: number) => `rating-detail|${ratingId}|${officeId}|${score}|${expires}`;

/**
 * The per-rating secret the tap's answer carries: `<expiry, base 36>.<MAC>`. Signed, not stored, so it needs no
 * table and still works after a restart; whoever holds it may add to that one rating until it expires.
 */
export function detailToken(ctx: ServiceContext, rated: Rated, ratedAt: number): string {
  const expires = ratedAt + DETAIL_WINDOW_MS;
  return `${expires.toString(36)}.${ctx.idempotency.sign(message(rated, expires))}`;
}

/** Why a token is refused, or null when it is good for `rated` now. */
export function detailTokenProblem(ctx: ServiceContext, rated: Rated, token: string): 'invalid' | 'expired' | null {
  const [expiresText, mac] = token.split('.');
  const expires = parseInt(expiresText ?? '', 36);
  if (!mac || !Number.isSafeInteger(expires)) return 'invalid';
  const expected = Buffer.from(ctx.idempotency.sign(message(rated, expires)));
  const presented = Buffer.from(mac);
  if (expected.length !== presented.length || !timingSafeEqual(expected, presented)) return 'invalid';
  return ctx.clock.now() > expires ? 'expired' : null;
}
