import type { Office, RegionIkm } from '$shared/schemas/index.ts';
import { getJson } from '$lib/api.ts';
import type { PageServerLoad } from './$types';

/** Every office, to pick where to take the full survey; with its IKM (and its n) for the default period. */
export const load: PageServerLoad = async ({ fetch }) => {
  const [{ offices }, ikm] = await Promise.all([getJson<{ offices: Office[] }>(fetch, '/api/v1/offices'), getJson<RegionIkm>(fetch, '/api/v1/ikm')]);
  const ikmOf = new Map(ikm.offices.map((o) => [o.officeId, o]));
  return {
    offices: offices.map((o) => ({ id: o.id, name: o.name, kind: o.kind, ikm: ikmOf.get(o.id)?.ikm ?? null, mutu: ikmOf.get(o.id)?.mutu ?? null, responses: ikmOf.get(o.id)?.responses ?? 0 }))
  };
};
