import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { IsoDate } from '../../shared/schemas/index.ts';
import type { ServiceContext } from '../services/context.ts';
import { dataPackage, OPEN_DATA_LICENSE } from '../services/open-data/datapackage.ts';
import { OPEN_DATA_FILES } from '../services/open-data/datasets.ts';
import { exportOpenDataFile } from '../services/open-data/export-file.ts';
import { resolveOpenDataPeriod } from '../services/open-data/period.ts';
import { problemResponses } from './responses.ts';

const PeriodQuery = z.object({
  from: IsoDate.optional().meta({ description: 'first local date (inclusive); absent: from the start', example: '2026-01-01' }),
  to: IsoDate.optional().meta({ description: 'last local date (inclusive); absent: up to now', example: '2026-12-31' })
});
const FileParams = z.object({ file: z.enum(OPEN_DATA_FILES).meta({ param: { name: 'file', in: 'path' }, example: 'penilaian.csv' }) });
// CC BY 4.0 (docs/open-data.md): the licence travels with every file, not only with the descriptor.
const LICENSE_LINK = `<${OPEN_DATA_LICENSE.path}>; rel="license"`;

const descriptor = createRoute({
  method: 'get',
  path: '/api/v1/open-data/datapackage.json',
  tags: ['open-data'],
  summary: 'The Frictionless Data package descriptor: every open-data file with a data dictionary in Indonesian and English (CC BY 4.0)',
  request: { query: PeriodQuery },
  responses: { 200: { description: 'datapackage.json', content: { 'application/json': { schema: z.looseObject({}) } } }, 422: problemResponses[422] }
});

const file = createRoute({
  method: 'get',
  path: '/api/v1/open-data/{file}',
  tags: ['open-data'],
  summary: 'One open-data file (offices, services, daily ratings, SKM tallies, complaints) as CSV or JSON for any period; streamed, compressed, with an ETag',
  request: { params: FileParams, query: PeriodQuery },
  responses: {
    200: { description: 'The file', content: { 'text/csv': { schema: z.string() }, 'application/json': { schema: z.array(z.looseObject({})) } } },
    304: { description: 'Unchanged since the ETag given in If-None-Match' },
    422: problemResponses[422]
  }
});

export function registerOpenData(app: OpenAPIHono, ctx: ServiceContext): void {
  app.openapi(descriptor, (c) => {
    c.header('Link', LICENSE_LINK);
    c.header('Cache-Control', 'no-cache');
    return c.json(dataPackage(ctx, resolveOpenDataPeriod(c.req.valid('query'))), 200);
  });
  app.openapi(file, (c) => {
    const answer = exportOpenDataFile({
      ctx,
      file: c.req.valid('param').file,
      query: c.req.valid('query'),
      acceptEncoding: c.req.header('Accept-Encoding'),
      ifNoneMatch: c.req.header('If-None-Match')
    });
    const headers: Record<string, string> = { ETag: answer.etag, Vary: 'Accept-Encoding', 'Cache-Control': 'no-cache', Link: LICENSE_LINK };
    if (answer.status === 304) return c.body(null, 304, headers);
    if (answer.encoding) headers['Content-Encoding'] = answer.encoding;
    headers['Content-Type'] = answer.contentType;
    headers['Content-Disposition'] = `${answer.contentType.startsWith('text/csv') ? 'attachment' : 'inline'}; filename="${answer.filename}"`;
    return c.body(answer.body, 200, headers);
  });
}
