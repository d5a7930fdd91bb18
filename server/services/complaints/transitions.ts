import type { CitizenAction, ComplaintStatus, StaffAction } from '../../../shared/schemas/index.ts';
import type { ComplaintActionType } from '../../store/events.ts';

// docs/architecture.md lifecycle: submitted → verified → in_progress → resolved → closed, with rejected and
// reopened (by the citizen, after resolved). Which action may follow which status, in one table.

export const OPEN_STATUSES: readonly ComplaintStatus[] = ['submitted', 'verified', 'in_progress', 'reopened'];
const ALL_STATUSES: readonly ComplaintStatus[] = [...OPEN_STATUSES, 'resolved', 'closed', 'rejected'];

export const STAFF_ACTIONS: Record<StaffAction, { event: ComplaintActionType; from: readonly ComplaintStatus[] }> = {
  verify: { event: 'complaint.verified', from: ['submitted'] },
  start: { event: 'complaint.started', from: ['submitted', 'verified', 'reopened'] },
  reply: { event: 'complaint.replied', from: [...OPEN_STATUSES, 'resolved'] },
  // An internal note never changes anything the citizen sees, so it is always possible.
  note: { event: 'complaint.noted', from: ALL_STATUSES },
  resolve: { event: 'complaint.resolved', from: ['verified', 'in_progress', 'reopened'] },
  reject: { event: 'complaint.rejected', from: OPEN_STATUSES },
  forward: { event: 'complaint.forwarded', from: OPEN_STATUSES }
};

export const CITIZEN_ACTIONS: Record<CitizenAction, { event: ComplaintActionType; from: readonly ComplaintStatus[] }> = {
  info: { event: 'complaint.info_added', from: [...OPEN_STATUSES, 'resolved'] },
  confirm: { event: 'complaint.confirmed', from: ['resolved'] },
  reopen: { event: 'complaint.reopened', from: ['resolved'] }
};

export function isOpen(status: ComplaintStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** The staff actions possible on a complaint in `status`, given whether the account may forward. */
export function staffActionsFor(status: ComplaintStatus, mayForward: boolean): StaffAction[] {
  return (Object.keys(STAFF_ACTIONS) as StaffAction[]).filter((action) => STAFF_ACTIONS[action].from.includes(status) && (action !== 'forward' || mayForward));
}

/** The citizen actions possible now; a resolution is confirmed at most once. */
export function citizenActionsFor(status: ComplaintStatus, confirmed: boolean): CitizenAction[] {
  return (Object.keys(CITIZEN_ACTIONS) as CitizenAction[]).filter((action) => CITIZEN_ACTIONS[action].from.includes(status) && !(action === 'confirm' && confirmed));
}
