import { z } from 'zod';
import { Slug } from './common.ts';

const Scores = z.tuple([z.number().int(), z.number().int(), z.number().int(), z.number().int()]).describe('count of scores 1,2,3,4');

/** A decision on a flagged hour, from the audited events. */
export const BurstReview = z.object({
  action: z.enum(['excluded', 'restored']),
  at: z.string().describe('ISO 8601 instant'),
  actorName: z.string(),
  reason: z.string()
});

/** An hour with unusually many ratings for its office (methodology: "Lonjakan penilaian"). */
export const ConsoleBurst = z.object({
  from: z.string().describe('ISO 8601 instant: the start of the clock hour'),
  to: z.string(),
  id: z.number().int().describe('the window start in epoch milliseconds, as the exclusion path takes it'),
  ratings: z.number().int(),
  scores: Scores,
  normalPerHour: z.number().describe("the office's normal busy hour when the hour was flagged"),
  threshold: z.number().int().describe('ratings in the hour that made it a burst'),
  skewed: z.boolean().describe('one score dominated the hour against the usual mix'),
  excluded: z.boolean(),
  reviews: z.array(BurstReview)
});
export type ConsoleBurst = z.infer<typeof ConsoleBurst>;

/** The bursts of every office the account can see, newest first, with the office's normal rate now. */
export const BurstList = z
  .object({
    offices: z.array(
      z.object({
        officeId: Slug,
        officeName: z.string(),
        normalPerHour: z.number(),
        canExclude: z.boolean().describe('managers of the office and admins may exclude and undo'),
        bursts: z.array(ConsoleBurst)
      })
    )
  })
  .meta({ id: 'BurstList' });
export type BurstList = z.infer<typeof BurstList>;

/** Why a burst is left out of (or put back into) the published figures: public, on the office page. */
export const ExclusionInput = z.object({ reason: z.string().trim().min(5).max(300) }).meta({ id: 'ExclusionInput' });
export type ExclusionInput = z.infer<typeof ExclusionInput>;

/** Ratings left out of an office's published figures in a period, and why (the office page's note). */
export const RatingExclusions = z.object({
  ratings: z.number().int(),
  windows: z.array(z.object({ from: z.string(), to: z.string(), ratings: z.number().int(), reason: z.string() }))
});
export type RatingExclusions = z.infer<typeof RatingExclusions>;
