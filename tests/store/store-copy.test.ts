// `npm run store:copy` (docs/scaling.md, "Moving an installation"): an installation copied from a DATA_DIR into
// another store and back publishes the same figures, open data, tracking pages and public chain on all three,
// and each store's chain verifies.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { manualClock } from '../../server/clock.ts';
import { copyStore, CopyRefused } from '../../server/store/copy/copy-store.ts';
import { openSegmentLogStore } from '../../server/store/segment-log/index.ts';
import type { Store } from '../../server/store/types.ts';
import { testStaff } from '../api/console-fixtures.ts';
import { NOW, testCatalog } from '../api/fixtures.ts';
import { publishedFigures } from './copy/published-figures.ts';
import { CLI_TOKEN, seedInstallation } from './copy/seed-installation.ts';

describe('npm run store:copy', () => {
  let dir: string;
  const opened: Store[] = [];
  const fileStore = async (name: string) => {
    const store = await openSegmentLogStore({ dir: join(dir, name), command: 'store copy test', log: () => {} });
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

  it('file → copy → file: the same head, the same published figures, the chain verified on each', async () => {
    const source = await fileStore('source');
    await source.catalog.update((draft) => Object.assign(draft, structuredClone(testCatalog), { staff: [testStaff.officer] }));
    const clock = manualClock(NOW);
    const app = await createApp({ store: source, clock, config: { bodyLimitBytes: 64 * 1024, log: () => {}, adminCli: { token: CLI_TOKEN } } });
    const codes = await seedInstallation(app, clock);
    app.context.views.stop();
    const expected = await publishedFigures(await appOn(source, clock.now()), codes);

    const middle = await fileStore('middle');
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
      const copied = await appOn(store, clock.now());
      expect(await publishedFigures(copied, codes)).toEqual(expected);
      copied.context.views.stop();
    }
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
