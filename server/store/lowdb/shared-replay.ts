import { decodeLine } from '../codec.ts';
import { checkResumePoint } from '../resume.ts';
import type { ChainHead, StoredEvent } from '../types.ts';
import { forEachStoredLine } from './replay.ts';
import type { Segment } from './segments.ts';

type Deliver = (event: StoredEvent) => void;
type Pass = { after: ChainHead | undefined; head: ChainHead; delivers: Deliver[]; done: Promise<void> };

/**
 * Replays of the stored events. Those asked for in the same turn of the event loop from the same
 * point up to the same head share one pass over the files: every line is read and decoded once and
 * handed to each of them — one event object for all, as commits are delivered — so a second
 * projection subscribing at start-up (e.g. `Promise.all` of two subscriptions) costs its own work,
 * not a second replay.
 */
export class SharedReplay {
  #joinable: Pass | undefined;

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
        return replay(segments, after, head, delivers);
      })
    };
    this.#joinable = pass;
    return pass.done;
  }
}

function sameStart(a: ChainHead | undefined, b: ChainHead | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.seq === b.seq && a.hash === b.hash);
}

async function replay(segments: readonly Segment[], after: ChainHead | undefined, head: ChainHead, delivers: readonly Deliver[]): Promise<void> {
  const handOut = (event: StoredEvent) => {
    for (let i = 0; i < delivers.length; i++) delivers[i]!(event);
  };
  // Resuming right at the head reads nothing: the head's own hash is the check.
  if (after && after.seq >= head.seq) return checkResumePoint(after, head, after.seq === head.seq ? head.hash : undefined);
  let previous: StoredEvent | undefined;
  await forEachStoredLine(segments, { after: after?.seq, upTo: head.seq }, (line, seq) => {
    const { event, prevHash } = decodeLine(line);
    // An event's hash is what its successor recorded as "p" (the head's is known): hashing every
    // line again would double the replay time; verify() is the check. The first line's "p" is
    // likewise the check of a resume point, before anything is delivered.
    if (previous) {
      previous.hash = prevHash;
      handOut(previous);
    } else if (after) {
      checkResumePoint(after, head, prevHash);
    }
    previous = event as StoredEvent;
    previous.seq = seq;
  });
  if (previous) {
    previous.hash = head.hash;
    handOut(previous);
  }
}
