import { addWorkingDays, workingDaysBetween } from '../../shared/metrics/index.ts';
import type { CitizenAction, ComplaintStatus, DeadlineClock, StaffAction } from '../../shared/schemas/index.ts';
import { ConflictError } from '../errors.ts';
import type { ComplaintAction, ComplaintActionType } from '../store/events.ts';
import type { ComplaintState } from '../views/complaints.ts';

/*
 * The complaint lifecycle in one place (docs/architecture.md, "Complaint lifecycle"): which action may follow which
 * status, the status it leads to, and the deadlines. Services decide with it (decideAction) and the complaint view
 * applies with it (applyAction), so the two never disagree.
 *
 *   submitted → verified → in_progress → resolved → closed, with rejected (staff, with a reason) and reopened
 *   (the citizen, after resolved).
 */

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

/** The status each action leads to; actions not listed leave it as it is. */
const NEXT_STATUS: Partial<Record<ComplaintActionType, ComplaintStatus>> = {
  'complaint.verified': 'verified',
  'complaint.started': 'in_progress',
  'complaint.resolved': 'resolved',
  'complaint.rejected': 'rejected',
  'complaint.reopened': 'reopened',
  'complaint.closed': 'closed'
};

// docs/methodology.md: the first action the citizen can see counts as the first response.
const VISIBLE_RESPONSES = new Set<ComplaintActionType>(['complaint.verified', 'complaint.replied', 'complaint.rejected', 'complaint.resolved']);

/** As in SP4N-LAPOR!: verification (first response) within 3 working days. */
export const FIRST_RESPONSE_WORKING_DAYS = 3;
/** Resolution target for a complaint that names no service. */
export const DEFAULT_RESOLUTION_WORKING_DAYS = 14;
/** Without the citizen's reply within 10 working days a resolved complaint closes. */
export const AUTO_CLOSE_WORKING_DAYS = 10;

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

/**
 * Decides whether `action` (a staff or a citizen action) may follow on `state` now, and the event it becomes;
 * a ConflictError (409) if it may not. `details` are the event's own fields (message, reason …).
 */
export function decideAction(
  state: ComplaintState,
  action: { by: 'staff'; name: StaffAction } | { by: 'citizen'; name: CitizenAction },
  event: Pick<ComplaintAction, 'at' | 'actor'> & Partial<Pick<ComplaintAction, 'message' | 'reason' | 'confirmation' | 'toOfficeId'>>
): ComplaintAction {
  const possible = action.by === 'staff' ? STAFF_ACTIONS[action.name].from.includes(state.status) : citizenActionsFor(state.status, state.confirmation !== undefined).includes(action.name);
  if (!possible) throw new ConflictError(`'${action.name}' tidak mungkin pada status '${state.status}' / not possible in this status`);
  const type = action.by === 'staff' ? STAFF_ACTIONS[action.name].event : CITIZEN_ACTIONS[action.name].event;
  return { type, trackingCode: state.trackingCode, ...event };
}

/** Applies an action to the complaint's state: the next status, first response, resolution, and its history. */
export function applyAction(state: ComplaintState, event: ComplaintAction): void {
  const next = NEXT_STATUS[event.type];
  if (next) state.status = next;
  if (VISIBLE_RESPONSES.has(event.type)) state.firstResponseAt ??= event.at;
  if (event.type === 'complaint.resolved') state.resolvedAt = event.at;
  if (event.type === 'complaint.rejected') state.rejectReason = event.reason;
  if (event.type === 'complaint.confirmed') state.confirmation = event.confirmation;
  if (event.type === 'complaint.reopened') {
    state.resolvedAt = undefined;
    state.confirmation = undefined;
  }
  state.history.push({
    type: event.type,
    at: event.at,
    actor: event.actor,
    status: state.status,
    message: event.message,
    reason: event.reason,
    ...(event.confirmation && { confirmation: event.confirmation }),
    ...(event.toOfficeId && { toOfficeId: event.toOfficeId }),
    internal: event.type === 'complaint.noted'
  });
}

/** A complaint's deadlines from its submission: first response and resolution, in working days of its office's zone. */
export function deadlinesOf(
  submittedAt: number,
  targets: { firstResponseWorkingDays?: number; targetWorkingDays?: number } | undefined,
  timeZone: string,
  holidays: ReadonlySet<string>
): { firstResponse: number; resolution: number } {
  return {
    firstResponse: addWorkingDays(submittedAt, targets?.firstResponseWorkingDays || FIRST_RESPONSE_WORKING_DAYS, timeZone, holidays),
    resolution: addWorkingDays(submittedAt, targets?.targetWorkingDays || DEFAULT_RESOLUTION_WORKING_DAYS, timeZone, holidays)
  };
}

/**
 * The clock staff see: until the first visible answer it runs against the 3-working-day response deadline, then
 * against the resolution deadline. Working days left are counted in the office's zone: 0 means due today, −2 overdue
 * by two working days. Nothing is due once a complaint is resolved, closed or rejected.
 */
export function deadlineClock(state: ComplaintState, now: number, timeZone: string, holidays: ReadonlySet<string>): DeadlineClock | null {
  const deadline = runningDeadline(state);
  if (deadline === undefined) return null;
  const target = state.firstResponseAt === undefined ? 'firstResponse' : 'resolution';
  return {
    target,
    deadline: new Date(deadline).toISOString(),
    // `|| 0` turns the −0 of a deadline that passed over a weekend into 0.
    workingDaysLeft: workingDaysBetween(now, deadline, timeZone, holidays) || 0,
    overdue: now > deadline
  };
}

/** The deadline the clock runs against now (cheap: for sorting and filtering many), or undefined. */
export function runningDeadline(state: ComplaintState): number | undefined {
  if (!isOpen(state.status)) return undefined;
  return state.firstResponseAt === undefined ? state.deadlines.firstResponse : state.deadlines.resolution;
}
