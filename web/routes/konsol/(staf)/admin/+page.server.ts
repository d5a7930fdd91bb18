import { error } from '@sveltejs/kit';
import type { AdminOverview } from '$shared/schemas/admin.ts';
import { consoleGet, consoleSend } from '$lib/console/api.ts';
import { consoleFail } from '$lib/console/forms.ts';
import { formValues } from '$lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

const A = '/api/v1/console/admin';

/** The admin area's front page: agencies, offices, holidays, staff (managers see their offices only). */
export const load: PageServerLoad = async (event) => {
  const { me } = await event.parent();
  if (me.role === 'officer') error(403, 'Hanya manajer dan admin / managers and admins only');
  return { overview: await consoleGet<AdminOverview>(event, A) };
};

type Event = Parameters<Actions[string]>[0];

/** One admin call from a form: its values back with the errors on failure, `done` (and the answer) on success. */
async function send(event: Event, form: string, fields: string[], path: string, body: (values: Record<string, string>, data: FormData) => unknown, method = 'POST') {
  const data = await event.request.formData();
  const values = formValues(data, fields);
  const result = await consoleSend<unknown>(
    event,
    path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? '')),
    body(values, data),
    method
  );
  if (!result.ok) return consoleFail(result, event.locals.lang, { ...values, _formName: form });
  return { done: form, answer: result.data };
}

export const actions: Actions = {
  agency: (event) => send(event, 'agency', ['name', 'level'], `${A}/agencies`, (v) => v),
  office: (event) =>
    send(event, 'office', ['agencyId', 'name', 'shortName', 'kind', 'address', 'timeZone'], `${A}/offices`, ({ shortName, ...rest }) => ({ ...rest, ...(shortName?.trim() && { shortName }) })),
  holiday: (event) => send(event, 'holiday', ['date', 'name'], `${A}/holidays`, (v) => v),
  removeHoliday: (event) => send(event, 'removeHoliday', ['date'], `${A}/holidays/{date}`, () => undefined, 'DELETE'),
  invite: (event) => send(event, 'invite', ['email', 'name', 'role'], `${A}/staff`, (v, data) => ({ ...v, officeIds: data.getAll('officeIds').map(String) })),
  activate: (event) => send(event, 'activate', ['staffId', 'active'], `${A}/staff/{staffId}`, (v) => ({ active: v.active === 'true' }), 'PATCH'),
  import: (event) => send(event, 'import', ['agencyId', 'csv', 'dryRun'], `${A}/offices/import`, (v) => ({ agencyId: v.agencyId, csv: v.csv, dryRun: v.dryRun !== 'false' })),
  reset: (event) => send(event, 'reset', ['staffId'], `${A}/staff/{staffId}/password-link`, () => undefined)
};
