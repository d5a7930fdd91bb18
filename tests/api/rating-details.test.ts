import { describe, expect, it } from 'vitest';
import { OfficeStats, Problem, RatingCreated } from '../../shared/schemas/index.ts';
import { DETAIL_WINDOW_MS } from '../../server/services/ratings/detail-token.ts';
import type { StoredEvent } from '../../server/store/types.ts';
import { testApp } from './fixtures.ts';

const OFFICE = 'disdukcapil-uji';

async function rated() {
  const fixture = await testApp();
  const res = await fixture.post('/api/v1/ratings', { officeId: OFFICE, score: 2, channel: 'qr' }, { 'Idempotency-Key': 'tap-0123456789abcdef' });
  return { ...fixture, created: RatingCreated.parse(await res.json()) };
}

async function events(store: Awaited<ReturnType<typeof testApp>>['store']): Promise<StoredEvent[]> {
  const seen: StoredEvent[] = [];
  (await store.subscribe((event) => seen.push(event)))();
  return seen;
}

describe('POST /api/v1/ratings/{id}/details', () => {
  it('adds a comment and the service to the rating just given, as an event that changes no figure', async () => {
    const { app, post, store, created } = await rated();
    expect(created.detailToken).toMatch(/^[0-9a-z]+\.[\w-]{22}$/);
    const before = await (await app.request(`/api/v1/offices/${OFFICE}/stats`)).json();
    const res = await post(`/api/v1/ratings/${created.id}/details`, { officeId: OFFICE, score: 2, detailToken: created.detailToken, serviceId: 'ktp-el', comment: 'Antrean lama' });
    expect(res.status).toBe(200);
    expect(RatingCreated.parse(await res.json()).id).toBe(created.id);
    const after = OfficeStats.parse(await (await app.request(`/api/v1/offices/${OFFICE}/stats`)).json());
    expect(after.satisfaction).toEqual(OfficeStats.parse(before).satisfaction);
    expect(after.satisfaction.responses).toBe(1);
    expect((await events(store)).at(-1)).toMatchObject({ type: 'rating.detailed', ratingId: created.id, officeId: OFFICE, score: 2, serviceId: 'ktp-el', comment: 'Antrean lama' });
  });

  it('answers a repeated tap (same Idempotency-Key) with a token that works too', async () => {
    const { post, created } = await rated();
    const again = RatingCreated.parse(await (await post('/api/v1/ratings', { officeId: OFFICE, score: 2, channel: 'qr' }, { 'Idempotency-Key': 'tap-0123456789abcdef' })).json());
    expect(again.id).toBe(created.id);
    const res = await post(`/api/v1/ratings/${created.id}/details`, { officeId: OFFICE, score: 2, detailToken: again.detailToken, comment: 'ok' });
    expect(res.status).toBe(200);
  });

  it.each([
    ['another rating', (token: string) => ({ path: 'r99', body: { officeId: OFFICE, score: 2, detailToken: token, comment: 'x' } })],
    ['another score', (token: string) => ({ path: 'r1', body: { officeId: OFFICE, score: 4, detailToken: token, comment: 'x' } })],
    ['another office', (token: string) => ({ path: 'r1', body: { officeId: 'puskesmas-uji', score: 2, detailToken: token, comment: 'x' } })],
    ['a made-up token', () => ({ path: 'r1', body: { officeId: OFFICE, score: 2, detailToken: 'zz.AAAAAAAAAAAAAAAAAAAAAA', comment: 'x' } })]
  ])('refuses %s with 403 problem+json naming detailToken, and writes nothing', async (_what, request) => {
    const { post, store, created } = await rated();
    const { path, body } = request(created.detailToken!);
    const res = await post(`/api/v1/ratings/${path}/details`, body);
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(Problem.parse(await res.json()).errors?.map((e) => e.field)).toEqual(['detailToken']);
    expect(store.head().seq).toBe(1);
  });

  it('refuses once the window has passed', async () => {
    const { post, clock, store, created } = await rated();
    clock.advance(DETAIL_WINDOW_MS + 1);
    const res = await post(`/api/v1/ratings/${created.id}/details`, { officeId: OFFICE, score: 2, detailToken: created.detailToken, comment: 'late' });
    expect(res.status).toBe(403);
    expect(Problem.parse(await res.json()).detail).toContain('passed');
    expect(store.head().seq).toBe(1);
  });

  it('answers 422 naming the field for nothing to add, or a service the office does not give', async () => {
    const { post, created } = await rated();
    const empty = await post(`/api/v1/ratings/${created.id}/details`, { officeId: OFFICE, score: 2, detailToken: created.detailToken });
    expect(empty.status).toBe(422);
    expect(Problem.parse(await empty.json()).errors?.map((e) => e.field)).toContain('comment');
    const wrong = await post(`/api/v1/ratings/${created.id}/details`, { officeId: OFFICE, score: 2, detailToken: created.detailToken, serviceId: 'rawat-jalan' });
    expect(wrong.status).toBe(422);
  });
});
