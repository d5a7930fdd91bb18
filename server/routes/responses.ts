import { Problem } from '../../shared/schemas/index.ts';

const problemContent = { 'application/problem+json': { schema: Problem } };

/** The error responses every route may give, declared once for the OpenAPI document. */
export const problemResponses = {
  404: { description: 'Not found', content: problemContent },
  422: { description: 'Invalid input; `errors` names each field', content: problemContent }
} as const;

export const writeProblemResponses = {
  ...problemResponses,
  400: { description: 'Malformed JSON or wrong content type', content: problemContent },
  413: { description: 'Body too large', content: problemContent }
} as const;
