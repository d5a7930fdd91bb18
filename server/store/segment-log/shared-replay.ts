import { GENESIS_HASH, hashLine } from '../chain.ts';
import { decodeLine, readPrevHash } from '../codec.ts';
import { checkResumePoint } from '../resume.ts';
import type { ChainHead, StoredEvent } from '../types.ts';
import { forEachStoredLine } from './replay.ts';
import type { Segment } from './segments.ts';

type Deliver = (event: StoredEvent) => void;
/** Told of the first event a replay finds changed since it was written (the chain breaks there). */
export type OnBreak = (seq: number, reason: string) => void;
/** A replay met a line that does not decode; `onBreak` was told where first. */
export class UnreadableEvent extends Error {
  constructor(readonly seq: number) {
    super(`event ${seq} is not a valid event line`);
    this.name = 'UnreadableEvent';
  }
}

type Pass = { after: ChainHead | undefined; head: ChainHead; delivers: Deliver[]; done: Promise<void> };

/**
 * Replays of the stored events. Those asked for in the same turn of the event loop from the same
 * point up to the same head share one pass over the files: every line is read and decoded once and
 * handed to each of them — one event object for all, as commits are delivered — so a second
 * view subscribing at start-up (e.g. `Promise.all` of two subscriptions) costs its own work,
 * not a second replay. Each pass also checks the hash chain over what it reads (the tail after a
 * snapshot, or the whole log), so views are never built from edited lines without `onBreak` knowing.
 */
export class SharedReplay {
  #joinable: Pass | undefined;

  constructor(readonly onBreak: OnBreak = () => {}) {}

  /** Delivers events after.seq+1..head.seq (1.. without `after`) to `deliver`; resolves when all were delivered. */
  join(segments: readonly Segment[], after: ChainHead | undefined, head: ChainHead, deliver: Deliver): Promise<void> {
    const joinable = this.#joinable;
    if (joinable && joinable.head.seq === head.seq && sameStart(joinable.after, after)) {
      joinable.delivers.push(deliver);
      return joinable.done;
    }
    const delivers = [deliver];
    const pass: Pass = {
      after,
      head,
      delivers,
      done: new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        if (this.#joinable === pass) this.#joinable = undefined;
        return replay(segments, after, head, delivers, this.onBreak);
      })
    };
    this.#joinable = pass;
    return pass.done;
  }
}

function sameStart(a: ChainHead | undefined, b: ChainHead | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.seq === b.seq && a.hash === b.hash);
}

async function replay(segments: readonly Segment[], after: ChainHead | undefined, head: ChainHead, delivers: readonly Deliver[], onBreak: OnBreak): Promise<void> {
  const handOut = (event: StoredEvent) => {
    for (let i = 0; i < delivers.length; i++) delivers[i]!(event);
  };
  // Resuming right at the head reads nothing: the head's own hash is the check.
  if (after && after.seq >= head.seq) return checkResumePoint(after, head, after.seq === head.seq ? head.hash : undefined);
  const firstSeq = (after?.seq ?? 0) + 1;
  let expected = after?.hash ?? GENESIS_HASH; // the "p" the next line must hold
  let suspect: number | undefined; // a line whose "p" did not match: the next line tells whether it or its predecessor changed
  let reported = false;
  const report = (seq: number, reason: string) => {
    if (!reported) onBreak(seq, reason);
    reported = true;
  };
  await forEachStoredLine(segments, { after: after?.seq, upTo: head.seq }, (line, seq) => {
    let decoded: ReturnType<typeof decodeLine> | undefined;
    try {
      decoded = decodeLine(line);
    } catch {
      decoded = undefined;
    }
    const prevHash = decoded?.prevHash ?? readPrevHash(line);
    // The first line's "p" is the check of a resume point, before anything is delivered.
    if (after && seq === firstSeq) checkResumePoint(after, head, prevHash);
    const matches = prevHash === expected;
    if (suspect !== undefined) {
      if (matches) report(suspect - 1, `it was changed after it was written: event ${suspect} recorded another hash for it`);
      else report(suspect, `it is not the event written there: removed, moved, or its link "p" changed`);
      suspect = undefined;
    } else if (!matches) {
      if (seq === firstSeq) report(seq, 'its link "p" does not continue the chain');
      else suspect = seq;
    }
    if (!decoded) {
      // Views cannot be built past a line nobody can read: the replay stops, naming it.
      report(seq, 'it is not a valid event line');
      throw new UnreadableEvent(seq);
    }
    expected = hashLine(seq, line);
    handOut(Object.assign(decoded.event as StoredEvent, { seq, hash: expected }));
  });
  if (suspect !== undefined) report(suspect - 1, `it was changed after it was written (or the link "p" of event ${suspect}, the last, was)`);
}
