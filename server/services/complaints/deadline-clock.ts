import { workingDaysBetween } from '../../../shared/metrics/index.ts';
import type { DeadlineClock } from '../../../shared/schemas/index.ts';
import type { ComplaintState } from '../../views/index.ts';
import { isOpen } from './transitions.ts';

/**
 * The clock staff see (docs/architecture.md targets): until the first visible answer it runs against the
 * 3-working-day response deadline, then against the resolution deadline. Working days left are
 * counted in the office's zone: 0 means due today, −2 overdue by two working days. Nothing is due
 * once a complaint is resolved, closed or rejected.
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
