import type { RatingExclusions } from '../../../shared/schemas/index.ts';
import type { ServiceContext } from '../context.ts';

/** The ratings of an office's period left out of its figures, window by window, with the public reason. */
export function ratingExclusions(ctx: ServiceContext, officeId: string, fromDay: number, toDay: number): RatingExclusions {
  const windows = ctx.views.ratings.exclusions(officeId, fromDay, toDay).map((window) => ({
    from: new Date(window.from).toISOString(),
    to: new Date(window.to).toISOString(),
    ratings: window.withheld[0] + window.withheld[1] + window.withheld[2] + window.withheld[3],
    reason: window.reason
  }));
  return { ratings: windows.reduce((sum, window) => sum + window.ratings, 0), windows };
}
