import { open } from 'node:fs/promises';
import { decodeLine } from '../codec.ts';
import type { DomainEvent } from '../events.ts';
import { erasedLine } from '../public-chain/erase-line.ts';
import { PRIVATE_MARK } from '../public-chain/public-form.ts';
import { scanLines } from './lines.ts';
import type { Segment } from './segments.ts';

const MARK = Buffer.from(PRIVATE_MARK);

/**
 * Overwrites in place, with spaces, the private parts of the committed events `select` picks, and syncs
 * each file changed. The bytes keep their length and the public forms stay, so nothing else moves: the
 * writer appends after them, and every link holds. Returns the seqs erased. Reads the whole log once
 * (only lines with a private part are decoded): erasure is rare, an operator's command.
 */
export async function erasePrivateParts(segments: readonly Segment[], upTo: number, select: (event: DomainEvent) => boolean): Promise<number[]> {
  const erased: number[] = [];
  for (const segment of segments) {
    if (segment.base > upTo) break;
    let seq = segment.base - 1;
    let offset = 0;
    const patches: { at: number; bytes: Buffer }[] = [];
    await scanLines(segment.path, (buffer, start, end) => {
      if (++seq > upTo) return false;
      const lineOffset = offset;
      offset += end - start + 1;
      const mark = buffer.indexOf(MARK, start);
      if (mark < 0 || mark >= end) return;
      const line = buffer.toString('utf8', start, end);
      if (!select(decodeLine(line).event)) return;
      patches.push({ at: lineOffset, bytes: Buffer.from(erasedLine(line)!) });
      erased.push(seq);
    });
    if (patches.length === 0) continue;
    const handle = await open(segment.path, 'r+');
    try {
      for (const { at, bytes } of patches) await handle.write(bytes, 0, bytes.length, at);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
  return erased;
}
