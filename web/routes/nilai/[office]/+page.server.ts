import { t } from '$shared/i18n/web.ts';
import { RATING_COMMENT_MAX, type OfficeWithServices, type RatingCreated } from '$shared/schemas/index.ts';
import { getJson, postJson } from '$lib/api.ts';
import { failFromProblem, formValues, optional } from '$lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

const CHANNELS = ['web', 'qr', 'kiosk', 'assisted'] as const;
type FormChannel = (typeof CHANNELS)[number];
const channelOf = (value: string | null | undefined): FormChannel => CHANNELS.find((c) => c === value) ?? 'web';

/** What a QR poster or kiosk points to: `?layanan=` preselects a service, `?channel=qr|kiosk|assisted` tags the rating. */
export const load: PageServerLoad = async ({ fetch, params, url, locals }) => {
  const office = await getJson<OfficeWithServices>(fetch, `/api/v1/offices/${encodeURIComponent(params.office)}`, t(locals.lang, 'office.notFound'));
  const wanted = url.searchParams.get('layanan');
  const serviceId = office.services.some((service) => service.id === wanted) ? wanted! : '';
  // Limits come from the server so the page's JavaScript never loads the schema library.
  return { office, serviceId, channel: channelOf(url.searchParams.get('channel')), commentMax: RATING_COMMENT_MAX };
};

export const actions: Actions = {
  default: async ({ request, fetch, params, locals }) => {
    const values = formValues(await request.formData(), ['score', 'serviceId', 'comment', 'channel']);
    const score = Number(values.score);
    const result = await postJson<RatingCreated>(fetch, '/api/v1/ratings', {
      officeId: params.office,
      serviceId: optional(values, 'serviceId'),
      score: values.score && Number.isInteger(score) ? score : undefined,
      comment: optional(values, 'comment'),
      channel: channelOf(values.channel)
    });
    if (!result.ok) return failFromProblem(result.problem, locals.lang, values);
    return { thanks: true };
  }
};
