import { error } from '@sveltejs/kit';
import type { AdminOverview, AuditEntry } from '$shared/schemas/admin.ts';
import { consoleGet, consoleSend } from '$lib/console/api.ts';
import { consoleFail } from '$lib/console/forms.ts';
import { formValues } from '$lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

const A = '/api/v1/console/admin';

/** One office's settings and its history of changes (admins; its managers for services, origins, population). */
export const load: PageServerLoad = async (event) => {
  const { me } = await event.parent();
  if (me.role === 'officer') error(403, 'Hanya manajer dan admin / managers and admins only');
  const overview = await consoleGet<AdminOverview>(event, A);
  const office = overview.offices.find((o) => o.id === event.params.office);
  if (!office) error(404, event.params.office);
  const { entries } = await consoleGet<{ entries: AuditEntry[] }>(event, `${A}/history/office/${office.id}`);
  return { office, history: entries };
};

type Event = Parameters<Actions[string]>[0];

async function send(event: Event, form: string, fields: string[], path: string, body: (values: Record<string, string>) => unknown, method = 'PATCH') {
  const values = formValues(await event.request.formData(), fields);
  const result = await consoleSend<unknown>(event, path, body(values), method);
  if (!result.ok) return consoleFail(result, event.locals.lang, { ...values, _formName: form });
  return { done: form };
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
