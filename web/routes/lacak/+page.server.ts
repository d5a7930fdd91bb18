import { redirect } from '@sveltejs/kit';
import { normaliseTrackingCode } from '$shared/codes/codes.ts';
import type { PageServerLoad } from './$types';

/**
 * The lookup form is a GET form (`?kode=`), so it works without JavaScript; a code, however it was typed
 * (`sl jjgd 74ao fo`), redirects to its page.
 */
export const load: PageServerLoad = ({ url }) => {
  const raw = url.searchParams.get('kode');
  const code = raw ? normaliseTrackingCode(raw) : '';
  if (code) redirect(303, `/lacak/${encodeURIComponent(code)}`);
  return { empty: raw !== null };
};
