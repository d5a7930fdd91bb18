import { Problem } from '../../shared/schemas/index.ts';

const problemContent = { 'application/problem+json': { schema: Problem } };

/** The session cookie, as the OpenAPI document names it. */
export const STAFF_SECURITY = [{ staffSession: [] }];

/** Errors of the staff API, declared once. */
export const consoleProblems = {
  401: { description: 'Not logged in, or wrong email or password', content: problemContent },
  403: { description: 'Not your office, not your role, or a cross-site request', content: problemContent },
  404: { description: 'Not found', content: problemContent },
  409: { description: 'Not possible in the current status', content: problemContent },
  422: { description: 'Invalid input; `errors` names each field', content: problemContent },
  429: { description: 'Too many failed attempts; see Retry-After', content: problemContent }
} as const;
