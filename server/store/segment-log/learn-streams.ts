import type { StreamGuard } from '../stream-guard.ts';
import { scanLines } from './lines.ts';
import type { Segment } from './segments.ts';

// Every line starts `{"p":"<22 characters>","t":"<type code>","a":<ms>` (../codec.ts).
const TYPE_AT = 35;
const C = 0x63; // complaint.* (their codes start with c)
const R = 0x72;
const S = 0x73;
const QUOTE = 0x22;
const AT_FIELD = Buffer.from('"a":');
// A complaint's tracking code, and an idempotency key (a rating's, or a submitted complaint's). Such a field cannot
// occur inside a JSON string, where every quote is escaped, so the first one after the type is the field itself.
const CODE_FIELD = Buffer.from('"k":"');
const KEY_FIELD = Buffer.from('"i":"');

/**
 * Teaches `guard` the stored events 1..upTo that its rules need: complaint events (their streams' versions) and
 * events with an idempotency key. Only those lines are looked at, and only for these fields (never decoded whole),
 * so the log is read in about the time it takes the disk to deliver it.
 */
export async function learnStreams(guard: StreamGuard, segments: readonly Segment[], upTo: number): Promise<void> {
  for (const segment of segments) {
    if (segment.base > upTo) return;
    let seq = segment.base - 1;
    await scanLines(segment.path, (buffer, start, end) => {
      if (++seq > upTo) return false;
      const code = buffer[start + TYPE_AT];
      const rating = code === R && buffer[start + TYPE_AT + 1] === QUOTE;
      if (code !== C && !rating) return;
      // complaint.submitted is "cs", followed by the closing quote.
      const submitted = code === C && buffer[start + TYPE_AT + 1] === S && buffer[start + TYPE_AT + 2] === QUOTE;
      const keyHash = rating || submitted ? stringField(buffer, KEY_FIELD, start, end) : undefined;
      if (rating && keyHash === undefined) return;
      const stream = code === C ? stringField(buffer, CODE_FIELD, start, end) : undefined;
      const submission = keyHash === undefined ? undefined : { kind: rating ? ('rating' as const) : ('complaint' as const), keyHash };
      guard.learn(stream, submission, seq, numberField(buffer, start, end));
    });
  }
}

function stringField(buffer: Buffer, field: Buffer, start: number, end: number): string | undefined {
  // Within the line only: searching on to the chunk's end made a log of ratings without keys quadratic.
  const at = buffer.subarray(0, end).indexOf(field, start + TYPE_AT);
  if (at < 0) return undefined;
  const from = at + field.length;
  return buffer.toString('utf8', from, buffer.indexOf(QUOTE, from));
}

function numberField(buffer: Buffer, start: number, end: number): number {
  const at = buffer.indexOf(AT_FIELD, start + TYPE_AT);
  let n = 0;
  for (let i = at + AT_FIELD.length; i < end && buffer[i]! >= 0x30 && buffer[i]! <= 0x39; i++) n = n * 10 + buffer[i]! - 0x30;
  return n;
}
