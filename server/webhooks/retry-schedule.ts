const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * The waits after each failed attempt, from the Standard Webhooks specification's suggested schedule: the first
 * attempt at once, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h. After the eighth attempt fails, the delivery
 * has failed for good (a staff member can still send it again from the console).
 */
export const RETRY_DELAYS_MS = [5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 10 * HOUR] as const;

/** Each wait is stretched or shrunk by up to this share, so endpoints that failed together do not retry together. */
export const JITTER = 0.1;

/**
 * When to try again after `attempts` attempts failed, or undefined when none is left. `random` is in [0, 1):
 * 0.5 gives the schedule's exact wait.
 */
export function nextAttemptAt(failedAt: number, attempts: number, random: () => number): number | undefined {
  const wait = RETRY_DELAYS_MS[attempts - 1];
  if (wait === undefined) return undefined;
  return failedAt + Math.round(wait * (1 + JITTER * (2 * random() - 1)));
}
