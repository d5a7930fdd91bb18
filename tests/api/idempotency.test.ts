// Exactly-once public submissions: a repeat with the same Idempotency-Key answers the first answer, also
// after a restart, because the key's hash is part of the stored event.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { manualClock } from '../../server/clock.ts';
import { hashKey, REMEMBER_MS } from '../../server/idempotency/index.ts';
import type { Store } from '../../server/store/types.ts';
import { ComplaintCreated, OfficeStats, Problem, RatingCreated } from '../../shared/schemas/index.ts';
import { NOW, testApp, testCatalog } from './fixtures.ts';
import { diskTestStore, reopenTestStore, withSharedState } from './support/test-store.ts';

const KEY = 'Hc2f0sQyJ5m1uXKq8bNw1g';
const rating = { officeId: 'disdukcapil-uji', score: 4, channel: 'widget' };
const complaint = { officeId: 'disdukcapil-uji', category: 'pelayanan_lambat', description: 'Antrean tidak bergerak dua jam.' };

async function responses(app: Awaited<ReturnType<typeof testApp>>['app']) {
  return OfficeStats.parse(await (await app.request('/api/v1/offices/disdukcapil-uji/stats')).json()).satisfaction.responses;
}

describe('Idempotency-Key on POST /api/v1/ratings', () => {
  it('counts a repeated rating once and answers the first id, marked as replayed', async () => {
    const { app, post, store } = await testApp();
    const first = await post('/api/v1/ratings', rating, { 'Idempotency-Key': KEY });
    expect(first.status).toBe(201);
    expect(first.headers.get('Idempotent-Replayed')).toBeNull();
    const again = await post('/api/v1/ratings', rating, { 'Idempotency-Key': KEY });
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(RatingCreated.parse(await again.json())).toEqual(RatingCreated.parse(await first.json()));
    expect(store.head().seq).toBe(1);
    expect(await responses(app)).toBe(1);
  });

  it('stores only a hash of the key, in the event', async () => {
    const { post, store } = await testApp();
    await post('/api/v1/ratings', rating, { 'Idempotency-Key': KEY });
    const events: unknown[] = [];
    (await store.subscribe((event) => events.push(event)))();
    expect(events).toEqual([expect.objectContaining({ type: 'rating.recorded', idempotencyKey: hashKey(KEY) })]);
    expect(JSON.stringify(events)).not.toContain(KEY);
  });

  it('runs two concurrent repeats once', async () => {
    const { app, post } = await testApp();
    const answers = await Promise.all([1, 2, 3].map(() => post('/api/v1/ratings', rating, { 'Idempotency-Key': KEY })));
    const ids = await Promise.all(answers.map(async (res) => RatingCreated.parse(await res.json()).id));
    expect(new Set(ids).size).toBe(1);
    expect(answers.filter((res) => res.headers.get('Idempotent-Replayed') === 'true')).toHaveLength(2);
    expect(await responses(app)).toBe(1);
  });

  it('refuses a malformed key (400) and a key reused for another office (422), as problem+json', async () => {
    const { post } = await testApp();
    const bad = await post('/api/v1/ratings', rating, { 'Idempotency-Key': 'short' });
    expect(bad.status).toBe(400);
    expect(Problem.parse(await bad.json()).detail).toContain('Idempotency-Key');
    await post('/api/v1/ratings', rating, { 'Idempotency-Key': KEY });
    const reused = await post('/api/v1/ratings', { ...rating, officeId: 'puskesmas-uji' }, { 'Idempotency-Key': KEY });
    expect(reused.status).toBe(422);
    expect(reused.headers.get('content-type')).toContain('application/problem+json');
  });

  it('remembers a key for a month, then takes the submission as new', async () => {
    const { app, post, clock } = await testApp();
    await post('/api/v1/ratings', rating, { 'Idempotency-Key': KEY });
    clock.advance(REMEMBER_MS + 60_000);
    const late = await post('/api/v1/ratings', rating, { 'Idempotency-Key': KEY });
    expect(late.headers.get('Idempotent-Replayed')).toBeNull();
    expect(await responses(app)).toBe(2);
  });

  it('does not remember a key whose submission failed', async () => {
    const { post } = await testApp();
    expect((await post('/api/v1/ratings', { ...rating, officeId: 'tidak-ada' }, { 'Idempotency-Key': KEY })).status).toBe(404);
    const fixed = await post('/api/v1/ratings', rating, { 'Idempotency-Key': KEY });
    expect(fixed.status).toBe(201);
    expect(fixed.headers.get('Idempotent-Replayed')).toBeNull();
  });
});

describe('Idempotency-Key on POST /api/v1/complaints', () => {
  it('files once and answers the same tracking code and secret again', async () => {
    const { post, store } = await testApp();
    const first = ComplaintCreated.parse(await (await post('/api/v1/complaints', complaint, { 'Idempotency-Key': KEY })).json());
    const again = await post('/api/v1/complaints', complaint, { 'Idempotency-Key': KEY });
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(ComplaintCreated.parse(await again.json())).toEqual(first);
    expect(store.head().seq).toBe(1);
  });

  it('gives different keys different secrets, and the secret works for the citizen', async () => {
    const { post } = await testApp();
    const a = ComplaintCreated.parse(await (await post('/api/v1/complaints', complaint, { 'Idempotency-Key': KEY })).json());
    const b = ComplaintCreated.parse(await (await post('/api/v1/complaints', complaint, { 'Idempotency-Key': `${KEY}x` })).json());
    expect(a.secret).not.toBe(b.secret);
    expect(a.secret).toMatch(/^[0-9A-HJKMNP-TV-Z]{24}$/);
    const info = await post(`/api/v1/complaints/${a.trackingCode}/actions`, { action: 'info', secret: a.secret, message: 'Nomor antrean saya A-112.' });
    expect(info.status).toBe(200);
    const wrong = await post(`/api/v1/complaints/${a.trackingCode}/actions`, { action: 'info', secret: b.secret, message: 'Nomor antrean saya A-112.' });
    expect(wrong.status).toBe(403);
  });
});

describe('Idempotency-Key across a restart', () => {
  let dir: string;
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('answers a repeat after the server restarted on the same data, with the same secret', async () => {
    dir = await mkdtemp(join(tmpdir(), 'suara-idempotency-'));
    const store = await diskTestStore(structuredClone(testCatalog), dir);
    const serverKey = Buffer.alloc(32, 7);
    const open = async (s: Store) => createApp({ store: s, clock: manualClock(NOW), config: { bodyLimitBytes: 16_384, ...withSharedState(s, { serverKey, log: () => {} }) } });
    const post = (app: Awaited<ReturnType<typeof open>>, path: string, body: unknown) =>
      app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': KEY }, body: JSON.stringify(body) });

    const before = await open(store);
    const rated = RatingCreated.parse(await (await post(before, '/api/v1/ratings', rating)).json());
    const filed = ComplaintCreated.parse(await (await post(before, '/api/v1/complaints', complaint)).json());
    before.context.views.stop();

    const reopened = await reopenTestStore(store, dir);
    try {
      const after = await open(reopened);
      const ratedAgain = await post(after, '/api/v1/ratings', rating);
      const filedAgain = await post(after, '/api/v1/complaints', complaint);
      expect(ratedAgain.headers.get('Idempotent-Replayed')).toBe('true');
      expect(RatingCreated.parse(await ratedAgain.json())).toEqual(rated);
      expect(ComplaintCreated.parse(await filedAgain.json())).toEqual(filed);
      expect(reopened.head().seq).toBe(2);
      after.context.views.stop();
    } finally {
      await reopened.close();
    }
  });
});
