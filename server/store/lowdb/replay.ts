import { scanLines } from './lines.ts';
import type { Segment } from './segments.ts';

/**
 * Hands the stored lines of events 1..upTo to `onLine` in order, each with its seq. Lines past `upTo`
 * (a batch still being written) are never handed out. `onLine` returns false to stop.
 */
export async function forEachStoredLine(
  segments: readonly Segment[],
  upTo: number,
  onLine: (line: string, seq: number) => boolean | void
): Promise<void> {
  let seq = 0;
  for (const segment of segments) {
    if (segment.base > upTo) return;
    seq = segment.base - 1;
    let stopped = false;
    await scanLines(segment.path, (buffer, start, end) => {
      if (++seq > upTo || onLine(buffer.toString('utf8', start, end), seq) === false) {
        stopped = true;
        return false;
      }
    });
    if (stopped) return;
  }
}
