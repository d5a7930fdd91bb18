/** Waits between attempts of one message; after the last, the message is given up and recorded as failed. */
export const RETRY_DELAYS_MS = [30_000, 2 * 60_000, 10 * 60_000, 30 * 60_000, 60 * 60_000, 3 * 3_600_000, 6 * 3_600_000, 12 * 3_600_000] as const;

/** When the attempt after `failedAttempts` failures is due, or undefined once the schedule is spent. */
export function nextAttemptAt(now: number, failedAttempts: number): number | undefined {
  const delay = RETRY_DELAYS_MS[failedAttempts - 1];
  return delay === undefined ? undefined : now + delay;
}
