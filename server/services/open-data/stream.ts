import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import type { Encoding } from '../../pages/compress.ts';
import type { ServiceContext } from '../context.ts';
import type { RowEncoder } from './encode.ts';
import type { OpenDataPeriod } from './period.ts';
import type { Cell, RowProducer } from './rows.ts';

const BATCH_ROWS = 500;

/**
 * A dataset's rows as a byte stream, encoded and compressed as they are produced: nothing but a batch of
 * rows and the compressor's window is held, whatever the size of the file.
 */
export function streamRows({
  ctx,
  period,
  rows,
  encoder,
  encoding
}: {
  ctx: ServiceContext;
  period: OpenDataPeriod;
  rows: RowProducer;
  encoder: RowEncoder;
  encoding?: Encoding;
}): ReadableStream<Uint8Array> {
  const text = new PassThrough();
  let batch: (readonly Cell[])[] = [];
  const writeBatch = () => {
    if (batch.length > 0) text.write(encoder.rows(batch));
    batch = [];
  };
  const sink = {
    push(row: readonly Cell[]) {
      batch.push(row);
      if (batch.length >= BATCH_ROWS) writeBatch();
    },
    async ready() {
      writeBatch();
      if (text.writableNeedDrain) await once(text, 'drain');
    }
  };
  text.write(encoder.head);
  rows({ ctx, period, sink }).then(
    () => {
      writeBatch();
      text.end(encoder.tail);
    },
    (error: unknown) => text.destroy(error instanceof Error ? error : new Error(String(error)))
  );
  const compressor = encoding === 'br' ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }) : encoding === 'gzip' ? createGzip({ level: 6 }) : undefined;
  const bytes = compressor ? text.pipe(compressor) : text;
  if (compressor) text.on('error', (error) => compressor.destroy(error));
  return Readable.toWeb(bytes) as ReadableStream<Uint8Array>;
}
