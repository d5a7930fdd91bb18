import { fail } from '@sveltejs/kit';
import { isMessageKey, t, type Lang } from '$shared/i18n/web.ts';
import type { Problem } from '$shared/schemas/index.ts';

/** Errors keyed by the form field's name, which is the API's field path (`contact.email`); `_form` for the whole form. */
export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string>;
export type FormFailure = { errors: FieldErrors; values: FormValues };

/** The submitted text fields, to refill the form when it comes back with errors. */
export function formValues(data: FormData, names: readonly string[]): FormValues {
  return Object.fromEntries(names.map((name) => [name, String(data.get(name) ?? '')]));
}

/** The files chosen in a form's `files` input; an input left empty sends one part with no name and no bytes. */
export function chosenFiles(data: FormData, name = 'files'): File[] {
  return data.getAll(name).filter((value): value is File => typeof value !== 'string' && (value.size > 0 || value.name !== ''));
}

/** A trimmed text field, or undefined when empty (the API treats absent and empty differently). */
export function optional(values: FormValues, name: string): string | undefined {
  return values[name]?.trim() || undefined;
}

/**
 * The one error path of every form: the API's problem+json becomes errors keyed by field name,
 * in the page's language where we have a better sentence than the validator's.
 */
export function failFromProblem(problem: Problem, lang: Lang, values: FormValues) {
  const errors: FieldErrors = {};
  for (const { field, message } of problem.errors ?? []) {
    const key = `error.${field}`;
    errors[field] ??= isMessageKey(key) ? t(lang, key) : message;
  }
  if (Object.keys(errors).length === 0) errors._form = problem.detail ?? problem.title;
  return fail(problem.status >= 400 && problem.status < 500 ? problem.status : 400, { errors, values } satisfies FormFailure);
}

/** What an input needs to be tied to its label, hint and error. */
export type FieldAttrs = { id: string; name: string; 'aria-describedby'?: string; 'aria-invalid'?: 'true' };

/** Field ids derive from names, so the error summary can link to them. */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}
