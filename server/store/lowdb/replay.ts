import { scanLines } from './lines.ts';
import type { Segment } from './segments.ts';

/**
 * Streams the stored lines of events 1..upTo in order, one array per chunk with the seq of its
 * first line. Lines past `upTo` (a batch still being written) are never handed out.
 * `onLines` returns false to stop.
 */
export async function forEachStoredLine(
  segments: readonly Segment[],
  upTo: number,
  onLines: (lines: string[], firstSeq: number) => boolean | void
): Promise<void> {
  for (const segment of segments) {
    if (segment.base > upTo) return;
    let seq = segment.base;
    let stopped = false;
    await scanLines(segment.path, (lines) => {
      const wanted = lines.length <= upTo - seq + 1 ? lines : lines.slice(0, upTo - seq + 1);
      if (wanted.length > 0 && onLines(wanted, seq) === false) stopped = true;
      seq += wanted.length;
      return !stopped && seq <= upTo;
    });
    if (stopped || seq > upTo) return;
  }
}
