import { describe, expect, it } from 'vitest';
import { LeagueTable, OfficeList, OfficeWithServices } from '../../shared/schemas/index.ts';
import type { PostgresStore } from '../../server/store/postgres/index.ts';
import { testApp } from './fixtures.ts';

describe('offices, stats and the API document', () => {
  it('answers health', async () => {
    const { app, store } = await testApp();
    // A store that keeps a chain checks it whole in the background after the start, as server/boot.ts asks; the
    // memory store keeps none and is always 'ok'.
    const verified = 'verifyInBackground' in store ? await (store as PostgresStore).verifyInBackground() : undefined;
    const res = await app.request('/api/v1/health');
    expect(res.status).toBe(200);
    const chain = verified ? { state: 'ok', events: 0 } : { state: 'ok' };
    expect(await res.json()).toEqual({ status: 'ok', ready: true, storage: { writable: true, chain, writes: { state: 'ok' } } });
  });

  it('says whether the installation shows demo data', async () => {
    const { app, store } = await testApp();
    expect(await (await app.request('/api/v1/site')).json()).toEqual({ demo: false });
    await store.catalog.update((draft) => void (draft.demo = true));
    expect(await (await app.request('/api/v1/site')).json()).toEqual({ demo: true });
  });

  it('lists offices and shows one with its services', async () => {
    const { app } = await testApp();
    const list = OfficeList.parse(await (await app.request('/api/v1/offices')).json());
    expect(list.offices.map((o) => o.id)).toEqual(['disdukcapil-uji', 'puskesmas-uji']);
    const one = OfficeWithServices.parse(await (await app.request('/api/v1/offices/disdukcapil-uji')).json());
    expect(one.services.map((s) => s.id)).toEqual(['ktp-el', 'akta-lahir']);
    expect(one.agency.name).toBe('Pemerintah Kabupaten Uji');
    expect((await app.request('/api/v1/offices/tidak-ada')).status).toBe(404);
    expect((await app.request('/api/v1/offices/tidak-ada/stats')).status).toBe(404);
  });

  it('pools the region figures from raw counts in the league table', async () => {
    const { app, post } = await testApp();
    for (const score of [4, 4, 4]) await post('/api/v1/ratings', { officeId: 'disdukcapil-uji', score });
    await post('/api/v1/ratings', { officeId: 'puskesmas-uji', score: 1 });
    const table = LeagueTable.parse(await (await app.request('/api/v1/stats?from=2026-01-01&to=2026-12-31')).json());
    expect(table.period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(table.region.satisfaction.responses).toBe(4);
    expect(table.region.satisfaction.satisfiedShare).toBe(0.75);
    expect(table.offices.every((o) => !o.rankable)).toBe(true);
  });

  it.each([
    ['from=2026-13-01', 'from'],
    ['from=2026-02-30', 'from'],
    ['to=kemarin', 'to'],
    ['from=2026-05-01&to=2026-04-01', 'from'],
    ['from=2010-01-01&to=2026-01-01', 'from']
  ])('rejects the period %s with 422', async (query, field) => {
    const { app } = await testApp();
    const res = await app.request(`/api/v1/offices/disdukcapil-uji/stats?${query}`);
    expect(res.status).toBe(422);
    expect((await res.json()).errors[0].field).toBe(field);
  });

  it('publishes an OpenAPI document generated from the schemas', async () => {
    const { app } = await testApp();
    const doc = await (await app.request('/api/v1/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/health',
        '/api/v1/offices',
        '/api/v1/offices/{officeId}',
        '/api/v1/offices/{officeId}/stats',
        '/api/v1/stats',
        '/api/v1/ratings',
        '/api/v1/complaints',
        '/api/v1/complaints/{trackingCode}'
      ])
    );
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['RatingInput', 'OfficeStats', 'Problem']));
  });

  it('answers unknown API paths with problem+json 404', async () => {
    const { app } = await testApp();
    const res = await app.request('/api/v1/nothing');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});
