// A DATA_DIR written by the release before format versions (tests/fixtures/README.md) opens with today's
// code: it is migrated, its chain holds, and it publishes exactly the figures that release published.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { manualClock } from '../../server/clock.ts';
import { loadServerKey } from '../../server/idempotency/server-key.ts';
import { fileSnapshotStore } from '../../server/snapshot/file.ts';
import { openSegmentLogStore } from '../../server/store/segment-log/index.ts';
import { CATALOG_FORMAT_VERSION, EVENTS_FORMAT_VERSION, FormatTooNew } from '../../server/store/segment-log/migrations/index.ts';

const FIXTURE = new URL('../fixtures/data-dir-v1', import.meta.url).pathname;
const FIGURES: Record<string, unknown> = JSON.parse(await readFile(new URL('../fixtures/data-dir-v1.figures.json', import.meta.url), 'utf8'));
/** The clock the figures were taken at: 2026-11-26 10:00 WIB. */
const THEN = Date.parse('2026-11-26T03:00:00Z');

describe('upgrading a DATA_DIR of the release before format versions', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'suara-upgrade-'));
    await cp(FIXTURE, dir, { recursive: true });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('starts, migrates, keeps its chain and publishes the same figures', async () => {
    const logged: string[] = [];
    const store = await openSegmentLogStore({ dir, command: 'upgrade test', log: (line) => logged.push(line) });
    try {
      expect(logged.join('\n')).toMatch(/staff\.json: 1[\s\S]*catalog\.json dimutakhirkan \/ upgraded: 1 → 3[\s\S]*events\/ dimutakhirkan \/ upgraded: 1 → 3/);
      // The old chain was verified and the new one built over public forms: both heads are on record.
      const migration = JSON.parse(await readFile(join(dir, 'chain-migration.json'), 'utf8'));
      expect(migration).toMatchObject({ from: { format: 2, seq: 12 }, to: { format: 3, seq: 12, hash: store.head().hash } });
      expect(JSON.parse(await readFile(join(dir, 'catalog.json'), 'utf8')).formatVersion).toBe(CATALOG_FORMAT_VERSION);
      expect(JSON.parse(await readFile(join(dir, 'events', 'format.json'), 'utf8')).version).toBe(EVENTS_FORMAT_VERSION);
      expect(await store.verify()).toEqual({ ok: true, events: 12 });
      const app = await createApp({
        store,
        clock: manualClock(THEN),
        config: { bodyLimitBytes: 16 * 1024, log: () => {}, serverKey: await loadServerKey(dir) },
        snapshots: fileSnapshotStore(join(dir, 'views.snapshot'), { log: () => {} })
      });
      for (const [path, figures] of Object.entries(FIGURES)) {
        const res = await app.request(path);
        expect(res.status, path).toBe(200);
        expect(await res.json(), path).toEqual(figures);
      }
      // The officer of that release still logs in (the accounts moved from catalog.json to staff.json).
      expect(JSON.parse(await readFile(join(dir, 'catalog.json'), 'utf8'))).not.toHaveProperty('staff');
      const login = await app.request('/api/v1/console/session', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Suara-Console': '1' },
        body: JSON.stringify({ email: 'petugas@dukcapil.uji', password: 'kata-sandi-uji-123' })
      });
      expect(login.status).toBe(200);
      await app.snapshots?.close();
      app.context.views.stop();
    } finally {
      await store.close();
    }
    // A second start has nothing left to migrate.
    logged.length = 0;
    await (await openSegmentLogStore({ dir, command: 'upgrade test', log: (line) => logged.push(line) })).close();
    expect(logged.join('\n')).not.toMatch(/upgraded/);
  });

  it('refuses to start on a DATA_DIR a newer release wrote, changing nothing', async () => {
    const catalog = JSON.parse(await readFile(join(dir, 'catalog.json'), 'utf8'));
    await writeFile(join(dir, 'catalog.json'), JSON.stringify({ ...catalog, formatVersion: CATALOG_FORMAT_VERSION + 1 }));
    const opening = openSegmentLogStore({ dir, command: 'upgrade test', log: () => {} });
    await expect(opening).rejects.toBeInstanceOf(FormatTooNew);
    await expect(opening).rejects.toThrow(new RegExp(`newer release .*format ${CATALOG_FORMAT_VERSION + 1}; this release reads up to ${CATALOG_FORMAT_VERSION}.*"Upgrades"`));
    await expect(readFile(join(dir, 'events', 'format.json'))).rejects.toThrow(/ENOENT/);
    // The lock was given back: the right release can open it.
    await expect(readFile(join(dir, 'suara.lock'))).rejects.toThrow(/ENOENT/);
  });
});
