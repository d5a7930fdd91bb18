import { open } from 'node:fs/promises';

const CHUNK_BYTES = 1 << 22;

/** Where a file's complete lines end, and the bytes after the last newline (a torn write, if any). */
export type LineScan = { completeBytes: number; tail: Buffer; stopped: boolean };

/**
 * Reads a file in big chunks and hands its complete lines to `onLines`, one array per chunk.
 * Per-line promises (readline, async iterators) cost more than the work on a line, so the only
 * awaits here are the chunk reads. `onLines` returns false to stop early.
 */
export async function scanLines(
  path: string,
  onLines: (lines: string[]) => boolean | void,
  chunkBytes = CHUNK_BYTES
): Promise<LineScan> {
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
      const lastNewline = buffer.lastIndexOf(10, filled - 1);
      if (lastNewline < 0) {
        carried = filled;
        continue;
      }
      // Splitting the decoded text is safe: a UTF-8 multi-byte sequence never contains byte 10.
      const lines = buffer.toString('utf8', 0, lastNewline).split('\n');
      carried = filled - lastNewline - 1;
      buffer.copy(buffer, 0, lastNewline + 1, filled);
      if (onLines(lines) === false) return { completeBytes: position - carried, tail: Buffer.alloc(0), stopped: true };
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
