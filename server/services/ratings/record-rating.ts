import type { RatingCreated, RatingInput } from '../../../shared/schemas/index.ts';
import type { ServiceContext } from '../context.ts';
import { requireOpenOffice, requireServiceOf } from '../offices/find-office.ts';
import { detailToken } from './detail-token.ts';

/**
 * Records a quick rating; resolves once it is durable. With an Idempotency-Key, a repeat of the same submission
 * answers the first rating's id instead of counting twice (`replayed`).
 */
export async function recordRating({ ctx, input, idempotencyKey }: { ctx: ServiceContext; input: RatingInput; idempotencyKey?: string }): Promise<{ body: RatingCreated; replayed: boolean }> {
  return ctx.idempotency.once({
    kind: 'rating',
    key: idempotencyKey,
    officeId: input.officeId,
    replay: (first) => withDetailToken(ctx, `r${first.seq}`, first.officeId, first.score, first.at),
    submit: async (keyHash) => {
      requireOpenOffice(ctx, input.officeId);
      requireServiceOf(ctx, input.officeId, input.serviceId);
      const [stored] = await ctx.store.append([
        {
          type: 'rating.recorded',
          at: ctx.clock.now(),
          officeId: input.officeId,
          ...(input.serviceId && { serviceId: input.serviceId }),
          score: input.score as 1 | 2 | 3 | 4,
          ...(input.comment && { comment: input.comment }),
          channel: input.channel,
          ...(keyHash && { idempotencyKey: keyHash })
        }
      ]);
      return withDetailToken(ctx, `r${stored.seq}`, input.officeId, input.score, stored.at);
    }
  });
}

/** The answer to a tap: the rating's id, and the token that lets the same person add a comment to it for a while. */
function withDetailToken(ctx: ServiceContext, id: string, officeId: string, score: number | undefined, at: number): RatingCreated {
  return score ? { id, detailToken: detailToken(ctx, { ratingId: id, officeId, score }, at) } : { id };
}
