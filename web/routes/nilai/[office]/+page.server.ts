import { randomBytes } from 'node:crypto';
import { fail } from '@sveltejs/kit';
import { citizenT } from '$shared/i18n/citizen.ts';
import { t } from '$shared/i18n/web.ts';
import { RATING_COMMENT_MAX, type OfficeWithServices, type RatingCreated } from '$shared/schemas/index.ts';
import { getJson, postJson } from '$lib/api.ts';
import { failFromProblem, formValues, optional } from '$lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

const CHANNELS = ['web', 'qr', 'kiosk', 'assisted'] as const;
type FormChannel = (typeof CHANNELS)[number];
const channelOf = (value: string | null | undefined): FormChannel => CHANNELS.find((c) => c === value) ?? 'web';

/**
 * What a QR poster or kiosk points to: `?layanan=` preselects a service, `?channel=qr|kiosk|assisted` tags the rating.
 * A task page: the layout shows only the office's name, the language switch and the demo banner (`task`).
 */
export const load: PageServerLoad = async ({ fetch, params, url, locals, setHeaders }) => {
  const office = await getJson<OfficeWithServices>(fetch, `/api/v1/offices/${encodeURIComponent(params.office)}`, t(locals.lang, 'office.notFound'));
  const wanted = url.searchParams.get('layanan');
  const serviceId = office.services.some((service) => service.id === wanted) ? wanted! : '';
  // Each page view carries its own Idempotency-Key, so a tap sent twice (a double tap, a resent form) counts once.
  setHeaders({ 'cache-control': 'private, no-store' });
  const tapKey = randomBytes(16).toString('base64url');
  // Limits come from the server so the page's JavaScript never loads the schema library.
  return { office, serviceId, tapKey, channel: channelOf(url.searchParams.get('channel')), commentMax: RATING_COMMENT_MAX, task: office.name };
};

export const actions: Actions = {
  /** The tap: a face is a submit button, so the rating is recorded whether or not the page runs JavaScript. */
  rate: async ({ request, fetch, params, locals }) => {
    const values = formValues(await request.formData(), ['score', 'serviceId', 'channel', 'tapKey']);
    const score = Number(values.score);
    const body = { officeId: params.office, serviceId: optional(values, 'serviceId'), score: values.score && Number.isInteger(score) ? score : undefined, channel: channelOf(values.channel) };
    const key = /^[\w-]{16,128}$/.test(values.tapKey) ? { 'idempotency-key': values.tapKey } : undefined;
    const result = await postJson<RatingCreated>(fetch, '/api/v1/ratings', body, key);
    if (!result.ok) return failFromProblem(result.problem, locals.lang, values);
    return { rated: { id: result.data.id, score, serviceId: body.serviceId ?? '', detailToken: result.data.detailToken ?? '' } };
  },
  /** The optional addition to the same rating: a comment, the service. */
  detail: async ({ request, fetch, params, locals }) => {
    const values = formValues(await request.formData(), ['ratingId', 'score', 'detailToken', 'serviceId', 'comment']);
    const rated = { id: values.ratingId, score: Number(values.score), serviceId: values.serviceId, detailToken: values.detailToken };
    const comment = optional(values, 'comment');
    const serviceId = optional(values, 'serviceId');
    if (!comment && !serviceId) return fail(422, { rated, detailError: citizenT(locals.lang, 'rate.addEmpty'), values });
    const path = `/api/v1/ratings/${encodeURIComponent(values.ratingId)}/details`;
    const result = await postJson<RatingCreated>(fetch, path, { officeId: params.office, score: rated.score, detailToken: values.detailToken, comment, serviceId });
    if (result.ok) return { rated, added: true };
    const expired = result.problem.status === 403;
    const failure = failFromProblem(result.problem, locals.lang, values);
    const detailError = expired ? citizenT(locals.lang, 'rate.addExpired') : Object.values(failure.data.errors).join(' ');
    return fail(failure.status, { rated, detailError, values });
  }
};
