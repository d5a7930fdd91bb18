import type { LeagueTable } from '$shared/schemas/index.ts';
import { getJson } from '$lib/api.ts';
import { periodQuery } from '$lib/period.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, url }) => {
  const period = periodQuery(url);
  const table = await getJson<LeagueTable>(fetch, `/api/v1/stats${period.query}`);
  return { table, periodInvalid: period.invalid };
};
