import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StaffComplaint } from '../../shared/schemas/index.ts';
import type { Store } from '../../server/store/types.ts';
import { consoleApp, consoleCatalog } from './console-fixtures.ts';
import { diskTestStore } from './support/test-store.ts';

// On a store that writes to disk (the segment log's fsync, a PostgreSQL commit) an append resolves only after its
// I/O, so a second request decides on views that do not show the first one yet: the store's expected version is
// what keeps the rule (docs/architecture.md, "Concurrency").
describe('two staff actions racing on one complaint', () => {
  let dir: string;
  let store: Store;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'suara-races-'));
    store = await diskTestStore(consoleCatalog(), dir);
  });

  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('the same action twice at once: one 200, one 409 problem+json in Indonesian and English; one event', async () => {
    const { login, staffPost, file } = await consoleApp({}, store);
    const { trackingCode } = await file();
    const cookie = await login('officer');
    const path = `/api/v1/console/complaints/${trackingCode}/actions`;
    const answers = await Promise.all([staffPost(path, cookie, { action: 'verify' }), staffPost(path, cookie, { action: 'verify' })]);
    expect(answers.map((res) => res.status).sort()).toEqual([200, 409]);
    const refused = answers.find((res) => res.status === 409)!;
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect((await refused.json()).detail).toMatch(/tidak mungkin .* \/ not possible/);
    const verified = StaffComplaint.parse(await (await staffPost(path, cookie, { action: 'note', message: 'cek' })).json());
    expect(verified.history.filter((entry) => entry.type === 'complaint.verified')).toHaveLength(1);
  });

  it('two actions at once that both still hold: both succeed, one after the other', async () => {
    const { login, staffPost, file } = await consoleApp({}, store);
    const { trackingCode } = await file();
    const [officer, manager] = [await login('officer'), await login('manager')];
    const path = `/api/v1/console/complaints/${trackingCode}/actions`;
    const answers = await Promise.all([staffPost(path, officer, { action: 'reply', message: 'Satu' }), staffPost(path, manager, { action: 'reply', message: 'Dua' })]);
    expect(answers.map((res) => res.status)).toEqual([200, 200]);
    const last = StaffComplaint.parse(await answers[1]!.json());
    expect(
      last.history
        .filter((entry) => entry.type === 'complaint.replied')
        .map((entry) => entry.message)
        .sort()
    ).toEqual(['Dua', 'Satu']);
    expect((await store.verify()).ok).toBe(true);
  });

  it('a citizen confirming twice at once: the second decision sees the first', async () => {
    const { login, staffPost, file, post } = await consoleApp({}, store);
    const { trackingCode, secret } = await file();
    const cookie = await login('officer');
    const path = `/api/v1/console/complaints/${trackingCode}/actions`;
    for (const body of [{ action: 'verify' }, { action: 'resolve', message: 'Selesai.' }]) expect((await staffPost(path, cookie, body)).status).toBe(200);
    const citizen = `/api/v1/complaints/${trackingCode}/actions`;
    const answers = await Promise.all([post(citizen, { secret, action: 'confirm', confirmation: 'satisfied' }), post(citizen, { secret, action: 'confirm', confirmation: 'not_satisfied' })]);
    expect(answers.map((res) => res.status).sort()).toEqual([200, 409]);
  });
});
