import { scanLines } from './lines.ts';
import type { Segment } from './segments.ts';

/**
 * Hands the stored lines of events after+1..upTo to `onLine` in order, each with its seq. Lines past
 * `upTo` (a batch still being written) are never handed out; segments wholly before `after` are not
 * read, and the lines before it in its own segment are skipped as bytes, never made text.
 * `onLine` returns false to stop.
 */
export async function forEachStoredLine(segments: readonly Segment[], { after = 0, upTo }: { after?: number; upTo: number }, onLine: (line: string, seq: number) => boolean | void): Promise<void> {
  for (const [index, segment] of segments.entries()) {
    if (segment.base > upTo) return;
    const next = segments[index + 1];
    if (next && next.base <= after + 1) continue; // the segment ends at or before `after`
    let seq = segment.base - 1;
    let stopped = false;
    await scanLines(segment.path, (buffer, start, end) => {
      if (++seq <= after) return;
      if (seq > upTo || onLine(buffer.toString('utf8', start, end), seq) === false) {
        stopped = true;
        return false;
      }
    });
    if (stopped) return;
  }
}
