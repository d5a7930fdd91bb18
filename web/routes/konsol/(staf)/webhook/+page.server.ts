import { error, fail } from '@sveltejs/kit';
import { tw } from '$shared/i18n/webhooks.ts';
import type { AdminOverview } from '$shared/schemas/admin.ts';
import { WebhookEventType, type WebhookDeliveryList, type WebhookEndpointList, type WebhookSecretIssued } from '$shared/schemas/index.ts';
import { consoleGet, consoleSend } from '$lib/console/api.ts';
import { consoleFail, type ConsoleFailure } from '$lib/console/forms.ts';
import { formValues } from '$lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

const W = '/api/v1/console/admin/webhooks';

/** The endpoints this account manages, the offices (and, for admins, agencies) it may add one for, and one endpoint's log when asked (`?log=`). */
export const load: PageServerLoad = async (event) => {
  const { me } = await event.parent();
  if (me.role === 'officer') error(403, tw(event.locals.lang, 'webhooks.onlyManagers'));
  const [list, overview] = await Promise.all([consoleGet<WebhookEndpointList>(event, W), consoleGet<AdminOverview>(event, '/api/v1/console/admin')]);
  const selected = list.endpoints.find((endpoint) => endpoint.id === event.url.searchParams.get('log'));
  return {
    list,
    offices: overview.offices.map(({ id, name }) => ({ id, name })),
    agencies: me.role === 'admin' ? overview.agencies.map(({ id, name }) => ({ id, name })) : [],
    eventTypes: WebhookEventType.options,
    selected,
    log: selected ? await consoleGet<WebhookDeliveryList>(event, `${W}/${selected.id}/deliveries`) : undefined
  };
};

type Event = Parameters<Actions[string]>[0];
const onlyManagers = (event: Event) => ({ 403: tw(event.locals.lang, 'webhooks.onlyManagers') });

/** One call about an existing endpoint (named by the form's `endpointId`); `done` says which on success. */
async function onEndpoint(event: Event, done: string, path: string, body?: unknown, method = 'POST') {
  const values = formValues(await event.request.formData(), ['endpointId', 'deliveryId']);
  const result = await consoleSend<unknown>(event, `${W}/${encodeURIComponent(values.endpointId!)}${path.replace('{deliveryId}', encodeURIComponent(values.deliveryId ?? ''))}`, body, method);
  if (!result.ok) return consoleFail(result, event.locals.lang, values, onlyManagers(event));
  return { done, answer: result.data };
}

export const actions: Actions = {
  /** Adds an endpoint; its secret is in this form result once, and nowhere else. */
  create: async (event) => {
    const data = await event.request.formData();
    const values = formValues(data, ['scope', 'url']);
    const events = data.getAll('events').map(String);
    if (events.length === 0) return fail(422, { errors: { events: tw(event.locals.lang, 'webhooks.pickEvents') }, values } satisfies ConsoleFailure);
    const [kind, id] = (values.scope ?? '').split(':');
    const scope = kind === 'agency' ? { agencyId: id } : { officeId: id };
    const result = await consoleSend<WebhookSecretIssued>(event, W, { ...scope, url: values.url?.trim(), events, includeContact: data.get('includeContact') === 'on' });
    if (!result.ok) return consoleFail(result, event.locals.lang, values, onlyManagers(event));
    return { issued: result.data };
  },
  enable: (event) => onEndpoint(event, 'saved', '', { enabled: true }, 'PATCH'),
  disable: (event) => onEndpoint(event, 'saved', '', { enabled: false }, 'PATCH'),
  remove: (event) => onEndpoint(event, 'removed', '', undefined, 'DELETE'),
  rotate: async (event) => {
    const result = await onEndpoint(event, 'rotated', '/rotate');
    return 'answer' in result ? { issued: result.answer as WebhookSecretIssued } : result;
  },
  resend: (event) => onEndpoint(event, 'resent', '/deliveries/{deliveryId}/resend')
};
