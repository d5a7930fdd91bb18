import { z } from '@hono/zod-openapi';
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

/** The optional `Idempotency-Key` of the public POSTs (server/idempotency): a repeat answers the first answer. */
export const IdempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .optional()
    .meta({ description: '16–128 URL-safe characters, e.g. 128 random bits in base64url; a repeat gets the first answer', example: 'Hc2f0sQyJ5m1uXKq8bNw1g' })
});

/** Marks an answer given again for a repeated Idempotency-Key. */
export const replayedHeaders = (replayed: boolean): Record<string, string> => (replayed ? { 'Idempotent-Replayed': 'true' } : {});
