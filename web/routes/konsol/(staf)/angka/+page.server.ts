import type { LeagueTable } from '$shared/schemas/index.ts';
import { getJson } from '$lib/api.ts';
import type { PageServerLoad } from './$types';

/** The same public figures the dashboard publishes, for the account's offices only. */
export const load: PageServerLoad = async ({ fetch, parent }) => {
  const [{ me }, table] = await Promise.all([parent(), getJson<LeagueTable>(fetch, '/api/v1/stats')]);
  const mine = new Set(me.offices.map((office) => office.id));
  return { period: table.period, offices: table.offices.filter((office) => mine.has(office.officeId)) };
};
