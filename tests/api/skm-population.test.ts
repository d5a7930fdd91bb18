import { describe, expect, it } from 'vitest';
import { consoleApp, type Persona } from './console-fixtures.ts';

// Setting an office's population of service users: its managers and admins only.
describe('PUT /api/v1/console/offices/{id}/skm-population', () => {
  it.each([
    ['anonymous', 401],
    ['otherOfficer', 403],
    ['officer', 403],
    ['manager', 204],
    ['admin', 204]
  ] as [Persona, number][])('%s gets %i', async (persona, status) => {
    const t = await consoleApp();
    const cookie = persona === 'anonymous' ? '' : await t.login(persona);
    const res = await t.staffPost('/api/v1/console/offices/disdukcapil-uji/skm-population', cookie, { period: '2026-S2', population: 1000 }, 'PUT');
    expect(res.status).toBe(status);
    const ikm = await (await t.app.request('/api/v1/offices/disdukcapil-uji/ikm?period=2026-S2')).json();
    expect(ikm.requiredSample).toBe(status === 204 ? 278 : null);
  });

  it('names bad fields in a 422', async () => {
    const t = await consoleApp();
    const cookie = await t.login('admin');
    const res = await t.staffPost('/api/v1/console/offices/disdukcapil-uji/skm-population', cookie, { period: '2026-S7', population: 10 }, 'PUT');
    expect(res.status).toBe(422);
    expect((await res.json()).errors).toEqual([expect.objectContaining({ field: 'period' })]);
  });

  it("records who changed the population, from what to what, in the office's history", async () => {
    const t = await consoleApp();
    const cookie = await t.login('manager');
    const put = (population: number) => t.staffPost('/api/v1/console/offices/disdukcapil-uji/skm-population', cookie, { period: '2026-s2', population }, 'PUT');
    expect((await put(1000)).status).toBe(204);
    expect((await put(1200)).status).toBe(204);
    const { entries } = await (await t.staffGet('/api/v1/console/admin/history/office/disdukcapil-uji', cookie)).json();
    const population = entries.filter((entry: { action: string }) => entry.action === 'set-population');
    expect(population).toEqual([
      expect.objectContaining({ staffName: 'Manajer Dukcapil', changes: [{ field: 'population 2026-S2', from: 1000, to: 1200 }] }),
      expect.objectContaining({ changes: [{ field: 'population 2026-S2', to: 1000 }] })
    ]);
    expect(population[0].at).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});
