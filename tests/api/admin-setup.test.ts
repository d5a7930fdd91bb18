import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { manualClock } from '../../server/clock.ts';
import { openSetupGate, SETUP_TOKEN_FILE } from '../../server/setup/token-file.ts';
import { emptyCatalog } from '../../server/store/catalog.ts';
import type { Store } from '../../server/store/types.ts';
import { NOW } from './fixtures.ts';
import { sharedStateOf, TEST_ENGINE, testStore, withSharedState } from './support/test-store.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** The first run's gate as a start opens it: from DATA_DIR beside the memory store, from the database on PostgreSQL. */
const openGate = (store: Store, dir: string) => sharedStateOf(store)?.setupGate(true) ?? openSetupGate(dir);

async function freshInstallation() {
  const dir = await mkdtemp(join(tmpdir(), 'suara-setup-'));
  dirs.push(dir);
  const store = await testStore(emptyCatalog());
  const gate = await openGate(store, dir);
  const app = await createApp({ store, clock: manualClock(NOW), config: { bodyLimitBytes: 16 * 1024, ...withSharedState(store, { log: () => {}, setupGate: gate }) } });
  const setup = (body: object) => app.request('/api/v1/setup', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { dir, gate, store, app, setup, token: gate.token()! };
}

const form = { agencyName: 'Pemerintah Kota Nusa', agencyLevel: 'kota', adminName: 'Rina Admin', adminEmail: 'Rina@Nusa.go.id', password: 'panjang-sekali-1' };

describe('first run', () => {
  // The token's file is the file engine's; PostgreSQL keeps it in a table (tests/store/shared-state-postgres.test.ts).
  if (TEST_ENGINE === 'memory') {
    it('writes the token to DATA_DIR/setup-token with mode 0600', async () => {
      const { dir, token } = await freshInstallation();
      expect((await readFile(join(dir, SETUP_TOKEN_FILE), 'utf8')).trim()).toBe(token);
      expect((await stat(join(dir, SETUP_TOKEN_FILE))).mode & 0o777).toBe(0o600);
    });
  }

  it('creates the agency and the first admin once, then the token is void and its file gone', async () => {
    const { dir, app, store, setup, token } = await freshInstallation();
    expect(await (await app.request('/api/v1/setup')).json()).toEqual({ needed: true });
    expect((await setup({ ...form, token })).status).toBe(204);
    const catalog = store.catalog.get();
    expect(catalog.agencies).toEqual([{ id: 'pemerintah-kota-nusa', name: 'Pemerintah Kota Nusa', level: 'kota' }]);
    expect(store.staff.all().map((s) => [s.email, s.role])).toEqual([['rina@nusa.go.id', 'admin']]);
    expect(catalog.holidays).toContain('2027-12-25');
    expect(catalog.audit?.map((entry) => entry.action)).toEqual(['create', 'setup']);
    if (TEST_ENGINE === 'memory') await expect(stat(join(dir, SETUP_TOKEN_FILE))).rejects.toThrow();
    // A later start does not bring the used token back.
    expect((await openGate(store, dir)).token()).not.toBe(token);
    expect(await (await app.request('/api/v1/setup')).json()).toEqual({ needed: false });
    const again = await setup({ ...form, adminEmail: 'other@nusa.go.id', token });
    expect(again.status).toBe(409);
    expect(store.staff.all()).toHaveLength(1);
  });

  it('refuses a wrong token, and a password under 12 characters by field', async () => {
    const { setup, token, store } = await freshInstallation();
    expect((await setup({ ...form, token: 'salah' })).status).toBe(403);
    const short = await setup({ ...form, token, password: 'pendek-123' });
    expect(short.status).toBe(422);
    expect((await short.json()).errors.map((e: { field: string }) => e.field)).toEqual(['password']);
    expect(store.staff.all()).toEqual([]);
  });

  it('has no setup at all when no gate was opened (demo, or an installation with staff)', async () => {
    const store = await testStore(emptyCatalog());
    const app = await createApp({ store, clock: manualClock(NOW), config: { bodyLimitBytes: 16 * 1024, ...withSharedState(store, { log: () => {} }) } });
    expect(await (await app.request('/api/v1/setup')).json()).toEqual({ needed: false });
    const res = await app.request('/api/v1/setup', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...form, token: 'x' }) });
    expect(res.status).toBe(409);
  });
});
