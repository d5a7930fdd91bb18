import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { GENESIS_HASH, hashLine } from '../chain.ts';
import { decodeLine, looksLikeEventLine } from '../codec.ts';
import type { ChainHead } from '../types.ts';
import { scanLines } from './lines.ts';

/** A segment file: events base, base+1, … one line each. */
export type Segment = { base: number; path: string };

const SEGMENT_NAME = /^(\d{12})\.jsonl$/;

/** The file of the segment whose first event is `base`: the seq zero-padded, so names sort in order. */
export function segmentPath(eventsDir: string, base: number): string {
  return join(eventsDir, `${String(base).padStart(12, '0')}.jsonl`);
}

/** The segment files of a log, in order. */
export async function listSegments(eventsDir: string): Promise<Segment[]> {
  const names = await readdir(eventsDir);
  return names
    .flatMap((name) => {
      const match = SEGMENT_NAME.exec(name);
      return match ? [{ base: Number(match[1]), path: join(eventsDir, name) }] : [];
    })
    .sort((a, b) => a.base - b.base);
}

/** What opening found: the segments, how many events the last one holds, the chain head, and a torn tail cut off. */
export type RecoveredLog = { segments: Segment[]; lastCount: number; head: ChainHead; cut?: { path: string; bytes: number; afterSeq: number } };

/**
 * Reads every segment once to find the head, and cuts off a torn last write (a crash mid-write:
 * no newline, or a last line that is not an event) — it was never acknowledged, as appends
 * resolve only after their write. A damaged line anywhere else stops the store from opening.
 * Lines are only checked for shape here, on their bytes (decoding a million takes seconds);
 * verify() checks content. Only the last two lines of a segment are read as text.
 */
export async function recoverLog(eventsDir: string): Promise<RecoveredLog> {
  const segments = await listSegments(eventsDir);
  let base = 1;
  let count = 0;
  let lastLine: string | undefined;
  let cut: RecoveredLog['cut'];
  for (const [index, segment] of segments.entries()) {
    if (segment.base !== base) throw corrupt(segment.path, `expected a segment starting at ${base}`);
    const isLast = index === segments.length - 1;
    let badLine = 0; // the first line without the shape of an event, counted from 1
    let offset = 0; // file offset of the next line
    let lastStart = 0;
    let previousStart = 0;
    count = 0;
    const scan = await scanLines(segment.path, (buffer, start, end) => {
      count++;
      if (badLine === 0 && !looksLikeEventBytes(buffer, start, end)) badLine = count;
      previousStart = lastStart;
      lastStart = offset;
      offset += end - start + 1;
    });
    if (badLine !== 0 && badLine < count) throw corrupt(segment.path, `line ${badLine} is not an event (seq ${segment.base + badLine - 1})`);
    const [previous, last] = count === 0 ? [] : await readLines(segment.path, count > 1 ? previousStart : lastStart, lastStart, offset);
    const tornLast = last !== undefined && !isEventLine(last);
    if (!isLast && (tornLast || scan.tail.length > 0)) {
      throw corrupt(segment.path, tornLast ? `line ${count} is not an event (seq ${segment.base + count - 1})` : `it ends in an unfinished line (after seq ${segment.base + count - 1})`);
    }
    if (tornLast || scan.tail.length > 0) {
      const length = tornLast ? lastStart : scan.completeBytes;
      await truncate(segment.path, length);
      if (tornLast) count--;
      cut = { path: segment.path, bytes: offset + scan.tail.length - length, afterSeq: segment.base + count - 1 };
    }
    lastLine = (tornLast ? previous : last) ?? lastLine;
    base = segment.base + count;
  }
  return { segments, lastCount: count, cut, head: { seq: base - 1, hash: lastLine === undefined ? GENESIS_HASH : hashLine(base - 1, lastLine) } };
}

/** The line before the last (when `from` < `lastStart`) and the last, from the bytes [from, end). */
async function readLines(path: string, from: number, lastStart: number, end: number): Promise<[string | undefined, string]> {
  const handle = await open(path, 'r');
  try {
    const bytes = Buffer.alloc(end - from);
    await handle.read(bytes, 0, bytes.length, from);
    const last = bytes.toString('utf8', lastStart - from, bytes.length - 1);
    return [from < lastStart ? bytes.toString('utf8', 0, lastStart - from - 1) : undefined, last];
  } finally {
    await handle.close();
  }
}

/** looksLikeEventLine on bytes: `{"p":"`, 22 characters, `"`, …, `}`. */
function looksLikeEventBytes(buffer: Buffer, start: number, end: number): boolean {
  return (
    end - start > 29 &&
    buffer[start] === 123 && // {
    buffer[start + 1] === 34 && // "
    buffer[start + 2] === 112 && // p
    buffer[start + 3] === 34 &&
    buffer[start + 4] === 58 && // :
    buffer[start + 5] === 34 &&
    buffer[start + 28] === 34 &&
    buffer[end - 1] === 125 // }
  );
}

function isEventLine(line: string): boolean {
  try {
    return looksLikeEventLine(line) && decodeLine(line) !== undefined;
  } catch {
    return false;
  }
}

async function truncate(path: string, length: number): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.truncate(length);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function corrupt(path: string, detail: string): Error {
  return new Error(`event log is corrupt: ${path}: ${detail}; restore it from a backup (it will not be repaired automatically)`);
}
