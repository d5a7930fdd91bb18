/** GeoReport v2's service discovery document: where the endpoint is, which formats, how to get a key. */
export type Open311Discovery = {
  changeset: string;
  contact: string;
  key_service: string;
  endpoints: { specification: string; url: string; changeset: string; type: 'production'; formats: string[] }[];
};

// The date this endpoint's behaviour last changed (docs/open311.md); clients compare it to re-read services.
const CHANGESET = '2026-12-02T00:00:00Z';

/** The discovery document of the site at `origin`. */
export function open311Discovery(origin: string): Open311Discovery {
  return {
    changeset: CHANGESET,
    contact: `Dokumentasi / documentation: ${origin}/dokumentasi-api`,
    key_service: `Kunci API diterbitkan admin atau manajer di konsol / API keys are issued by an admin or manager in the console: ${origin}/konsol/open311`,
    endpoints: [{ specification: 'http://wiki.open311.org/GeoReport_v2', url: `${origin}/open311/v2`, changeset: CHANGESET, type: 'production', formats: ['application/json', 'text/xml'] }]
  };
}
