import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Problem } from '../../../shared/schemas/index.ts';
import { DomainError, ServiceUnavailableError, TooManyRequestsError, ValidationError } from '../../errors.ts';

export const PROBLEM_TYPE = 'application/problem+json';

/** Answers with an RFC 9457 problem document: the one error envelope of the API. */
export function problem(c: Context, body: Omit<Problem, 'type'> & { type?: string }): Response {
  const document: Problem = { ...body, type: body.type ?? 'about:blank' };
  return c.body(JSON.stringify(document), body.status as ContentfulStatusCode, { 'Content-Type': PROBLEM_TYPE });
}

/** What an error answers: its problem document, and the Retry-After seconds when it has one. */
export type ProblemAnswer = { document: Problem; retryAfterSeconds?: number };

/**
 * The problem document of a typed domain error or an HTTP exception; undefined for anything else (a bug: a 500).
 * Shared by `app.onError` and the hot routes that answer outside Hono (server/hot-routes), so both answer alike.
 */
export function problemOf(error: unknown): ProblemAnswer | undefined {
  if (error instanceof DomainError) {
    const retryAfter = error instanceof TooManyRequestsError || error instanceof ServiceUnavailableError ? Math.ceil(error.retryAfterSeconds) : undefined;
    const document: Problem = {
      type: error instanceof ValidationError ? 'urn:suara:problem:validation' : 'about:blank',
      title: error.title,
      status: error.status,
      detail: error.message,
      ...(error.errors && { errors: error.errors })
    };
    return retryAfter === undefined ? { document } : { document, retryAfterSeconds: retryAfter };
  }
  if (error instanceof HTTPException) return { document: { title: error.message || 'Bad Request', status: error.status, detail: error.message, type: 'about:blank' } };
  return undefined;
}

/** The answer to an error that is not the client's: logged, and told apart from theirs only by its status. */
export const INTERNAL_ERROR: Problem = { title: 'Internal Server Error', status: 500, detail: 'Terjadi kesalahan di server / server error', type: 'about:blank' };

/** Turns typed domain errors and HTTP exceptions into problem+json; anything else is a 500, logged by `log`. */
export function problemErrorHandler(log: (error: unknown, c: Context) => void): ErrorHandler {
  return function onProblem(error, c) {
    const answer = problemOf(error);
    if (!answer) log(error, c);
    if (answer?.retryAfterSeconds !== undefined) c.header('Retry-After', String(answer.retryAfterSeconds));
    const document = answer?.document ?? INTERNAL_ERROR;
    return c.body(JSON.stringify(document), document.status as ContentfulStatusCode, { 'Content-Type': PROBLEM_TYPE });
  };
}

export const problemNotFound: NotFoundHandler = (c) => problem(c, { title: 'Not Found', status: 404, detail: `Tidak ada / no such path: ${c.req.path}` });

/** zod-openapi hook: a failed validation becomes a 422 naming every bad field. */
export function validationHook(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): void {
  if (result.success || !result.error) return;
  throw new ValidationError(result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || '(body)', message: issue.message })));
}
