import type { BurstList, ConsoleBurst } from '../../../shared/schemas/index.ts';
import type { Burst } from '../../views/index.ts';
import type { StaffAccount } from '../../store/types.ts';
import type { ServiceContext } from '../context.ts';
import { canExcludeRatings, officeIdsOf } from '../staff/access.ts';

/** The flagged hours of every office the account answers for, newest first, offices with bursts first. */
export function listBursts({ ctx, staff }: { ctx: ServiceContext; staff: StaffAccount }): BurstList {
  const offices = officeIdsOf(ctx, staff).map((officeId) => ({
    officeId,
    officeName: ctx.catalog().office(officeId)?.name ?? officeId,
    normalPerHour: ctx.views.bursts.normalHour(officeId).normal,
    canExclude: canExcludeRatings(staff, officeId),
    bursts: ctx.views.bursts
      .bursts(officeId)
      .map((burst) => toConsoleBurst(ctx, burst))
      .reverse()
  }));
  return { offices: offices.sort((a, b) => Number(b.bursts.length > 0) - Number(a.bursts.length > 0)) };
}

/** A burst as the console shows it: instants as ISO, actors by name. */
export function toConsoleBurst(ctx: ServiceContext, burst: Burst): ConsoleBurst {
  const nameOf = (actor: string) => ctx.store.staff.byId(actor)?.name ?? actor;
  return {
    from: new Date(burst.from).toISOString(),
    to: new Date(burst.to).toISOString(),
    id: burst.from,
    ratings: burst.scores[0] + burst.scores[1] + burst.scores[2] + burst.scores[3],
    scores: [...burst.scores],
    normalPerHour: burst.normal,
    threshold: burst.threshold,
    skewed: burst.skewed,
    excluded: burst.excluded,
    reviews: burst.reviews.map((review) => ({ action: review.action, at: new Date(review.at).toISOString(), actorName: nameOf(review.actor), reason: review.reason }))
  };
}
