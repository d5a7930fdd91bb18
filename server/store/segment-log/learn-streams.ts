import { decodeLine } from '../codec.ts';
import type { StreamGuard } from '../stream-guard.ts';
import { scanLines } from './lines.ts';
import type { Segment } from './segments.ts';

// Every line starts `{"p":"<22 characters>","t":"<type code>"` (../codec.ts): the type code's first letter is here.
const TYPE_AT = 35;
const C = 0x63; // complaint.* (their codes start with c)
const R = 0x72;
const QUOTE = 0x22;
// A rating's idempotency key, `"i":"`: it cannot occur inside a JSON string, where every quote is escaped.
const KEY_FIELD = Buffer.from('"i":"');

/**
 * Teaches `guard` the stored events 1..upTo that its rules need: complaint events (their streams' versions) and
 * ratings with an idempotency key. Other lines are checked as bytes and never decoded, so a log of a million
 * ratings is read in about the time it takes the disk to deliver it.
 */
export async function learnStreams(guard: StreamGuard, segments: readonly Segment[], upTo: number): Promise<void> {
  for (const segment of segments) {
    if (segment.base > upTo) return;
    let seq = segment.base - 1;
    await scanLines(segment.path, (buffer, start, end) => {
      if (++seq > upTo) return false;
      const code = buffer[start + TYPE_AT];
      if (code !== C && !(code === R && buffer[start + TYPE_AT + 1] === QUOTE && hasKey(buffer, start, end))) return;
      guard.record(decodeLine(buffer.toString('utf8', start, end)).event, seq);
    });
  }
}

function hasKey(buffer: Buffer, start: number, end: number): boolean {
  const at = buffer.indexOf(KEY_FIELD, start);
  return at >= 0 && at < end;
}
