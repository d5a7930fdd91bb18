import { fail } from '@sveltejs/kit';
import { skmT } from '$shared/i18n/skm.ts';
import type { Lang } from '$shared/i18n/web.ts';
import type { Problem, SurveyForm } from '$shared/schemas/index.ts';
import { formValues } from '$lib/forms.ts';

export type SurveyFailure = { errors: Record<string, string>; values: Record<string, string> };

const PROFILE = ['gender', 'age', 'education', 'occupation'] as const;

/** The form's fields as the API's body; empty choices are left out (they are optional). */
export function surveyBody(data: FormData, officeId: string, form: SurveyForm, channel: string) {
  // Only the form's own fields: any other name (`__proto__` among them) would come back to the page with the values.
  const names = ['serviceId', 'comment', 'channel', ...form.elementSet.elements.map((e) => `answers.${e.code}`), ...PROFILE.map((key) => `respondent.${key}`)];
  const values = formValues(data, names);
  const answers: Record<string, number> = {};
  for (const element of form.elementSet.elements) {
    const raw = values[`answers.${element.code}`];
    if (raw) answers[element.code] = Number(raw);
  }
  const respondent = Object.fromEntries(PROFILE.map((key) => [key, values[`respondent.${key}`]]).filter(([, v]) => v));
  const body = {
    officeId,
    ...(values.serviceId && { serviceId: values.serviceId }),
    answers,
    ...(Object.keys(respondent).length > 0 && { respondent }),
    ...(values.comment?.trim() && { comment: values.comment.trim() }),
    channel
  };
  return { body, values };
}

/** A 4xx from the API back onto the form: each error under its field name, in the page's language. */
export function failSurvey(problem: Problem, lang: Lang, values: Record<string, string>) {
  const errors: Record<string, string> = {};
  for (const { field, message } of problem.errors ?? []) {
    if (field.startsWith('answers.')) errors[field] ??= skmT(lang, values[field] ? 'survey.invalid' : 'survey.notAnswered');
    else if (field.startsWith('respondent.')) errors[field] ??= skmT(lang, 'survey.invalid');
    else errors[field] ??= message;
  }
  if (Object.keys(errors).length === 0) errors._form = problem.detail ?? problem.title;
  return fail(problem.status >= 400 && problem.status < 500 ? problem.status : 400, { errors, values } satisfies SurveyFailure);
}
