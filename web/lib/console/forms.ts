import { fail } from '@sveltejs/kit';
import { isConsoleKey, tc } from '$shared/i18n/console.ts';
import type { Lang } from '$shared/i18n/web.ts';
import type { FieldErrors, FormValues } from '../forms.ts';
import type { ConsoleResult } from './api.ts';

export type ConsoleFailure = { errors: FieldErrors; values: FormValues };

/**
 * The console's one error path: field errors by name (in the page's language where we have a
 * sentence), and whole-form messages for conflicts, refusals and throttling.
 */
export function consoleFail(result: Extract<ConsoleResult<unknown>, { ok: false }>, lang: Lang, values: FormValues, overrides: Partial<Record<number, string>> = {}) {
  const { problem, retryAfter } = result;
  const errors: FieldErrors = {};
  for (const { field, message } of problem.errors ?? []) {
    const key = `error.${field}`;
    errors[field] ??= isConsoleKey(key) ? tc(lang, key) : message;
  }
  if (Object.keys(errors).length === 0) {
    errors._form =
      overrides[problem.status] ??
      (problem.status === 409
        ? tc(lang, 'error.conflict')
        : problem.status === 403
          ? tc(lang, 'error.forbidden')
          : problem.status === 429
            ? tooMany(lang, retryAfter)
            : (problem.detail ?? problem.title));
  }
  return fail(problem.status >= 400 && problem.status < 500 ? problem.status : 400, { errors, values } satisfies ConsoleFailure);
}

/** A guesser's wait grows from a second (docs/limits.md): say seconds while it is short. */
function tooMany(lang: Lang, retryAfter: number): string {
  if (retryAfter < 60) return tc(lang, 'error.tooManySeconds', { seconds: Math.max(1, Math.ceil(retryAfter)) });
  return tc(lang, 'error.tooMany', { minutes: Math.ceil(retryAfter / 60) });
}
