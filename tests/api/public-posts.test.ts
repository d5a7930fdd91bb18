// The public POSTs' guards: an office's list of allowed origins, and per-client rate limits.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { manualClock } from '../../server/clock.ts';
import { CLIENT_ADDRESS_HEADER } from '../../shared/schemas/index.ts';
import { testStore, withSharedState } from './support/test-store.ts';
import { OfficeBadge, Problem } from '../../shared/schemas/index.ts';
import { NOW, testApp, testCatalog } from './fixtures.ts';

const AGENCY = 'https://disdukcapil.ujikab.go.id';
const rating = { officeId: 'disdukcapil-uji', score: 3 };

async function appWith({ origins, limits }: { origins?: string[]; limits?: { ratings?: number; complaints?: number } } = {}) {
  const catalog = structuredClone(testCatalog);
  if (origins) catalog.offices[0]!.allowedOrigins = origins;
  const store = await testStore(catalog);
  const app = await createApp({
    store,
    clock: manualClock(NOW),
    config: { bodyLimitBytes: 16_384, ...withSharedState(store, { origin: 'https://suara.ujikab.go.id', rateLimits: limits, log: () => {} }) }
  });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { app, post };
}

describe('allowed origins per office', () => {
  it('takes ratings from a listed site, from our own site and from non-browser clients', async () => {
    const { post } = await appWith({ origins: [AGENCY] });
    expect((await post('/api/v1/ratings', rating, { Origin: AGENCY })).status).toBe(201);
    expect((await post('/api/v1/ratings', rating, { Origin: 'https://suara.ujikab.go.id' })).status).toBe(201);
    expect((await post('/api/v1/ratings', rating)).status).toBe(201);
  });

  it('refuses a page of another site with 403 problem+json, for ratings and complaints', async () => {
    const { post } = await appWith({ origins: [AGENCY] });
    const res = await post('/api/v1/ratings', rating, { Origin: 'https://penipu.example' });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(Problem.parse(await res.json()).detail).toContain('https://penipu.example');
    const complaint = { officeId: 'disdukcapil-uji', category: 'lainnya', description: 'Sepuluh karakter lebih.' };
    expect((await post('/api/v1/complaints', complaint, { Origin: 'null' })).status).toBe(403);
  });

  it('leaves offices without a list open, and other offices of the same catalog too', async () => {
    const { post } = await appWith({ origins: [AGENCY] });
    expect((await post('/api/v1/ratings', { officeId: 'puskesmas-uji', score: 4 }, { Origin: 'https://mana.saja' })).status).toBe(201);
  });

  it('still answers bad JSON with 400, not 403', async () => {
    const { app } = await appWith({ origins: [AGENCY] });
    const res = await app.request('/api/v1/ratings', { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'https://x.example' }, body: '{"officeId":' });
    expect(res.status).toBe(400);
  });

  it('rejects an origin list with paths in the catalog schema', async () => {
    const { Office } = await import('../../shared/schemas/index.ts');
    expect(Office.safeParse({ ...testCatalog.offices[0], allowedOrigins: ['https://a.example/page'] }).success).toBe(false);
    expect(Office.safeParse({ ...testCatalog.offices[0], allowedOrigins: [AGENCY] }).success).toBe(true);
  });
});

describe('per-client rate limits', () => {
  it('answers 429 problem+json with Retry-After past the limit, per client, and never for the pages in-process', async () => {
    const { post } = await appWith({ limits: { ratings: 3 } });
    const from = (address: string) => ({ [CLIENT_ADDRESS_HEADER]: address });
    for (let i = 0; i < 3; i++) expect((await post('/api/v1/ratings', rating, from('10.0.0.1'))).status).toBe(201);
    const over = await post('/api/v1/ratings', rating, from('10.0.0.1'));
    expect(over.status).toBe(429);
    expect(over.headers.get('Retry-After')).toBe('600');
    expect(over.headers.get('content-type')).toContain('application/problem+json');
    expect(over.headers.get('RateLimit-Limit')).toBe('3');
    expect((await post('/api/v1/ratings', rating, from('10.0.0.2'))).status).toBe(201);
    expect((await post('/api/v1/ratings', rating)).status).toBe(201); // no address: the pages' own form posts
  });

  it('counts complaints apart from ratings', async () => {
    const { post } = await appWith({ limits: { ratings: 1, complaints: 1 } });
    const from = { [CLIENT_ADDRESS_HEADER]: '10.0.0.9' };
    expect((await post('/api/v1/ratings', rating, from)).status).toBe(201);
    const complaint = { officeId: 'disdukcapil-uji', category: 'lainnya', description: 'Sepuluh karakter lebih.' };
    expect((await post('/api/v1/complaints', complaint, from)).status).toBe(201);
    expect((await post('/api/v1/complaints', complaint, from)).status).toBe(429);
  });
});

describe('GET /api/v1/offices/{id}/badge', () => {
  it("gives the office's headline figures, cacheable for five minutes", async () => {
    const { app, post } = await testApp();
    for (const score of [4, 3, 1]) await post('/api/v1/ratings', { officeId: 'disdukcapil-uji', score });
    const res = await app.request('/api/v1/offices/disdukcapil-uji/badge');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=300');
    const badge = OfficeBadge.parse(await res.json());
    expect(badge).toMatchObject({ officeId: 'disdukcapil-uji', officeName: 'Disdukcapil Kabupaten Uji', ikm: null, firstResponseHours: null });
    expect(badge.satisfaction).toEqual({ responses: 3, satisfiedShare: 2 / 3 });
  });

  it('answers 404 problem+json for an unknown office', async () => {
    const { app } = await testApp();
    expect((await app.request('/api/v1/offices/tidak-ada/badge')).status).toBe(404);
  });
});
