import type { Office } from '$shared/schemas/index.ts';
import type { LayoutServerLoad } from './$types';

/** The language for every page, and whether the demo banner shows (any office marked `demo`). */
export const load: LayoutServerLoad = async ({ fetch, locals }) => {
  const response = await fetch('/api/v1/offices');
  const offices: Office[] = response.ok ? ((await response.json()) as { offices: Office[] }).offices : [];
  return { lang: locals.lang, demo: offices.some((office) => office.demo) };
};
