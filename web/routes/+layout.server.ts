import type { SiteInfo } from '$shared/schemas/index.ts';
import type { LayoutServerLoad } from './$types';

/** The language for every page, and whether the demo banner shows (a few bytes: every page asks). */
export const load: LayoutServerLoad = async ({ fetch, locals }) => {
  const response = await fetch('/api/v1/site');
  const site: SiteInfo = response.ok ? ((await response.json()) as SiteInfo) : { demo: false };
  return { lang: locals.lang, demo: site.demo };
};
