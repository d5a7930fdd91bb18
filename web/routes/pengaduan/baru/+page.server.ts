import { t } from '$shared/i18n/web.ts';
import { ComplaintCategory, Visibility, type ComplaintCreated, type Office, type OfficeWithServices } from '$shared/schemas/index.ts';
import { getJson, postJson, postWithFiles } from '$lib/api.ts';
import { chosenFiles, failFromProblem, formValues, optional } from '$lib/forms.ts';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['officeId', 'serviceId', 'category', 'description', 'visibility', 'contact.name', 'contact.phone', 'contact.email', 'notify'] as const;

/** Step one picks the office (`?kantor=`), step two is the complaint form for it. */
export const load: PageServerLoad = async ({ fetch, url, locals }) => {
  const { offices } = await getJson<{ offices: Office[] }>(fetch, '/api/v1/offices');
  const wanted = url.searchParams.get('kantor');
  const known = offices.some((office) => office.id === wanted);
  const office = known ? await getJson<OfficeWithServices>(fetch, `/api/v1/offices/${wanted}`, t(locals.lang, 'office.notFound')) : null;
  // The choices come from the schema on the server, so the page's JavaScript never loads the schema library.
  return { offices, office, unknownOffice: !!wanted && !known, categories: ComplaintCategory.options, visibilities: Visibility.options };
};

export const actions: Actions = {
  default: async ({ request, fetch, locals }) => {
    const data = await request.formData();
    const values = formValues(data, FIELDS);
    const contact = {
      name: optional(values, 'contact.name'),
      phone: optional(values, 'contact.phone'),
      email: optional(values, 'contact.email')
    };
    const body = {
      officeId: values.officeId,
      serviceId: optional(values, 'serviceId'),
      category: optional(values, 'category'),
      description: values.description,
      visibility: optional(values, 'visibility'),
      contact: Object.values(contact).some(Boolean) ? contact : undefined,
      // The opt-in (off unless ticked) and the page's language, which the messages are written in (docs/notifications.md).
      ...(values.notify === '1' && { notify: true }),
      locale: locals.lang
    };
    const files = chosenFiles(data);
    const result = files.length > 0 ? await postWithFiles<ComplaintCreated>(fetch, '/api/v1/complaints', body, files) : await postJson<ComplaintCreated>(fetch, '/api/v1/complaints', body);
    if (!result.ok) return failFromProblem(result.problem, locals.lang, values);
    // Shown once, in this response only: nothing stores the secret on the page side.
    return { created: result.data };
  }
};
