import { t } from '$shared/i18n/web.ts';
import type { OfficeWithServices, SurveyCreated, SurveyForm } from '$shared/schemas/index.ts';
import { getJson, postJson } from '$lib/api.ts';
import type { Actions, PageServerLoad } from './$types';
import { failSurvey, surveyBody } from './survey-action.ts';

const CHANNELS = ['web', 'qr', 'kiosk', 'assisted'] as const;
const channelOf = (value: string | null | undefined) => CHANNELS.find((c) => c === value) ?? 'web';

/** The full SKM: `?layanan=` preselects a service, `?channel=qr|kiosk|assisted` tags where it was filled. */
export const load: PageServerLoad = async ({ fetch, params, url, locals }) => {
  const path = `/api/v1/offices/${encodeURIComponent(params.office)}`;
  const notFound = t(locals.lang, 'office.notFound');
  const [office, form] = await Promise.all([getJson<OfficeWithServices>(fetch, path, notFound), getJson<SurveyForm>(fetch, `${path}/survey-form`, notFound)]);
  const wanted = url.searchParams.get('layanan');
  const serviceId = office.services.some((service) => service.id === wanted) ? wanted! : '';
  return { office, form, serviceId, channel: channelOf(url.searchParams.get('channel')), task: office.name };
};

export const actions: Actions = {
  default: async ({ request, fetch, params, locals }) => {
    const data = await request.formData();
    const form = await getJson<SurveyForm>(fetch, `/api/v1/offices/${encodeURIComponent(params.office)}/survey-form`);
    const { body, values } = surveyBody(data, params.office, form, channelOf(String(data.get('channel'))));
    const result = await postJson<SurveyCreated>(fetch, '/api/v1/surveys', body);
    if (!result.ok) return failSurvey(result.problem, locals.lang, values);
    return { thanks: true };
  }
};
