import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** The lookup form is a GET form (`?kode=`), so it works without JavaScript; a code redirects to its page. */
export const load: PageServerLoad = ({ url }) => {
  const raw = url.searchParams.get('kode');
  const code = raw?.replace(/\s+/g, '').toUpperCase();
  if (code) redirect(303, `/lacak/${encodeURIComponent(code)}`);
  return { empty: raw !== null };
};
