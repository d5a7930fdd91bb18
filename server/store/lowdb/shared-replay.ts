import { decodeLine } from '../codec.ts';
import type { ChainHead, StoredEvent } from '../types.ts';
import { forEachStoredLine } from './replay.ts';
import type { Segment } from './segments.ts';

type Deliver = (event: StoredEvent) => void;
type Pass = { head: ChainHead; delivers: Deliver[]; done: Promise<void> };

/**
 * Replays of the stored events. Those asked for in the same turn of the event loop up to the same
 * head share one pass over the files: every line is read and decoded once and handed to each of
 * them — one event object for all, as commits are delivered — so a second projection subscribing
 * at start-up (e.g. `Promise.all` of two subscriptions) costs its own work, not a second replay.
 */
export class SharedReplay {
  #joinable: Pass | undefined;

  /** Delivers events 1..head.seq to `deliver`; resolves when all were delivered. */
  join(segments: readonly Segment[], head: ChainHead, deliver: Deliver): Promise<void> {
    const joinable = this.#joinable;
    if (joinable && joinable.head.seq === head.seq) {
      joinable.delivers.push(deliver);
      return joinable.done;
    }
    const delivers = [deliver];
    const pass: Pass = {
      head,
      delivers,
      done: new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        if (this.#joinable === pass) this.#joinable = undefined;
        return replay(segments, head, delivers);
      })
    };
    this.#joinable = pass;
    return pass.done;
  }
}

async function replay(segments: readonly Segment[], head: ChainHead, delivers: readonly Deliver[]): Promise<void> {
  const handOut = (event: StoredEvent) => {
    for (let i = 0; i < delivers.length; i++) delivers[i]!(event);
  };
  let previous: StoredEvent | undefined;
  await forEachStoredLine(segments, head.seq, (line, seq) => {
    const { event, prevHash } = decodeLine(line);
    // An event's hash is what its successor recorded as "p" (the head's is known): hashing every
    // line again would double the replay time; verify() is the check.
    if (previous) {
      previous.hash = prevHash;
      handOut(previous);
    }
    previous = event as StoredEvent;
    previous.seq = seq;
  });
  if (previous) {
    previous.hash = head.hash;
    handOut(previous);
  }
}
