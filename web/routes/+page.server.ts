import type { LeagueTable, RegionIkm } from '$shared/schemas/index.ts';
import { getJson } from '$lib/api.ts';
import { periodQuery } from '$lib/period.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch, url }) => {
  const period = periodQuery(url);
  const [table, ikm] = await Promise.all([getJson<LeagueTable>(fetch, `/api/v1/stats${period.query}`), getJson<RegionIkm>(fetch, `/api/v1/ikm${period.query}`)]);
  const ikmOf = new Map(ikm.offices.map((o) => [o.officeId, { value: o.ikm, mutu: o.mutu, responses: o.responses }]));
  return { table: { ...table, offices: table.offices.map((row) => ({ ...row, ikm: ikmOf.get(row.officeId) })) }, periodInvalid: period.invalid };
};
