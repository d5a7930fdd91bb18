import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { IkmQuery, OfficeIkm, RegionIkm, RegionIkmQuery, Slug, SurveyCreated, SurveyForm, SurveyInput } from '../../shared/schemas/index.ts';
import type { ServiceContext } from '../services/context.ts';
import { getOfficeIkm } from '../services/surveys/office-ikm.ts';
import { getRegionIkm } from '../services/surveys/region-ikm.ts';
import { submitSurvey } from '../services/surveys/submit-survey.ts';
import { getSurveyForm } from '../services/surveys/survey-form.ts';
import { exportTallyCsv } from '../services/surveys/tally-csv.ts';
import { problemResponses, writeProblemResponses } from './responses.ts';

const OfficeParams = z.object({ officeId: Slug.meta({ param: { name: 'officeId', in: 'path' }, example: 'disdukcapil-sukamaju' }) });
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const submit = createRoute({
  method: 'post',
  path: '/api/v1/surveys',
  tags: ['skm'],
  summary: "A full SKM response (every element of the office's set, 1–4); answered after it is on disk",
  request: { body: { required: true, content: { 'application/json': { schema: SurveyInput } } } },
  responses: { 201: json(SurveyCreated, 'Recorded'), ...writeProblemResponses }
});

const form = createRoute({
  method: 'get',
  path: '/api/v1/offices/{officeId}/survey-form',
  tags: ['skm'],
  summary: "The questions an office's survey asks: its element set with the standard answer labels",
  request: { params: OfficeParams },
  responses: { 200: json(SurveyForm, 'The questionnaire'), ...problemResponses }
});

const officeIkm = createRoute({
  method: 'get',
  path: '/api/v1/offices/{officeId}/ikm',
  tags: ['skm'],
  summary: "An office's IKM for a period (PermenPANRB 14/2017), from exact integer sums, per element and per service",
  request: { params: OfficeParams, query: IkmQuery },
  responses: { 200: json(OfficeIkm, 'IKM with the sums to recompute it'), ...problemResponses }
});

const tallies = createRoute({
  method: 'get',
  path: '/api/v1/offices/{officeId}/ikm/tallies.csv',
  tags: ['skm'],
  summary: 'The raw SKM tallies behind the IKM as CSV: per day and service, element sums and profile counts',
  request: { params: OfficeParams, query: IkmQuery },
  responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, ...problemResponses }
});

const region = createRoute({
  method: 'get',
  path: '/api/v1/ikm',
  tags: ['skm'],
  summary: 'IKM of the region, every agency and every office, pooled from raw sums (not averaged)',
  request: { query: RegionIkmQuery },
  responses: { 200: json(RegionIkm, 'Pooled IKM'), 422: problemResponses[422] }
});

export function registerSurveys(app: OpenAPIHono, ctx: ServiceContext): void {
  app.openapi(submit, async (c) => c.json(await submitSurvey({ ctx, input: c.req.valid('json') }), 201));
  app.openapi(form, (c) => c.json(getSurveyForm({ ctx, officeId: c.req.valid('param').officeId }), 200));
  app.openapi(officeIkm, (c) => c.json(getOfficeIkm({ ctx, officeId: c.req.valid('param').officeId, query: c.req.valid('query') }), 200));
  app.openapi(tallies, (c) => {
    const { filename, csv } = exportTallyCsv({ ctx, officeId: c.req.valid('param').officeId, query: c.req.valid('query') });
    return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"` });
  });
  app.openapi(region, (c) => c.json(getRegionIkm({ ctx, query: c.req.valid('query') }), 200));
}
