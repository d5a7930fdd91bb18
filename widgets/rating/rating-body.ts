import type { RatingDraft } from '../shared/api.ts';

export const COMMENT_MAX = 1000;

/** The JSON body of `POST /api/v1/ratings` for a draft. */
export function ratingBody(draft: RatingDraft): string {
  const comment = draft.comment?.trim().slice(0, COMMENT_MAX);
  return JSON.stringify({
    officeId: draft.office,
    ...(draft.service && { serviceId: draft.service }),
    score: draft.score,
    ...(comment && { comment }),
    channel: draft.channel ?? 'widget'
  });
}
