import type { PublicComplaint } from '$shared/schemas/index.ts';

/** met / late: done before / after the deadline; pending / overdue: not done yet; none: does not apply (rejected). */
export type DeadlineState = 'met' | 'late' | 'pending' | 'overdue' | 'none';

// The first action a citizen can see (docs/methodology.md first response): verification, a public reply, rejection, resolution.
const FIRST_RESPONSE = new Set(['complaint.verified', 'complaint.replied', 'complaint.rejected', 'complaint.resolved']);
const OPEN = new Set(['submitted', 'verified', 'in_progress', 'reopened']);

function judge(doneAt: string | undefined, deadline: string, now: Date): DeadlineState {
  if (doneAt) return doneAt <= deadline ? 'met' : 'late';
  return now.toISOString() > deadline ? 'overdue' : 'pending';
}

/** How each deadline of a complaint stands at `now`. A reopened complaint is open again. */
export function deadlineStates(complaint: PublicComplaint, now: Date): { firstResponse: DeadlineState; resolution: DeadlineState } {
  const first = complaint.timeline.find((entry) => FIRST_RESPONSE.has(entry.type));
  const resolvedAt = [...complaint.timeline].reverse().find((entry) => entry.type === 'complaint.resolved')?.at;
  const open = OPEN.has(complaint.status);
  let resolution: DeadlineState;
  if (open) resolution = judge(undefined, complaint.deadlines.resolution, now);
  else resolution = resolvedAt ? judge(resolvedAt, complaint.deadlines.resolution, now) : 'none';
  return { firstResponse: judge(first?.at, complaint.deadlines.firstResponse, now), resolution };
}
