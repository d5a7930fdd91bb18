import type { ChainHead } from './types.ts';

/**
 * A subscription asked to resume after an event the log does not hold as described: the log is
 * shorter, or the event at that seq has another hash (a different or restored log). Whoever asked
 * (a views snapshot) is stale; the caller falls back to a full replay.
 */
export class ResumePointMismatch extends Error {
  constructor(after: ChainHead, detail: string) {
    super(`cannot resume after event ${after.seq} (${after.hash}): ${detail}`);
    this.name = 'ResumePointMismatch';
  }
}

/**
 * Checks a resume point for free with what a replay reads anyway: `recorded` is the hash the log
 * holds for event `after.seq` (the next line's "p", or the head's hash when nothing follows).
 */
export function checkResumePoint(after: ChainHead, head: ChainHead, recorded: string | undefined): void {
  if (after.seq > head.seq) throw new ResumePointMismatch(after, `the log ends at ${head.seq}`);
  if (recorded !== after.hash) throw new ResumePointMismatch(after, `the log holds ${recorded ?? 'nothing'} there`);
}
