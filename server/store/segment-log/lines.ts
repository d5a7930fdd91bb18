import { open } from 'node:fs/promises';

const CHUNK_BYTES = 1 << 22;
// Chunk buffers of finished scans, for the next one. A reader that scans again and again (an open-data export
// reads the log a range at a time, ~30 scans at a million events) would otherwise leave a 4 MB buffer per scan
// for the garbage collector, which frees them late and in bulk: the process's resident size rose by tens of MB
// per export (bench/export-memory.ts). Two are enough for a scan running beside another.
const spareChunks: Buffer[] = [];
const SPARE_CHUNKS = 2;

/** Where a file's complete lines end, and the bytes after the last newline (a torn write, if any). */
export type LineScan = { completeBytes: number; tail: Buffer; stopped: boolean };

/**
 * Called for each complete line with the bytes it occupies, `buffer[start..end)` without the newline.
 * The buffer is reused for the next chunk: read what is needed before returning. Returns false to stop.
 */
export type OnLine = (buffer: Buffer, start: number, end: number) => boolean | void;

/**
 * Reads a file in big chunks and hands each complete line to `onLine` as a byte range. Per-line
 * promises (readline, async iterators) cost more than the work on a line, so the only awaits are the
 * chunk reads; and nothing is decoded here, so a caller that only checks bytes pays no string, and
 * one that wants text makes a small flat string per line (`buffer.toString('utf8', start, end)` is
 * cheaper than splitting a decoded chunk, and keeps one line's strings from pinning a 4 MB chunk).
 */
export async function scanLines(path: string, onLine: OnLine, chunkBytes = CHUNK_BYTES): Promise<LineScan> {
  const handle = await open(path, 'r');
  let buffer: Buffer = (chunkBytes === CHUNK_BYTES && spareChunks.pop()) || Buffer.allocUnsafe(chunkBytes);
  try {
    let carried = 0; // bytes of an unfinished line kept at the start of `buffer`
    let position = 0;
    for (;;) {
      if (carried === buffer.length) buffer = grow(buffer); // a line longer than a chunk
      const { bytesRead } = await handle.read(buffer, carried, buffer.length - carried, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      const filled = carried + bytesRead;
      const view = buffer.subarray(0, filled);
      let start = 0;
      // A UTF-8 multi-byte sequence never contains byte 10, so every 10 ends a line.
      for (let newline = view.indexOf(10, carried); newline >= 0; newline = view.indexOf(10, start)) {
        if (onLine(buffer, start, newline) === false) {
          return { completeBytes: position - filled + newline + 1, tail: Buffer.alloc(0), stopped: true };
        }
        start = newline + 1;
      }
      carried = filled - start;
      if (start > 0) buffer.copy(buffer, 0, start, filled);
    }
    return { completeBytes: position - carried, tail: Buffer.from(buffer.subarray(0, carried)), stopped: false };
  } finally {
    await handle.close();
    // Nothing of it is kept past the scan (see OnLine); a grown buffer is not a standard chunk and goes.
    if (buffer.length === CHUNK_BYTES && spareChunks.length < SPARE_CHUNKS) spareChunks.push(buffer);
  }
}

function grow(buffer: Buffer): Buffer {
  const bigger = Buffer.allocUnsafe(buffer.length * 2);
  buffer.copy(bigger);
  return bigger;
}
