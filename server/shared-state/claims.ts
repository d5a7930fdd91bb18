/**
 * A message (a notification, a webhook attempt) is claimed before it is sent, so two processes never both send
 * it. A claim stays after a successful send; a failed attempt releases it for the next one. A claim whose
 * holder never said how the send went (it stopped mid-send) is "in doubt": the message is not sent again
 * (docs/scaling.md, "What each process shares").
 */
export interface DeliveryClaims {
  /** Takes `key` for this process at `now`; when another holds it, says since when. */
  claim(key: string, now: number): Promise<{ won: true } | { won: false; since: number }>;
  /** Gives `key` back after a failed attempt: the next attempt, by any process, may take it. */
  release(key: string): Promise<void>;
  /** The outcome of `key` is recorded where every process reads it (the log, the webhook state). */
  settled(key: string): Promise<void>;
}

/** How long a claim may go without an outcome before its message is taken as in doubt and not sent again. */
export const IN_DOUBT_MS = 15 * 60_000;

/**
 * The file engine's claims, in memory: one process sends everything, so a claim only keeps its own overlapping
 * runs apart. A crash between sending and recording sends that message again on the next start, with the same
 * id (docs/notifications.md, docs/webhooks.md).
 */
export function memoryClaims(): DeliveryClaims {
  const held = new Map<string, number>();
  return {
    async claim(key, now) {
      const since = held.get(key);
      if (since !== undefined) return { won: false, since };
      held.set(key, now);
      return { won: true };
    },
    async release(key) {
      held.delete(key);
    },
    // The outcome is in memory now too: nothing left to keep apart.
    async settled(key) {
      held.delete(key);
    }
  };
}
