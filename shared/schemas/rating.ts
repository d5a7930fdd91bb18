import { z } from 'zod';
import { MultilineText } from './text.ts';
import { Channel, Score, Slug } from './common.ts';

export const RATING_COMMENT_MAX = 1000;

/** A quick rating: one overall answer on the SKM scale. */
export const RatingInput = z
  .object({
    officeId: Slug,
    serviceId: Slug.optional(),
    score: Score,
    comment: MultilineText().max(RATING_COMMENT_MAX).optional(),
    channel: Channel.exclude(['import']).default('web')
  })
  .meta({ id: 'RatingInput' });
export type RatingInput = z.infer<typeof RatingInput>;

export const RatingCreated = z.object({ id: z.string() }).meta({ id: 'RatingCreated' });
export type RatingCreated = z.infer<typeof RatingCreated>;
