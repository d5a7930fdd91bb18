import { error } from '@sveltejs/kit';
import type { AdminOverview, AuditEntry, OfficeElementSets } from '$shared/schemas/admin.ts';
import { ta } from '$shared/i18n/admin.ts';
import { consoleGet, consoleSend } from '$lib/console/api.ts';
import { consoleFail } from '$lib/console/forms.ts';
import { formValues } from '$lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

const A = '/api/v1/console/admin';

/** One office's settings and its history of changes (admins; its managers for services, origins, SKM elements, population). */
export const load: PageServerLoad = async (event) => {
  const { me } = await event.parent();
  if (me.role === 'officer') error(403, 'Hanya manajer dan admin / managers and admins only');
  const overview = await consoleGet<AdminOverview>(event, A);
  const office = overview.offices.find((o) => o.id === event.params.office);
  if (!office) error(404, event.params.office);
  const [{ entries }, elementSets] = await Promise.all([
    consoleGet<{ entries: AuditEntry[] }>(event, `${A}/history/office/${office.id}`),
    consoleGet<OfficeElementSets>(event, `${A}/offices/${office.id}/element-sets`)
  ]);
  return { office, history: entries, elementSets };
};

type Event = Parameters<Actions[string]>[0];

async function send(event: Event, form: string, fields: string[], path: string, body: (values: Record<string, string>) => unknown, method = 'PATCH') {
  const values = formValues(await event.request.formData(), fields);
  const result = await consoleSend<unknown>(event, path, body(values), method);
  if (!result.ok) return consoleFail(result, event.locals.lang, { ...values, _formName: form });
  return { done: form };
}

/** `u1=0.1` per line (a decimal comma is fine) into the API's weights; none when empty. */
function weightsOf(text: string): Record<string, number> | undefined {
  const entries = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [code = '', value = ''] = line.split(/\s*[=:]\s*/);
      return [code, Number(value.replace(',', '.'))] as const;
    });
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

const SET_FIELDS: Record<string, string> = { id: 'setId', name: 'setName' };
const EXTRA = ['extraElements.0.code', 'extraElements.0.name', 'extraElements.0.question', 'extraElements.0.labels'] as const;

/** The define form's values as the API's new set: an added element only when its code is filled in. */
function newSet(v: Record<string, string>) {
  const [code, name, question, labels] = EXTRA.map((field) => v[field]?.trim() ?? '');
  const answers = (labels ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return { id: v.setId?.trim(), name: v.setName?.trim(), ...(code && { extraElements: [{ code, name, question, labels: answers }] }), weights: weightsOf(v.weights ?? '') };
}

const office = (event: Event) => `${A}/offices/${encodeURIComponent(event.params.office!)}`;
const lines = (text: string) =>
  text
    .split(/\s+/)
    .map((line) => line.trim().replace(/\/+$/, ''))
    .filter(Boolean);

export const actions: Actions = {
  edit: (event) => send(event, 'edit', ['name', 'shortName', 'kind', 'address', 'timeZone'], office(event), (v) => ({ ...v, shortName: v.shortName?.trim() ?? '' })),
  closed: (event) => send(event, 'closed', ['closed'], office(event), (v) => ({ closed: v.closed === 'true' })),
  origins: (event) => send(event, 'origins', ['allowedOrigins'], office(event), (v) => ({ allowedOrigins: lines(v.allowedOrigins ?? '') })),
  service: (event) =>
    send(
      event,
      'service',
      ['name', 'firstResponseWorkingDays', 'targetWorkingDays'],
      `${office(event)}/services`,
      (v) => ({
        name: v.name,
        firstResponseWorkingDays: Number(v.firstResponseWorkingDays),
        targetWorkingDays: Number(v.targetWorkingDays)
      }),
      'POST'
    ),
  elementSet: (event) => send(event, 'elementSet', ['elementSet'], `${office(event)}/element-set`, (v) => ({ elementSet: v.elementSet }), 'PUT'),
  defineElementSet: async (event) => {
    const values = formValues(await event.request.formData(), ['setId', 'setName', ...EXTRA, 'weights']);
    const result = await consoleSend<unknown>(event, `${office(event)}/element-sets`, newSet(values), 'POST');
    const lang = event.locals.lang;
    if (!result.ok) {
      // The page has other `name` fields; this form's set code and name go by their own names.
      const errors = result.problem.errors?.map((e) => ({ ...e, field: SET_FIELDS[e.field] ?? e.field }));
      return consoleFail({ ...result, problem: { ...result.problem, errors } }, lang, { ...values, _formName: 'defineElementSet' }, { 409: ta(lang, 'elementSets.exists') });
    }
    return { done: 'defineElementSet' };
  },
  population: (event) =>
    send(
      event,
      'population',
      ['period', 'population'],
      `/api/v1/console/offices/${encodeURIComponent(event.params.office!)}/skm-population`,
      (v) => ({ period: v.period, population: Number(v.population) }),
      'PUT'
    )
};
