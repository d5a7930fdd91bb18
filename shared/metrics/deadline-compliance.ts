// docs/methodology.md "Deadline compliance": share answered / resolved within target. Work still pending past its
// deadline counts against the office already, so waiting cannot improve the figure.

/** A target with its deadline (ms, inclusive) and, once done, when it was done. */
export type DeadlineItem = { deadline: number; doneAt?: number };

export type DeadlineCompliance = {
  onTime: number;
  late: number;
  pendingOverdue: number;
  pendingWithinDeadline: number;
  share: number | null;
};

/** Share done within target = onTime ÷ (onTime + late + pendingOverdue) (docs/methodology.md "Deadline compliance"). */
export function deadlineCompliance(items: readonly DeadlineItem[], nowMs: number): DeadlineCompliance {
  let onTime = 0;
  let late = 0;
  let pendingOverdue = 0;
  let pendingWithinDeadline = 0;
  for (const { deadline, doneAt } of items) {
    // Deadlines are the last millisecond of the due day (addWorkingDays), so "at the deadline" is on time.
    if (doneAt !== undefined) {
      if (doneAt <= deadline) onTime += 1;
      else late += 1;
    } else if (nowMs > deadline) pendingOverdue += 1;
    else pendingWithinDeadline += 1;
  }
  const decided = onTime + late + pendingOverdue;
  return { onTime, late, pendingOverdue, pendingWithinDeadline, share: decided === 0 ? null : onTime / decided };
}
