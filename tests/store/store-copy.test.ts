// `npm run store:copy` (docs/scaling.md, "Moving an installation"): an installation copied from a DATA_DIR into
// another store and back publishes the same figures, open data, tracking pages and public chain on all three,
// and each store's chain verifies; the installation's keys go along, so tokens and links handed out before the
// move still work after it and the signed daily heads still verify.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { manualClock, type Clock } from '../../server/clock.ts';
import { readUnsubscribeToken, unsubscribeToken } from '../../server/notifications/unsubscribe-token.ts';
import { fileSharedState, openSharedState, type SharedState } from '../../server/shared-state/index.ts';
import { postgresInstallationKeys } from '../../server/shared-state/postgres/installation-keys.ts';
import { copyStore, CopyRefused } from '../../server/store/copy/copy-store.ts';
import { fileInstallationKeys } from '../../server/shared-state/installation-keys.ts';
import { openPostgresStore } from '../../server/store/postgres/index.ts';
import { openSegmentLogStore } from '../../server/store/segment-log/index.ts';
import type { Store } from '../../server/store/types.ts';
import { filing, testStaff } from '../api/console-fixtures.ts';
import { verifyPublicRecord } from '../../scripts/verify-public.ts';
import { NOW, testCatalog } from '../api/fixtures.ts';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.ts';
import { publishedFigures } from './copy/published-figures.ts';
import { sampleEvents } from './fixtures/events.ts';
import { CLI_TOKEN, seedInstallation } from './copy/seed-installation.ts';

let cluster: PostgresCluster;
beforeAll(async () => {
  cluster = await startPostgresCluster();
}, 180_000);
afterAll(() => cluster?.stop());

/** `npm run store:copy -- --from … --to …`, as an operator runs it. */
function storeCopy(from: string, to: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/store-copy.ts', '--from', from, '--to', to], { encoding: 'utf8', timeout: 120_000 });
}

describe('npm run store:copy', () => {
  let dir: string;
  const opened: Store[] = [];
  const sharedStates: SharedState[] = [];
  const fileStore = async (name: string) => {
    const store = await openSegmentLogStore({ dir: join(dir, name), command: 'store copy test', log: () => {} });
    opened.push(store);
    return store;
  };
  const postgresStore = async (url: string) => {
    const store = await openPostgresStore({ url, command: 'store copy test', log: () => {} });
    opened.push(store);
    return store;
  };
  /** The keys, heads and webhooks as a server of that installation finds them (a DATA_DIR, or a database URL). */
  const sharedOf = async (location: string) => {
    const shared = location.startsWith('postgres') ? await openSharedState({ dataDir: dir, databaseUrl: location }) : await fileSharedState(join(dir, location));
    sharedStates.push(shared);
    return shared;
  };
  const appOn = (store: Store, at: number | Clock, shared?: SharedState) =>
    createApp({
      store,
      clock: typeof at === 'number' ? manualClock(at) : at,
      config: {
        bodyLimitBytes: 64 * 1024,
        log: () => {},
        adminCli: { token: CLI_TOKEN },
        ...(shared && { serverKey: shared.serverKey, publicRecord: { key: shared.chainKey, heads: shared.dailyHeads }, webhooks: { state: shared.webhooks } })
      }
    });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'suara-store-copy-'));
  });
  afterEach(async () => {
    await Promise.all(sharedStates.splice(0).map((shared) => shared.close()));
    await Promise.all(opened.splice(0).map((store) => store.close()));
    await rm(dir, { recursive: true, force: true });
  });

  it('file → PostgreSQL → file: the same head, figures and keys; tokens, links and signed heads from before still work', async () => {
    const source = await fileStore('source');
    await source.catalog.update((draft) => Object.assign(draft, structuredClone(testCatalog)));
    await source.staff.create(structuredClone(testStaff.officer));
    const clock = manualClock(NOW);
    const keys = await sharedOf('source');
    const app = await appOn(source, clock, keys);
    const codes = await seedInstallation(app, clock);
    // What a citizen holds from before the move: a rating's detail token, a keyed complaint's secret, an unsubscribe link.
    const post = (on: typeof app, path: string, body: unknown, headers: Record<string, string> = {}) =>
      on.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const rated = (await (await post(app, '/api/v1/ratings', { officeId: 'disdukcapil-uji', score: 2 })).json()) as { id: string; detailToken: string };
    const keyed = { 'Idempotency-Key': 'kunci-pengaduan-sebelum-pindah' };
    const filed = (await (await post(app, '/api/v1/complaints', filing, keyed)).json()) as { trackingCode: string; secret: string };
    const unsubscribe = unsubscribeToken(keys.serverKey, { trackingCode: filed.trackingCode });
    await app.publicRecord.daily.recordIfDue(source.head(), clock.now());
    await keys.webhooks.update((draft) => {
      const endpoint = { id: 'wh-uji', officeId: 'disdukcapil-uji', url: 'https://hook.example.id/suara', events: ['complaint.submitted' as const], enabled: true, includeContact: false };
      draft.endpoints.push({ ...endpoint, secrets: [{ secret: 'whsec_rahasia-uji', createdAt: NOW }], createdAt: NOW, createdBy: 'admin' });
      draft.cursor = source.head();
    });
    app.context.views.stop();
    const expected = await publishedFigures(await appOn(source, clock.now(), keys), [...codes, filed.trackingCode]);
    const head = source.head();

    const url = await cluster.createDatabase();
    const middle = await postgresStore(url);
    const back = await fileStore('back');
    for (const [from, to] of [
      [
        { store: source, keys: fileInstallationKeys(join(dir, 'source')) },
        { store: middle, keys: postgresInstallationKeys(url) }
      ],
      [
        { store: middle, keys: postgresInstallationKeys(url) },
        { store: back, keys: fileInstallationKeys(join(dir, 'back')) }
      ]
    ] as const) {
      const report = await copyStore(from.store, to.store, undefined, { from: from.keys, to: to.keys });
      await Promise.all([from.keys.close(), to.keys.close()]);
      expect(report).toMatchObject({ head, events: head.seq, files: 1, missingFiles: [] });
      expect(report.keys).toEqual(['server.key', 'chain-key.pem', '1 kepala harian / daily heads', '1 webhook']);
    }
    for (const [store, location] of [
      [source, 'source'],
      [middle, url],
      [back, 'back']
    ] as const) {
      expect(store.head()).toEqual(head);
      expect(await store.verify()).toEqual({ ok: true, events: head.seq });
      expect(store.catalog.get()).toEqual(source.catalog.get());
      expect(store.staff.all()).toEqual(source.staff.all());
      const copiedKeys = await sharedOf(location);
      expect(copiedKeys.serverKey.equals(keys.serverKey)).toBe(true);
      expect((await copiedKeys.webhooks.load()).endpoints).toEqual((await keys.webhooks.load()).endpoints);
      const copied = await appOn(store, clock.now(), copiedKeys);
      expect(await publishedFigures(copied, [...codes, filed.trackingCode])).toEqual(expected);
      // The public record verifies against the key the source published, through the daily head it signed.
      const record = await verifyPublicRecord('http://kantor.uji', { fetch: async (path) => copied.request(path), expectedKey: keys.chainKey.publicKey });
      expect(record).toMatchObject({ ok: true, events: head.seq, dailyHeads: 1 });
      expect(readUnsubscribeToken(copiedKeys.serverKey, unsubscribe)).toEqual({ trackingCode: filed.trackingCode });
      const again = (await (await post(copied, '/api/v1/complaints', filing, keyed)).json()) as { trackingCode: string; secret: string };
      expect(again).toMatchObject({ trackingCode: filed.trackingCode, secret: filed.secret });
      // Last: the detail is a new event in this store only.
      const detail = await post(copied, `/api/v1/ratings/${rated.id}/details`, { officeId: 'disdukcapil-uji', score: 2, detailToken: rated.detailToken, comment: 'Sesudah pindah' });
      expect(detail.status, await detail.clone().text()).toBeLessThan(300);
      copied.context.views.stop();
    }
  });

  it('runs as npm run store:copy: DATA_DIR → PostgreSQL → DATA_DIR, and refuses a target that is not empty', async () => {
    const source = await openSegmentLogStore({ dir: join(dir, 'source'), command: 'store copy test', log: () => {} });
    await source.catalog.update((draft) => Object.assign(draft, structuredClone(testCatalog)));
    await source.append(sampleEvents);
    const head = source.head();
    const keys = await fileSharedState(join(dir, 'source'));
    await source.close(); // the copy takes DATA_DIR's lock
    const url = await cluster.createDatabase();
    const there = storeCopy(join(dir, 'source'), url);
    expect(there).toMatchObject({ status: 0 });
    expect(there.stdout).toContain(`ok: ${head.seq} kejadian/events`);
    expect(there.stdout).toContain(`head seq ${head.seq} ${head.hash}`);
    const again = storeCopy(join(dir, 'source'), url);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/Tujuan tidak kosong \/ the target is not empty \(\d+ kejadian\/events, 2 kantor\/offices\)/);
    const back = storeCopy(url, join(dir, 'back'));
    expect(back).toMatchObject({ status: 0 });
    expect(back.stdout).toContain(`head seq ${head.seq} ${head.hash}`);
    expect(back.stdout).toContain('kunci / keys: server.key, chain-key.pem, 0 kepala harian / daily heads');
    const backKeys = await fileSharedState(join(dir, 'back'));
    expect([backKeys.serverKey.equals(keys.serverKey), backKeys.chainKey.publicKey]).toEqual([true, keys.chainKey.publicKey]);
  });

  it('refuses a target that is not empty, changing nothing', async () => {
    const source = await fileStore('source');
    const target = await fileStore('target');
    await target.catalog.update((draft) => Object.assign(draft, structuredClone(testCatalog)));
    await expect(copyStore(source, target)).rejects.toThrow(CopyRefused);
    await expect(copyStore(source, target)).rejects.toThrow(/not empty \(0 kejadian\/events, 2 kantor\/offices\)/);
    expect(target.head().seq).toBe(0);
  });
});
