import type { RejectReason } from '../../shared/schemas/index.ts';
import { AUTO_CLOSE_WORKING_DAYS } from '../complaints/lifecycle.ts';
import type { ComplaintAction, ComplaintActionType } from '../store/events.ts';
import { HOUR_MS, type WorkCalendar } from './calendar.ts';
import { MESSAGES, REJECTION_MESSAGES } from './messages.ts';
import type { Handling } from './profiles.ts';
import type { Rng } from './random.ts';

type HandlingParams = {
  /** Working hours from submission to the first visible answer. */
  firstResponseHours: [number, number];
  rejectRate: number;
  /** Never answered at all. */
  ignoreRate: number;
  /** Verified and started, then left lying. */
  stallRate: number;
  /** Resolution time as a multiple of the service target (working days). */
  resolveFactor: [number, number];
  replyRate: number;
  confirmRate: number;
  satisfiedRate: number;
  reopenRate: number;
};

// Tuned so that the good offices meet SP4N-LAPOR targets (answer within 3 working days, resolve within
// the service target) and the slow ones visibly do not: late answers, stalled cases, overdue backlog.
const PARAMS: Record<Handling, HandlingParams> = {
  fast: { firstResponseHours: [0.3, 6], rejectRate: 0.06, ignoreRate: 0, stallRate: 0.02, resolveFactor: [0.2, 0.9], replyRate: 0.9, confirmRate: 0.55, satisfiedRate: 0.88, reopenRate: 0.02 },
  good: { firstResponseHours: [0.5, 10], rejectRate: 0.08, ignoreRate: 0.01, stallRate: 0.05, resolveFactor: [0.3, 1.2], replyRate: 0.75, confirmRate: 0.45, satisfiedRate: 0.78, reopenRate: 0.03 },
  average: { firstResponseHours: [2, 28], rejectRate: 0.1, ignoreRate: 0.04, stallRate: 0.12, resolveFactor: [0.5, 2.2], replyRate: 0.5, confirmRate: 0.35, satisfiedRate: 0.6, reopenRate: 0.05 },
  slow: { firstResponseHours: [16, 80], rejectRate: 0.14, ignoreRate: 0.12, stallRate: 0.3, resolveFactor: [1, 4], replyRate: 0.3, confirmRate: 0.3, satisfiedRate: 0.4, reopenRate: 0.08 }
};

const REJECT_WEIGHTS: Record<RejectReason, number> = { duplicate: 30, incomplete: 30, out_of_scope: 25, other: 15 };

/** What the lifecycle needs to know about one filed complaint. */
export type FiledComplaint = { trackingCode: string; at: number; officeId: string; targetWorkingDays: number; handling: Handling };

/** The actions that happened to a complaint before `now`, at strictly increasing times. */
export function complaintLife(rng: Rng, calendar: WorkCalendar, complaint: FiledComplaint, now: number): ComplaintAction[] {
  const p = PARAMS[complaint.handling];
  const staff = `petugas-${complaint.officeId}`;
  const actions: ComplaintAction[] = [];
  let last = complaint.at;
  // Returns false once the next step would lie in the future: the complaint's story stops there.
  const act = (type: ComplaintActionType, at: number, actor: string, extra: Partial<ComplaintAction> = {}): boolean => {
    const when = Math.max(Math.round(at), last + 60_000);
    if (when >= now) return false;
    actions.push({ type, at: when, trackingCode: complaint.trackingCode, actor, ...extra });
    last = when;
    return true;
  };
  const staffAfter = (hours: number) => calendar.addWorkingHours(last, hours) + rng.int(1, 30) * 60_000;
  const citizenAfter = (hours: number) => last + hours * HOUR_MS;
  const resolveAt = () => {
    const hours = complaint.targetWorkingDays * 8 * rng.between(...p.resolveFactor);
    return Math.max(calendar.addWorkingHours(complaint.at, hours), staffAfter(1));
  };

  if (rng.chance(p.ignoreRate)) return actions;
  const firstResponse = calendar.addWorkingHours(complaint.at, rng.between(...p.firstResponseHours));
  if (rng.chance(p.rejectRate)) {
    const reason = rng.weighted(REJECT_WEIGHTS);
    act('complaint.rejected', firstResponse, staff, { reason, message: rng.pick(REJECTION_MESSAGES[reason]) });
    return actions;
  }
  if (!act('complaint.verified', firstResponse, staff, { message: rng.pick(MESSAGES.verified) })) return actions;
  if (rng.chance(0.05) && !act('complaint.info_added', citizenAfter(rng.between(2, 72)), 'citizen', { message: rng.pick(MESSAGES.info_added) })) return actions;
  if (!act('complaint.started', staffAfter(rng.between(0.5, 16)), staff, { message: rng.pick(MESSAGES.started) })) return actions;
  if (rng.chance(p.replyRate) && !act('complaint.replied', staffAfter(rng.between(1, 24)), staff, { message: rng.pick(MESSAGES.replied) })) return actions;
  if (rng.chance(0.25) && !act('complaint.noted', staffAfter(rng.between(0.5, 8)), staff, { message: rng.pick(MESSAGES.noted) })) return actions;
  if (rng.chance(p.stallRate)) return actions;

  for (let round = 0; round < 2; round++) {
    if (!act('complaint.resolved', resolveAt(), staff, { message: rng.pick(MESSAGES.resolved) })) return actions;
    if (round === 0 && rng.chance(p.reopenRate)) {
      if (!act('complaint.reopened', citizenAfter(rng.between(12, 200)), 'citizen', { message: rng.pick(MESSAGES.reopened) })) return actions;
      if (!act('complaint.started', staffAfter(rng.between(1, 24)), staff, { message: rng.pick(MESSAGES.started) })) return actions;
      if (rng.chance(p.stallRate * 2)) return actions;
      continue;
    }
    if (rng.chance(p.confirmRate)) {
      const satisfied = rng.chance(p.satisfiedRate);
      const message = rng.pick(satisfied ? MESSAGES.satisfied : MESSAGES.notSatisfied);
      act('complaint.confirmed', citizenAfter(rng.between(1, 120)), 'citizen', {
        confirmation: satisfied ? 'satisfied' : 'not_satisfied',
        ...(message ? { message } : {})
      });
    } else {
      // The nightly job closes unconfirmed resolutions a few minutes after midnight.
      act('complaint.closed', calendar.nightAfterWorkingDays(last, AUTO_CLOSE_WORKING_DAYS) + rng.int(1, 20) * 60_000, 'system');
    }
    return actions;
  }
  return actions;
}
