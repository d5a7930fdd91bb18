import type { BurstKey } from './bursts.ts';

export const en: Record<BurstKey, string> = {
  'bursts.nav': 'Rating bursts',
  'bursts.title': 'Rating bursts',
  'bursts.lead':
    "Hours with far more ratings than usual for their office. Review each burst: if its ratings are not genuine, the office's manager or an admin can exclude them from the published figures, with a reason shown on the office page. No rating is deleted.",
  'bursts.rule': 'The rule',
  'bursts.office': '{office}: normally {normal} ratings in a busy hour',
  'bursts.none': 'No bursts.',
  'bursts.window': 'Hour',
  'bursts.count': 'Ratings',
  'bursts.mix': 'Scores 1 / 2 / 3 / 4',
  'bursts.threshold': 'Threshold',
  'bursts.status': 'Status',
  'bursts.skewed': 'one score dominates',
  'bursts.flagged': 'To review',
  'bursts.excluded': 'Excluded',
  'bursts.restored': 'Counted again',
  'bursts.review': '{action} by {name}, {at}: {reason}',
  'bursts.reason': 'Reason (shown on the office page)',
  'bursts.exclude': 'Exclude from the figures',
  'bursts.undo': 'Count again',
  'bursts.undoReason': 'Reason for undoing the exclusion',
  'bursts.onlyManagers': "Only this office's managers and admins can exclude ratings.",
  'bursts.done': "Saved. The office's figures are updated.",
  'bursts.reasonTooShort': 'Write a reason of at least 5 characters.'
};
