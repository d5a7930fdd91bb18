import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ServiceContext } from '../context.ts';
import { rowEncoder } from './encode.ts';
import { resolveOpenDataPeriod } from './period.ts';
import type { RowProducer } from './rows.ts';
import { streamRows } from './stream.ts';

const FIELDS = [{ name: 'n' }, { name: 'text' }] as unknown as Parameters<typeof rowEncoder>[1];
const TOTAL = 300_000;

/** A producer of TOTAL rows that waits for the reader every 1,000, counting what it has pushed. */
function counting(): { rows: RowProducer; pushed: () => number } {
  let pushed = 0;
  const rows: RowProducer = async ({ sink }) => {
    for (let n = 0; n < TOTAL; n++) {
      sink.push([n, `baris ke-${n}, cukup panjang untuk mengisi penyangga`]);
      pushed++;
      if (n % 1000 === 999) await sink.ready();
    }
  };
  return { rows, pushed: () => pushed };
}

const turns = async (count: number) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setImmediate(resolve));
};

const run = (rows: RowProducer, encoding?: 'gzip') => streamRows({ ctx: {} as ServiceContext, period: resolveOpenDataPeriod({}), rows, encoder: rowEncoder('csv', FIELDS), encoding });

describe('streamRows', () => {
  it.each([undefined, 'gzip'] as const)('produces rows only as fast as the client reads them (%s)', async (encoding) => {
    const producer = counting();
    const reader = run(producer.rows, encoding).getReader();
    await reader.read();
    await turns(2_000);
    // A reader that stopped after one chunk holds back the rows: a few batches sit in the streams' buffers, not the file.
    expect(producer.pushed()).toBeLessThan(20_000);
    await reader.cancel();
  });

  it('writes every row when read to the end', async () => {
    const producer = counting();
    const bytes = Buffer.from(await new Response(run(producer.rows, 'gzip')).arrayBuffer());
    const lines = gunzipSync(bytes).toString('utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(TOTAL + 1);
    expect(lines[0]).toBe('n,text');
    expect(lines.at(-1)).toBe(`${TOTAL - 1},"baris ke-${TOTAL - 1}, cukup panjang untuk mengisi penyangga"`);
  });
});
