import type { ConsoleBurst } from '../../../shared/schemas/index.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors.ts';
import type { Burst } from '../../views/index.ts';
import type { RatingsExcluded, RatingsExclusionUndone } from '../../store/events.ts';
import type { StaffAccount } from '../../store/types.ts';
import type { ServiceContext } from '../context.ts';
import { withOneReviewAtATime } from './one-review-at-a-time.ts';
import { canAccessOffice, canExcludeRatings } from '../staff/access.ts';
import { toConsoleBurst } from './list-bursts.ts';

type Review = { ctx: ServiceContext; staff: StaffAccount; officeId: string; from: number; reason: string };

/**
 * Leaves a flagged hour's ratings out of the office's published figures: an event with who, when,
 * which window and its ratings, and why. Nothing is deleted; undoBurstExclusion puts them back.
 */
export function excludeBurst({ ctx, staff, officeId, from, reason }: Review): Promise<ConsoleBurst> {
  return review(ctx, staff, officeId, from, false, (burst) => {
    const event: RatingsExcluded = { type: 'ratings.excluded', at: ctx.clock.now(), officeId, from: burst.from, to: burst.to, scores: [...burst.scores], actor: staff.id, reason };
    return event;
  });
}

/** Takes an exclusion back: the hour's ratings count in the figures again (another audited event). */
export function undoBurstExclusion({ ctx, staff, officeId, from, reason }: Review): Promise<ConsoleBurst> {
  return review(ctx, staff, officeId, from, true, (burst) => {
    const event: RatingsExclusionUndone = { type: 'ratings.exclusion_undone', at: ctx.clock.now(), officeId, from: burst.from, actor: staff.id, reason };
    return event;
  });
}

async function review(
  ctx: ServiceContext,
  staff: StaffAccount,
  officeId: string,
  from: number,
  excluded: boolean,
  decide: (burst: Burst) => RatingsExcluded | RatingsExclusionUndone
): Promise<ConsoleBurst> {
  // Not yours and does not exist answer alike for offices the account cannot see.
  const burst = canAccessOffice(staff, officeId) ? ctx.views.bursts.burst(officeId, from) : undefined;
  if (!burst) throw new NotFoundError(`Lonjakan/burst ${officeId} ${Number.isFinite(from) ? new Date(from).toISOString() : from}`);
  if (!canExcludeRatings(staff, officeId)) throw new ForbiddenError('Hanya manajer kantor ini atau admin / managers of this office and admins only');
  // One decision at a time per burst: the check and the append must not interleave with another.
  return withOneReviewAtATime(ctx.store, `${officeId}:${from}`, async () => {
    if (burst.excluded !== excluded) {
      throw new ConflictError(excluded ? 'Lonjakan ini tidak sedang dikecualikan / this burst is not excluded' : 'Lonjakan ini sudah dikecualikan / this burst is already excluded');
    }
    await ctx.store.append([decide(burst)]);
    return toConsoleBurst(ctx, burst);
  });
}
