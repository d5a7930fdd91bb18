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

export const RatingCreated = z
  .object({
    id: z.string(),
    detailToken: z.string().optional().describe('for a short while, lets the same client add a comment or the service to this rating')
  })
  .meta({ id: 'RatingCreated' });
export type RatingCreated = z.infer<typeof RatingCreated>;

/** A comment or the service, added to a rating just given; the rating's score is repeated, not changed. */
export const RatingDetailInput = z
  .object({
    officeId: Slug,
    score: Score,
    detailToken: z.string().min(3).max(64),
    serviceId: Slug.optional(),
    comment: z.string().trim().max(RATING_COMMENT_MAX).optional()
  })
  .refine((input) => input.serviceId || input.comment, { message: 'comment or serviceId', path: ['comment'] })
  .meta({ id: 'RatingDetailInput' });
export type RatingDetailInput = z.infer<typeof RatingDetailInput>;
