import type { RatingCreated, RatingInput } from '../../../shared/schemas/index.ts';
import type { ServiceContext } from '../context.ts';
import { requireOffice, requireServiceOf } from '../offices/find-office.ts';

/** Records a quick rating; resolves once it is durable. */
export async function recordRating({ ctx, input }: { ctx: ServiceContext; input: RatingInput }): Promise<RatingCreated> {
  requireOffice(ctx, input.officeId);
  requireServiceOf(ctx, input.officeId, input.serviceId);
  const [stored] = await ctx.store.append([
    {
      type: 'rating.recorded',
      at: ctx.clock.now(),
      officeId: input.officeId,
      ...(input.serviceId && { serviceId: input.serviceId }),
      score: input.score as 1 | 2 | 3 | 4,
      ...(input.comment && { comment: input.comment }),
      channel: input.channel
    }
  ]);
  return { id: `r${stored.seq}` };
}
