import type { RatingCreated, RatingDetailInput } from '../../../shared/schemas/index.ts';
import { DomainError } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { requireOffice, requireServiceOf } from '../offices/find-office.ts';
import { detailTokenProblem } from './detail-token.ts';

const REFUSED = {
  invalid: 'Kode penilaian tidak cocok / this rating cannot be changed with that token',
  expired: 'Waktu untuk menambahkan komentar sudah lewat / the time to add to this rating has passed'
};

/**
 * Adds a comment or the service to a rating just given, with the token its creation answered. The rating was
 * counted on the tap; this appends an event that changes no figure.
 */
export async function addRatingDetail({ ctx, ratingId, input }: { ctx: ServiceContext; ratingId: string; input: RatingDetailInput }): Promise<RatingCreated> {
  const problem = detailTokenProblem(ctx, { ratingId, officeId: input.officeId, score: input.score }, input.detailToken);
  if (problem) throw new DomainError(403, 'Forbidden', REFUSED[problem], [{ field: 'detailToken', message: REFUSED[problem] }]);
  requireOffice(ctx, input.officeId);
  requireServiceOf(ctx, input.officeId, input.serviceId);
  await ctx.store.append([
    {
      type: 'rating.detailed',
      at: ctx.clock.now(),
      officeId: input.officeId,
      ratingId,
      score: input.score as 1 | 2 | 3 | 4,
      ...(input.serviceId && { serviceId: input.serviceId }),
      ...(input.comment && { comment: input.comment })
    }
  ]);
  return { id: ratingId };
}
