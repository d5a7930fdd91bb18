// docs/methodology.md "Resolution rate": resolved ÷ due, where due = resolved + rejected for a reason other than
// out-of-scope or duplicate + still open past the deadline. "Closed" is never silently counted as "fixed":
// the breakdown keeps confirmed, disputed and unconfirmed resolutions apart.

/** Per-complaint input to the resolution rate (current state derived from the complaint's events). */
export type ComplaintOutcome = {
  status: 'submitted' | 'verified' | 'in_progress' | 'resolved' | 'closed' | 'rejected' | 'reopened';
  rejectReason?: 'out_of_scope' | 'duplicate' | 'incomplete' | 'other';
  confirmation?: 'satisfied' | 'not_satisfied';
  resolutionDeadline: number;
};

export type ResolutionRate = {
  due: number;
  resolved: number;
  rate: number | null;
  breakdown: {
    resolvedConfirmed: number;
    resolvedDisputed: number;
    resolvedUnconfirmed: number;
    rejected: { out_of_scope: number; duplicate: number; incomplete: number; other: number };
    openWithinDeadline: number;
    overdue: number;
  };
};

/** Resolution rate = resolved ÷ due with its full breakdown (docs/methodology.md "Resolution rate"). */
export function resolutionRate(items: readonly ComplaintOutcome[], nowMs: number): ResolutionRate {
  const breakdown: ResolutionRate['breakdown'] = {
    resolvedConfirmed: 0,
    resolvedDisputed: 0,
    resolvedUnconfirmed: 0,
    rejected: { out_of_scope: 0, duplicate: 0, incomplete: 0, other: 0 },
    openWithinDeadline: 0,
    overdue: 0
  };
  for (const item of items) {
    switch (item.status) {
      case 'resolved':
      case 'closed': // closed only ever follows resolved
        if (item.confirmation === 'satisfied') breakdown.resolvedConfirmed += 1;
        else if (item.confirmation === 'not_satisfied') breakdown.resolvedDisputed += 1;
        else breakdown.resolvedUnconfirmed += 1;
        break;
      case 'rejected':
        // A rejection without a recorded reason cannot prove it was out of scope, so it stays in "due".
        breakdown.rejected[item.rejectReason ?? 'other'] += 1;
        break;
      default: // submitted, verified, in_progress, reopened: a reopened complaint is open again
        if (nowMs > item.resolutionDeadline) breakdown.overdue += 1;
        else breakdown.openWithinDeadline += 1;
    }
  }
  const resolved = breakdown.resolvedConfirmed + breakdown.resolvedDisputed + breakdown.resolvedUnconfirmed;
  const due = resolved + breakdown.rejected.incomplete + breakdown.rejected.other + breakdown.overdue;
  return { due, resolved, rate: due === 0 ? null : resolved / due, breakdown };
}
