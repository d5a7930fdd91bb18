import { z, type OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
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
  413: { description: 'Body too large', content: problemContent },
  503: { description: 'Storage cannot take writes now (a failing disk, or a damaged log); see Retry-After and /api/v1/health', content: problemContent }
} as const;

/** The optional `Idempotency-Key` of the public POSTs (server/idempotency): a repeat answers the first answer. */
export const IdempotencyHeaders = z.object({
  'idempotency-key': z.string().optional().meta({ description: '16–128 URL-safe characters, e.g. 128 random bits in base64url; a repeat gets the first answer', example: 'Hc2f0sQyJ5m1uXKq8bNw1g' })
});

/**
 * Documents a route's request headers in the OpenAPI document without a zod validator for them: the route's
 * handler reads and checks them itself (the Idempotency-Key: server/idempotency). Validating headers makes the
 * request build every header of it, a few per cent of the busiest route's CPU (POST /api/v1/ratings).
 */
export function documentHeadersOnly<R extends RouteConfig & { request: { headers: unknown } }>(
  app: OpenAPIHono,
  route: R,
  /** The request body as documented, when the handler takes more than its validator (a form read by the route itself). */
  documentedBody?: RouteConfig['request'] extends infer Q ? (Q extends { body?: infer B } ? B : never) : never
): Omit<R, 'request'> & { request: Omit<R['request'], 'headers'>; hide: true } {
  app.openAPIRegistry.registerPath(documentedBody ? { ...route, request: { ...route.request, body: documentedBody } } : route);
  const { headers: _documented, ...request } = route.request as R['request'];
  return { ...route, request, hide: true } as Omit<R, 'request'> & { request: Omit<R['request'], 'headers'>; hide: true };
}

/** Marks an answer given again for a repeated Idempotency-Key. */
export const replayedHeaders = (replayed: boolean): Record<string, string> => (replayed ? { 'Idempotent-Replayed': 'true' } : {});
