// Demo accounts outlive the demo: their passwords are in the README, so with SUARA_DEMO=0 they cannot log in.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { boot } from '../../server/boot.ts';
import { manualClock } from '../../server/clock.ts';
import { DEMO_STAFF } from '../../server/demo/staff.ts';
import { parseEnv } from '../../server/env.ts';
import { createLogger } from '../../server/observability/logger.ts';
import { createStaff } from '../../server/services/staff/create-staff.ts';
import { openStore } from '../../server/store/open-store.ts';
import { CLIENT_ADDRESS_HEADER } from '../../shared/schemas/index.ts';
import { NOW } from './fixtures.ts';
import { testDatabaseUrl } from './support/test-store.ts';

let dataDir: string | undefined;
afterEach(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Boots on `dir` and, on PostgreSQL, `databaseUrl`; `warnings` holds the messages of the JSON log lines at level warn. */
async function bootOn(dir: string, databaseUrl: string | undefined, demo: '0' | '1') {
  const lines: string[] = [];
  const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
  const env = { DATA_DIR: dir, SUARA_DEMO: demo, ...(databaseUrl && { DATABASE_URL: databaseUrl }) };
  const booted = await boot(parseEnv(env), manualClock(NOW), join(dir, 'no-widgets'), logger);
  const warnings = () =>
    lines
      .map((line) => JSON.parse(line) as { level: string; msg: string })
      .filter((line) => line.level === 'warn')
      .map((line) => line.msg);
  const login = (email: string, password: string) =>
    booted.app.request('/api/v1/console/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Suara-Console': '1', [CLIENT_ADDRESS_HEADER]: '198.51.100.23' },
      body: JSON.stringify({ email, password })
    });
  const stop = async () => {
    await booted.app.snapshots?.close();
    await booted.app.webhooks.close();
    await booted.shared.close();
    await booted.store.close();
  };
  return { login, stop, warnings };
}

describe('an installation first started with the demo, started again with SUARA_DEMO=0', () => {
  it('disables every demo account with a loud log line, and lets the real accounts in', { timeout: 120_000 }, async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'suara-demo-off-'));
    const databaseUrl = await testDatabaseUrl();
    const admin = DEMO_STAFF.find((account) => account.role === 'admin')!;

    const demo = await bootOn(dataDir, databaseUrl, '1');
    expect((await demo.login(admin.email, admin.demoPassword)).status).toBe(200);
    await demo.stop();

    // The operator adds a real admin, as the README says (`npm run admin -- create`).
    const store = await openStore({ dataDir, databaseUrl, command: 'npm run admin', log: () => {} });
    await createStaff({ store, input: { email: 'kepala@dinas.go.id', name: 'Kepala Dinas', role: 'admin', password: 'kata-sandi-asli-2026' }, params: { N: 1024, r: 8, p: 1 } });
    await store.close();

    const real = await bootOn(dataDir, databaseUrl, '0');
    const warning = real.warnings().find((line) => line.includes('DINONAKTIFKAN'));
    expect(warning).toContain('SUARA_DEMO=0');
    for (const account of DEMO_STAFF) {
      expect(warning).toContain(account.email);
      const refused = await real.login(account.email, account.demoPassword);
      expect(refused.status).toBe(401);
    }
    expect((await real.login('kepala@dinas.go.id', 'kata-sandi-asli-2026')).status).toBe(200);
    await real.stop();
  });

  it('says nothing on an installation that never had the demo', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'suara-demo-off-'));
    const fresh = await bootOn(dataDir, await testDatabaseUrl(), '0');
    expect(fresh.warnings().join('\n')).not.toContain('DINONAKTIFKAN');
    await fresh.stop();
  });
});
