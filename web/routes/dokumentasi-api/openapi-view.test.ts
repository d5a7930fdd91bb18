import { describe, expect, it } from 'vitest';
import { describeSchema, endpointsOf, requestSchemasOf, type OpenApiDocument } from './openapi-view.ts';

const doc: OpenApiDocument = {
  paths: {
    '/api/v1/offices/{officeId}': {
      get: {
        summary: 'One office',
        tags: ['offices'],
        parameters: [{ name: 'officeId', in: 'path', required: true, schema: { type: 'string', minLength: 2 } }],
        responses: { '200': { description: 'The office', content: { 'application/json': { schema: { $ref: '#/components/schemas/Office' } } } } }
      }
    },
    '/api/v1/ratings': {
      post: {
        summary: 'Rate',
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/RatingInput' } } } },
        responses: { '201': { description: 'Recorded' } }
      }
    }
  },
  components: {
    schemas: {
      RatingInput: {
        type: 'object',
        required: ['score'],
        properties: {
          score: { type: 'integer', minimum: 1, maximum: 4 },
          contact: { type: 'object', properties: { email: { type: 'string', format: 'email' } } }
        }
      }
    }
  }
};

describe('openapi view', () => {
  it('lists every path and method with parameters, body and responses', () => {
    const endpoints = endpointsOf(doc);
    expect(endpoints.map((e) => `${e.method} ${e.path}`)).toEqual(['GET /api/v1/offices/{officeId}', 'POST /api/v1/ratings']);
    expect(endpoints[0].params).toEqual([{ name: 'officeId', in: 'path', required: true, type: 'string (min 2)' }]);
    expect(endpoints[0].responses).toEqual([{ status: '200', description: 'The office', schema: 'Office' }]);
    expect(endpoints[1].body).toBe('RatingInput');
    expect(endpoints[1].id).toBe('post-api-v1-ratings');
  });

  it('describes request schemas field by field, nested objects included', () => {
    const [schema] = requestSchemasOf(doc, endpointsOf(doc));
    expect(schema.properties.map((p) => [p.name, p.type, p.required])).toEqual([
      ['score', 'integer (≥ 1, ≤ 4)', true],
      ['contact', 'object', false],
      ['contact.email', 'string (email)', false]
    ]);
  });

  it('names enums and arrays', () => {
    expect(describeSchema({ enum: ['web', 'qr'] })).toBe('"web" | "qr"');
    expect(describeSchema({ type: 'array', items: { $ref: '#/components/schemas/Office' } })).toBe('Office[]');
  });
});

describe('examples', () => {
  const withExamples: OpenApiDocument = {
    ...doc,
    components: {
      schemas: {
        ...doc.components!.schemas,
        RatingInput: {
          type: 'object',
          required: ['officeId', 'score'],
          properties: { officeId: { type: 'string', example: 'disdukcapil-sukamaju' }, score: { type: 'integer', minimum: 1, maximum: 4 }, comment: { type: 'string' } }
        },
        Office: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string', example: 'disdukcapil-sukamaju' }, name: { type: 'string' } } }
      }
    }
  };
  const [office, rate] = endpointsOf(withExamples);

  it('writes each request with its path filled in and its JSON body', () => {
    expect(office!.requestExample).toBe('GET /api/v1/offices/{officeId}');
    expect(rate!.requestExample).toBe('POST /api/v1/ratings\nContent-Type: application/json\n\n{\n  "officeId": "disdukcapil-sukamaju",\n  "score": 1\n}');
  });

  it('shows the success answer built from the schema, and none for an answer without a body', () => {
    expect(JSON.parse(office!.responseExample!.body)).toEqual({ id: 'disdukcapil-sukamaju', name: 'teks' });
    expect(rate!.responseExample).toBeNull();
  });
});
