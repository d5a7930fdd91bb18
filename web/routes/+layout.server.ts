import type { SiteInfo } from '$shared/schemas/index.ts';
import { getJsonInProcess } from '$lib/api.ts';
import type { LayoutServerLoad } from './$types';

/** The language for every page, and whether the demo banner shows (a few bytes: every page asks). */
export const load: LayoutServerLoad = async ({ fetch, locals }) => {
  const site = await getJsonInProcess<SiteInfo>(fetch, '/api/v1/site').catch((): SiteInfo => ({ demo: false }));
  return { lang: locals.lang, demo: site.demo };
};
