import { getJson } from '$lib/api.ts';
import type { PageServerLoad } from './$types';
import { endpointsOf, requestSchemasOf, type OpenApiDocument } from './openapi-view.ts';

export const load: PageServerLoad = async ({ fetch }) => {
  const doc = await getJson<OpenApiDocument>(fetch, '/api/v1/openapi.json');
  const endpoints = endpointsOf(doc);
  return { info: doc.info ?? {}, endpoints, schemas: requestSchemasOf(doc, endpoints) };
};
