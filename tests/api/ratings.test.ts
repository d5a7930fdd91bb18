import { describe, expect, it } from 'vitest';
import { OfficeStats, Problem, RatingCreated } from '../../shared/schemas/index.ts';
import { testApp } from './fixtures.ts';

describe('POST /api/v1/ratings', () => {
  it('records a rating durably and the office stats count it', async () => {
    const { app, post } = await testApp();
    const res = await post('/api/v1/ratings', { officeId: 'disdukcapil-uji', serviceId: 'ktp-el', score: 4, channel: 'widget' });
    expect(res.status).toBe(201);
    expect(RatingCreated.parse(await res.json()).id).toBe('r1');
    await post('/api/v1/ratings', { officeId: 'disdukcapil-uji', score: 2 });
    const stats = OfficeStats.parse(await (await app.request('/api/v1/offices/disdukcapil-uji/stats')).json());
    expect(stats.satisfaction.responses).toBe(2);
    expect(stats.satisfaction.distribution).toEqual([0, 1, 0, 1]);
    expect(stats.satisfaction.satisfiedShare).toBe(0.5);
    expect(stats.trend.at(-1)).toMatchObject({ month: '2026-11', responses: 2 });
  });

  it.each([
    [{ officeId: 'disdukcapil-uji', score: 5 }, 'score'],
    [{ officeId: 'disdukcapil-uji', score: 2.5 }, 'score'],
    [{ officeId: 'disdukcapil-uji' }, 'score'],
    [{ officeId: 'Bad Id!', score: 3 }, 'officeId'],
    [{ officeId: 'disdukcapil-uji', score: 3, comment: 'x'.repeat(1001) }, 'comment'],
    [{ officeId: 'disdukcapil-uji', score: 3, channel: 'import' }, 'channel'],
    [{ officeId: 'disdukcapil-uji', score: 3, serviceId: 'rawat-jalan' }, 'serviceId']
  ])('answers 422 problem+json naming the field for %j', async (body, field) => {
    const { post, store } = await testApp();
    const res = await post('/api/v1/ratings', body);
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = Problem.parse(await res.json());
    expect(problem.errors?.map((e) => e.field)).toContain(field);
    expect(store.head().seq).toBe(0);
  });

  it('answers 404 for an unknown office', async () => {
    const { post } = await testApp();
    const res = await post('/api/v1/ratings', { officeId: 'kantor-tidak-ada', score: 3 });
    expect(res.status).toBe(404);
    expect(Problem.parse(await res.json()).status).toBe(404);
  });

  it('answers 400 for malformed JSON and for a non-JSON body, never 500', async () => {
    const { app, post } = await testApp();
    expect((await post('/api/v1/ratings', '{"officeId":')).status).toBe(400);
    const form = await app.request('/api/v1/ratings', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'score=3' });
    expect([400, 415, 422]).toContain(form.status);
    expect(form.headers.get('content-type')).toContain('application/problem+json');
  });

  it('answers 413 for an oversized body', async () => {
    const { post, store } = await testApp();
    const res = await post('/api/v1/ratings', { officeId: 'disdukcapil-uji', score: 3, comment: 'x'.repeat(20_000) });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(store.head().seq).toBe(0);
  });

  it('answers CORS for any origin without credentials', async () => {
    const { app } = await testApp();
    const preflight = await app.request('/api/v1/ratings', {
      method: 'OPTIONS',
      headers: { Origin: 'https://dinas.example.go.id', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' }
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
  });
});
