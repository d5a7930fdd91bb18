import { open } from 'node:fs/promises';
import { GENESIS_HASH, hashLineBytes } from '../chain.ts';
import { commitment, decodeLine, privatePartOf } from '../codec.ts';
import { PRIVATE_MARK } from '../public-chain/public-form.ts';
import type { ChainHead } from '../types.ts';
import { scanLines } from './lines.ts';
import type { Segment } from './segments.ts';

/** Where the chain breaks: the first event whose stored bytes are not what was written, and its place on disk. */
export type ChainBreak = { seq: number; file: string; line: number; reason: string };

export type ChainReport = { ok: true; events: number; head: ChainHead; tornTailBytes: number } | { ok: false; events: number; break: ChainBreak };

type Place = { seq: number; file: string; line: number };

/** Small chunks: a background check yields to requests between them (about 4 ms of hashing each). */
const CHUNK_BYTES = 1 << 20;

/** The operator's line for a break: file, line and seq (docs/operations.md, "Storage integrity"). */
export function describeBreak(found: ChainBreak): string {
  return `${found.file}, baris/line ${found.line}, kejadian/event seq ${found.seq}: ${found.reason}`;
}

/**
 * Recomputes the hash chain over the segment files, from event 1 up to `upTo`, reading them as bytes.
 * A line's "p" must be the hash of the line before it. When line k's "p" does not match, the next
 * line tells which one changed: if it matches line k, line k-1 was changed; if it does not, line k
 * itself was (an edited "p" changes the line's own hash too). A line's private part must match its
 * commitment "z" (docs/public-record.md). The last line has no successor to
 * vouch for it, so it must at least decode. Bytes after the last newline are a torn tail, reported.
 */
export async function verifySegments(segments: readonly Segment[], { upTo = Infinity, chunkBytes = CHUNK_BYTES } = {}): Promise<ChainReport> {
  let seq = 0;
  let hash = GENESIS_HASH;
  let previous: Place | undefined;
  let suspect: { place: Place; previous: Place } | undefined; // line k whose "p" did not match line k-1
  let found: ChainBreak | undefined;
  let last: { path: string; start: number; end: number } | undefined; // the last line's bytes in its file
  let tornTailBytes = 0;

  for (const [index, segment] of segments.entries()) {
    if (segment.base !== seq + 1) {
      found = { seq: seq + 1, file: segment.path, line: 1, reason: `the segment should start at event ${seq + 1}, not ${segment.base} (a segment is missing or renamed)` };
      break;
    }
    let offset = 0;
    const scan = await scanLines(
      segment.path,
      (buffer, start, end) => {
        if (seq >= upTo) return false;
        const place = { seq: ++seq, file: segment.path, line: seq - segment.base + 1 };
        const prevHash = readPrevHashBytes(buffer, start, end);
        if (prevHash === undefined) {
          found = { ...place, reason: 'it is not an event line' };
          return false;
        }
        const matches = prevHash === hash;
        if (suspect) {
          found = matches
            ? { ...suspect.previous, reason: `it was changed after it was written: event ${suspect.place.seq} recorded another hash for it` }
            : { ...suspect.place, reason: `it is not the event written there: removed, moved, or its link "p" changed` };
          return false;
        }
        if (!matches) {
          if (!previous) {
            found = { ...place, reason: 'its link "p" is not the start of a chain' };
            return false;
          }
          suspect = { place, previous };
        }
        hash = hashLineBytes(seq, buffer.subarray(start, end));
        // A private part must still be what its commitment names (the public chain cannot see it; this check can).
        const mark = buffer.indexOf(PRIVATE_MARK_BYTES, start);
        if (mark >= 0 && mark < end && !commitmentHolds(buffer.toString('utf8', start, end))) {
          found = { ...place, reason: 'its private part was changed after it was written: it is not what its commitment "z" names' };
          return false;
        }
        previous = place;
        last = { path: segment.path, start: offset, end: offset + end - start };
        offset += end - start + 1;
      },
      chunkBytes
    );
    if (found) break;
    if (scan.tail.length > 0) {
      if (index < segments.length - 1) {
        found = { seq: seq + 1, file: segment.path, line: seq - segment.base + 2, reason: 'a sealed segment ends in an unfinished line' };
        break;
      }
      tornTailBytes = scan.tail.length;
    }
    if (seq >= upTo) break;
  }
  if (!found && suspect) {
    found = {
      ...suspect.previous,
      reason: `it was changed after it was written (or the link "p" of event ${suspect.place.seq}, the last, was): event ${suspect.place.seq} recorded another hash for it`
    };
  }
  if (!found && previous && last && !decodes(await readBytes(last))) found = { ...previous, reason: 'the last event is not a valid event line' };
  return found ? { ok: false, events: seq, break: found } : { ok: true, events: seq, head: { seq, hash }, tornTailBytes };
}

const PRIVATE_MARK_BYTES = Buffer.from(PRIVATE_MARK);

function commitmentHolds(line: string): boolean {
  try {
    const part = privatePartOf(line);
    return part !== undefined && commitment(part.salt, part.fields) === part.z;
  } catch {
    return false;
  }
}

/** The "p" of a line from its bytes, or undefined when the line does not have the shape of an event (codec.ts). */
function readPrevHashBytes(buffer: Buffer, start: number, end: number): string | undefined {
  const shaped = end - start > 29 && buffer.toString('latin1', start, start + 6) === '{"p":"' && buffer[start + 28] === 34 && buffer[end - 1] === 125;
  return shaped ? buffer.toString('latin1', start + 6, start + 28) : undefined;
}

async function readBytes({ path, start, end }: { path: string; start: number; end: number }): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const bytes = Buffer.alloc(end - start);
    await handle.read(bytes, 0, bytes.length, start);
    return bytes.toString('utf8');
  } finally {
    await handle.close();
  }
}

function decodes(line: string): boolean {
  try {
    decodeLine(line);
    return true;
  } catch {
    return false;
  }
}
