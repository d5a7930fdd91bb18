import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanLines } from './lines.ts';

describe('scanLines', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'suara-lines-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  async function scan(content: string, chunkBytes: number, stopAfter = Infinity) {
    const path = join(dir, 'file');
    await writeFile(path, content);
    const lines: string[] = [];
    const result = await scanLines(path, (buffer, start, end) => (lines.push(buffer.toString('utf8', start, end)), lines.length < stopAfter), chunkBytes);
    return { lines, ...result, tail: result.tail.toString() };
  }

  // Chunks of 1 to 8 bytes cut lines, long lines and multi-byte characters at every place.
  it.each([1, 2, 3, 5, 8, 4096])('splits lines across chunks of %i bytes', async (chunkBytes) => {
    const content = 'a\nbcd\n\nline longer than any small chunk\n✓ é 👍\nlast';
    expect(await scan(content, chunkBytes)).toEqual({
      lines: ['a', 'bcd', '', 'line longer than any small chunk', '✓ é 👍'],
      completeBytes: Buffer.byteLength(content) - 4,
      tail: 'last',
      stopped: false
    });
  });

  it('reports an empty file and a file that ends with a newline as having no tail', async () => {
    expect(await scan('', 4)).toEqual({ lines: [], completeBytes: 0, tail: '', stopped: false });
    expect(await scan('x\ny\n', 3)).toEqual({ lines: ['x', 'y'], completeBytes: 4, tail: '', stopped: false });
  });

  it.each([2, 4096])('stops when told to, reporting where the last line read ends (chunks of %i)', async (chunkBytes) => {
    const result = await scan('1\n2\n3\n4\n', chunkBytes, 2);
    expect(result).toMatchObject({ lines: ['1', '2'], stopped: true, completeBytes: 4 });
  });
});
