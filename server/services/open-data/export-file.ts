import { negotiateEncoding, type Encoding } from '../../pages/compress.ts';
import type { ServiceContext } from '../context.ts';
import { openDataset, type OpenDataName } from './datasets.ts';
import { rowEncoder, type OpenDataFormat } from './encode.ts';
import { etagMatches, openDataEtag } from './etag.ts';
import { resolveOpenDataPeriod } from './period.ts';
import { streamRows } from './stream.ts';

export type OpenDataAnswer =
  { status: 304; etag: string; encoding?: Encoding } | { status: 200; etag: string; encoding?: Encoding; body: ReadableStream<Uint8Array>; contentType: string; filename: string };

/** One open-data file for a period, streamed, compressed as the client accepts, or 304 when it holds it already. */
export function exportOpenDataFile({
  ctx,
  file,
  query,
  acceptEncoding,
  ifNoneMatch
}: {
  ctx: ServiceContext;
  file: `${OpenDataName}.${OpenDataFormat}`;
  query: { from?: string; to?: string };
  acceptEncoding?: string;
  ifNoneMatch?: string;
}): OpenDataAnswer {
  const period = resolveOpenDataPeriod(query);
  const [name, format] = file.split('.') as [OpenDataName, OpenDataFormat];
  const encoding = negotiateEncoding(acceptEncoding);
  const etag = openDataEtag(ctx, `${file}|${period.from ?? ''}|${period.to ?? ''}|${encoding ?? ''}`);
  if (etagMatches(ifNoneMatch, etag)) return { status: 304, etag, encoding };
  const { dataset, rows } = openDataset(name);
  const body = streamRows({ ctx, period, rows, encoder: rowEncoder(format, dataset.fields), encoding });
  const span = period.from || period.to ? `-${period.from ?? 'awal'}_${period.to ?? 'kini'}` : '';
  return {
    status: 200,
    etag,
    encoding,
    body,
    contentType: format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/json; charset=utf-8',
    filename: `${name}${span}.${format}`
  };
}
