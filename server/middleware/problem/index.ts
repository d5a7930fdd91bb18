import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Problem } from '../../../shared/schemas/index.ts';
import { DomainError, ServiceUnavailableError, TooManyRequestsError, ValidationError } from '../../errors.ts';

const PROBLEM_TYPE = 'application/problem+json';

/** Answers with an RFC 9457 problem document: the one error envelope of the API. */
export function problem(c: Context, body: Omit<Problem, 'type'> & { type?: string }): Response {
  const document: Problem = { ...body, type: body.type ?? 'about:blank' };
  return c.body(JSON.stringify(document), body.status as ContentfulStatusCode, { 'Content-Type': PROBLEM_TYPE });
}

/** Turns typed domain errors and HTTP exceptions into problem+json; anything else is a 500, logged by `log`. */
export function problemErrorHandler(log: (error: unknown, c: Context) => void): ErrorHandler {
  return function onProblem(error, c) {
    if (error instanceof DomainError) {
      if (error instanceof TooManyRequestsError || error instanceof ServiceUnavailableError) c.header('Retry-After', String(Math.ceil(error.retryAfterSeconds)));
      return problem(c, {
        type: error instanceof ValidationError ? 'urn:suara:problem:validation' : undefined,
        title: error.title,
        status: error.status,
        detail: error.message,
        ...(error.errors && { errors: error.errors })
      });
    }
    if (error instanceof HTTPException) {
      return problem(c, { title: error.message || 'Bad Request', status: error.status, detail: error.message });
    }
    log(error, c);
    return problem(c, { title: 'Internal Server Error', status: 500, detail: 'Terjadi kesalahan di server / server error' });
  };
}

export const problemNotFound: NotFoundHandler = (c) => problem(c, { title: 'Not Found', status: 404, detail: `Tidak ada / no such path: ${c.req.path}` });

/** zod-openapi hook: a failed validation becomes a 422 naming every bad field. */
export function validationHook(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): void {
  if (result.success || !result.error) return;
  throw new ValidationError(result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || '(body)', message: issue.message })));
}
