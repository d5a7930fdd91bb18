// The pages' in-process reads (server/pages/page-reads.ts) answer exactly the JSON their routes answer, and leave
// every other request to the routes (a query, an unknown or encoded id, another path).
import { describe, expect, it } from 'vitest';
import { pageReads } from '../../server/pages/page-reads.ts';
import { testApp } from './fixtures.ts';

describe('in-process reads for the pages', () => {
  it('answers the JSON the routes answer, ratings included', async () => {
    const { app, post } = await testApp();
    for (const score of [4, 3, 1]) expect((await post('/api/v1/ratings', { officeId: 'disdukcapil-uji', serviceId: 'ktp-el', score })).status).toBe(201);
    const read = pageReads(app.context);
    const paths = [
      '/api/v1/site',
      '/api/v1/stats',
      '/api/v1/ikm',
      '/api/v1/offices/disdukcapil-uji',
      '/api/v1/offices/disdukcapil-uji/stats',
      '/api/v1/offices/disdukcapil-uji/ikm',
      '/api/v1/offices/puskesmas-uji/stats'
    ];
    for (const path of paths) {
      const text = read(path);
      expect(text, path).toBeDefined();
      const answer = await app.request(path);
      expect(answer.status, path).toBe(200);
      expect(JSON.parse(text!), path).toEqual(await answer.json());
    }
  });

  it('leaves everything else to the routes', async () => {
    const { app } = await testApp();
    const read = pageReads(app.context);
    for (const path of [
      '/api/v1/offices/disdukcapil-uji/stats?from=2026-01-01',
      '/api/v1/offices/disdukcapil-uji/ikm?period=2026',
      '/api/v1/offices/tidak-ada/stats',
      '/api/v1/offices/tidak-ada',
      '/api/v1/offices/disdukcapil%2Duji/stats',
      '/api/v1/offices/disdukcapil-uji/stats/extra',
      '/api/v1/offices/disdukcapil-uji/survey-form',
      '/api/v1/offices/',
      '/api/v1/stats?from=2026-01-01',
      '/api/v1/ikm?period=2026'
    ]) {
      expect(read(path), path).toBeUndefined();
    }
  });
});
