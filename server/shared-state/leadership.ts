/**
 * Which process does the work that must run in one process at a time: the scheduler's passes, the notification
 * outbox and the webhook sender (docs/scaling.md, "What each process shares"). On the file engine the only
 * process always leads; on PostgreSQL one process at a time holds an advisory lock (./postgres/leadership.ts).
 */
export interface Leadership {
  /** Whether this process leads now. */
  isLeader(): boolean;
  /** Calls `listener` whenever this process starts or stops leading; returns the way to stop listening. */
  onChange(listener: (leading: boolean) => void): () => void;
  /** Stops trying, and gives up the lead if held. */
  close(): Promise<void>;
}

/** The file engine's only process (and every in-process test app): it leads, always. */
export const SOLE_LEADER: Leadership = {
  isLeader: () => true,
  onChange: () => () => {},
  close: async () => {}
};
