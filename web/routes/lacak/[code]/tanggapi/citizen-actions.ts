import type { CitizenAction, PublicComplaint } from '$shared/schemas/index.ts';

const OPEN = new Set(['submitted', 'verified', 'in_progress', 'reopened']);

/**
 * Which forms to offer (the API decides; this only avoids offering what it will refuse): more
 * information while open or resolved; confirming or reopening once resolved, confirming only once.
 */
export function citizenActionsOf(complaint: PublicComplaint): CitizenAction[] {
  if (OPEN.has(complaint.status)) return ['info'];
  if (complaint.status !== 'resolved') return [];
  let confirmed = false;
  for (const entry of complaint.timeline) {
    if (entry.type === 'complaint.resolved') confirmed = false;
    if (entry.type === 'complaint.confirmed') confirmed = true;
  }
  return confirmed ? ['info', 'reopen'] : ['confirm', 'info', 'reopen'];
}
