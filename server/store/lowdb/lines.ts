import { open } from 'node:fs/promises';

const CHUNK_BYTES = 1 << 22;

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
  try {
    let buffer: Buffer = Buffer.allocUnsafe(chunkBytes);
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
  }
}

function grow(buffer: Buffer): Buffer {
  const bigger = Buffer.allocUnsafe(buffer.length * 2);
  buffer.copy(bigger);
  return bigger;
}
