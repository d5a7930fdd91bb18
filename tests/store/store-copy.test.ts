// `npm run store:copy` (docs/scaling.md, "Moving an installation"): an installation copied from a DATA_DIR into
// another store and back publishes the same figures, open data, tracking pages and public chain on all three,
// and each store's chain verifies.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { manualClock } from '../../server/clock.ts';
import { copyStore, CopyRefused } from '../../server/store/copy/copy-store.ts';
import { openPostgresStore } from '../../server/store/postgres/index.ts';
import { openSegmentLogStore } from '../../server/store/segment-log/index.ts';
import type { Store } from '../../server/store/types.ts';
import { testStaff } from '../api/console-fixtures.ts';
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
  const fileStore = async (name: string) => {
    const store = await openSegmentLogStore({ dir: join(dir, name), command: 'store copy test', log: () => {} });
    opened.push(store);
    return store;
  };
  const postgresStore = async () => {
    const store = await openPostgresStore({ url: await cluster.createDatabase(), command: 'store copy test', log: () => {} });
    opened.push(store);
    return store;
  };
  const appOn = (store: Store, at: number) => createApp({ store, clock: manualClock(at), config: { bodyLimitBytes: 64 * 1024, log: () => {}, adminCli: { token: CLI_TOKEN } } });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'suara-store-copy-'));
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
    await rm(dir, { recursive: true, force: true });
  });

  it('file → PostgreSQL → file: the same head, the same published figures, the chain verified on each', async () => {
    const source = await fileStore('source');
    await source.catalog.update((draft) => Object.assign(draft, structuredClone(testCatalog)));
    await source.staff.create(structuredClone(testStaff.officer));
    const clock = manualClock(NOW);
    const app = await createApp({ store: source, clock, config: { bodyLimitBytes: 64 * 1024, log: () => {}, adminCli: { token: CLI_TOKEN } } });
    const codes = await seedInstallation(app, clock);
    app.context.views.stop();
    const expected = await publishedFigures(await appOn(source, clock.now()), codes);

    const middle = await postgresStore();
    const back = await fileStore('back');
    for (const [from, to] of [
      [source, middle],
      [middle, back]
    ] as const) {
      const report = await copyStore(from, to);
      expect(report).toMatchObject({ head: source.head(), events: source.head().seq, files: 1, missingFiles: [] });
    }
    for (const store of [source, middle, back]) {
      expect(store.head()).toEqual(source.head());
      expect(await store.verify()).toEqual({ ok: true, events: source.head().seq });
      expect(store.catalog.get()).toEqual(source.catalog.get());
      expect(store.staff.all()).toEqual(source.staff.all());
      const copied = await appOn(store, clock.now());
      expect(await publishedFigures(copied, codes)).toEqual(expected);
      copied.context.views.stop();
    }
  });

  it('runs as npm run store:copy: DATA_DIR → PostgreSQL → DATA_DIR, and refuses a target that is not empty', async () => {
    const source = await openSegmentLogStore({ dir: join(dir, 'source'), command: 'store copy test', log: () => {} });
    await source.catalog.update((draft) => Object.assign(draft, structuredClone(testCatalog)));
    await source.append(sampleEvents);
    const head = source.head();
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
