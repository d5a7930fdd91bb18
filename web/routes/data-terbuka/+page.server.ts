import { OPEN_DATASETS } from '$shared/open-data/dictionary.ts';
import type { PageServerLoad } from './$types';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

// The data dictionary in the visitor's language, read on the server so it stays out of the page's JavaScript.
export const load: PageServerLoad = ({ locals, url }) => {
  const en = locals.lang === 'en';
  const from = url.searchParams.get('from') ?? '';
  const to = url.searchParams.get('to') ?? '';
  const query = new URLSearchParams({ ...(DATE.test(from) && { from }), ...(DATE.test(to) && { to }) }).toString();
  return {
    from: DATE.test(from) ? from : '',
    to: DATE.test(to) ? to : '',
    query: query ? `?${query}` : '',
    datasets: OPEN_DATASETS.map((dataset) => ({
      name: dataset.name,
      title: en ? dataset.title_en : dataset.title,
      description: en ? dataset.description_en : dataset.description,
      fields: dataset.fields.map((field) => ({ name: field.name, type: field.type, description: en ? field.description_en : field.description }))
    }))
  };
};
