import type { LeagueTable, RegionIkm } from '$shared/schemas/index.ts';
import { getJsonInProcess } from '$lib/api.ts';
import { periodQuery } from '$lib/period.ts';
import type { PageLoad } from './$types';

// The home page ships no JavaScript: every control on it is a link or a GET form, so the page is read as soon
// as its HTML arrives, with nothing to run first on a low-end phone. Sorting and searching land back at the
// table (`#offices-title`), where the person was.
export const csr = false;

// A universal load, as the office page's: a server load's data (here the whole league table) is serialised for the
// browser on every render even though this page has no JavaScript to read it, about a third of the home page's CPU
// (docs/bench.md, "The home page"). It runs on the server all the same and reads the API in-process.
export const load: PageLoad = async ({ fetch, url }) => {
  const period = periodQuery(url);
  const [table, ikm] = await Promise.all([getJsonInProcess<LeagueTable>(fetch, `/api/v1/stats${period.query}`), getJsonInProcess<RegionIkm>(fetch, `/api/v1/ikm${period.query}`)]);
  const ikmOf = new Map(ikm.offices.map((o) => [o.officeId, { value: o.ikm, mutu: o.mutu, responses: o.responses }]));
  return { table: { ...table, offices: table.offices.map((row) => ({ ...row, ikm: ikmOf.get(row.officeId) })) }, periodInvalid: period.invalid };
};
