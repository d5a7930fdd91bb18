// Every command an operator runs, with DATABASE_URL set (docs/scaling.md, "Commands on PostgreSQL"): each works
// on the database, or exits 2 naming the database's own tool. A "running server" here is a second process's
// views following the same database, served over HTTP for the commands that read a site.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type SuaraApp } from '../../server/app.ts';
import { systemClock } from '../../server/clock.ts';
import { fileSnapshotStore } from '../../server/snapshot/file.ts';
import { openPostgresStore, type PostgresStore } from '../../server/store/postgres/index.ts';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.ts';

const ROOT = new URL('../..', import.meta.url).pathname;

let cluster: PostgresCluster;
let url: string;
let dir: string;
beforeAll(async () => {
  cluster = await startPostgresCluster();
  url = await cluster.createDatabase();
  dir = await mkdtemp(join(tmpdir(), 'suara-scripts-pg-'));
}, 180_000);
afterAll(async () => {
  await cluster?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** `npm run <script> -- args` with DATABASE_URL, as an operator runs it; never blocks this process (it may be the server asked). */
function run(script: string, args: string[], input = '') {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const env = { PATH: process.env.PATH ?? '', DATABASE_URL: url, DATA_DIR: join(dir, 'process') };
    const child = execFile(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', script), ...args], { cwd: ROOT, env, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
    );
    child.stdin!.end(input);
  });
}

describe('the command line on PostgreSQL', { timeout: 180_000 }, () => {
  let store: PostgresStore;
  let app: SuaraApp;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    const seeded = await run('seed.ts', ['--ratings', '300', '--complaints', '12', '--offices', '2', '--months', '2']);
    expect(seeded.code, seeded.stderr).toBe(0);
    expect(seeded.stdout).toContain('di / in PostgreSQL');
    store = await openPostgresStore({ url, command: 'scripts test (a running server)', log: () => {}, pollMs: 50 });
    const snapshots = fileSnapshotStore(join(dir, 'views.snapshot'));
    app = await createApp({ store, clock: systemClock, snapshots, config: { bodyLimitBytes: 64 * 1024, log: () => {} } });
    server = createServer(getRequestListener(app.fetch));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  }, 180_000);
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    app?.context.views.stop();
    await store?.close();
  });

  it('seed wrote the database, and verify checks its chain', async () => {
    expect(store.head().seq).toBeGreaterThan(300);
    const verified = await run('verify.ts', []);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toContain(`ok: ${store.head().seq} kejadian/events, rantai utuh / chain intact`);
  });

  it('admin creates, lists and changes accounts in the tables', async () => {
    const created = await run('admin.ts', ['create', '--email', 'kepala@dinas.go.id', '--name', 'Kepala Dinas', '--role', 'admin'], 'kata-sandi-asli-2026\n');
    expect(created.stdout, created.stderr).toBe('Akun dibuat / created: kepala@dinas.go.id (admin)\n');
    expect((await run('admin.ts', ['list'])).stdout).toContain('kepala@dinas.go.id\tadmin\tKepala Dinas\t\n');
    expect((await run('admin.ts', ['password', '--email', 'kepala@dinas.go.id'], 'kata-sandi-baru-2026\n')).code).toBe(0);
    await expect.poll(() => store.staff.all().some((account) => account.email === 'kepala@dinas.go.id'), { timeout: 20_000 }).toBe(true);
  });

  it('admin erase blanks the personal data in the table; the running process drops it and the chain still verifies', async () => {
    const complaint = app.context.views.complaints.inOrder().find((state) => state.description !== '')!;
    const { trackingCode: code, description } = complaint; // the views blank this very state object
    const publicBefore: string[] = [];
    await store.readPublicForms!({ after: 0, upTo: store.head().seq }, (line) => publicBefore.push(line));

    const erased = await run('admin.ts', ['erase', code]);
    expect(erased.code, erased.stderr).toBe(0);
    expect(erased.stdout).toMatch(new RegExp(`^Data pribadi dihapus / personal data erased: ${code}, kejadian / events \\d+`));
    // The other process follows the events table: its views lose the data when `complaint.erased` reaches them.
    await expect.poll(() => app.context.views.complaints.get(code)?.description, { timeout: 20_000 }).toBe('');
    // …and its views snapshot is written again at once, so no copy of the data stays in its DATA_DIR.
    await expect.poll(() => app.snapshots!.last().seq, { timeout: 20_000 }).toBe(store.head().seq);
    const lines: string[] = [];
    await store.readLines!({ after: 0, upTo: store.head().seq }, (line) => lines.push(line));
    const ofComplaint = lines.filter((line) => line.includes(`"k":"${code}"`));
    expect(ofComplaint.length).toBeGreaterThan(1);
    for (const line of ofComplaint) expect(line).not.toContain(description);
    const publicAfter: string[] = [];
    await store.readPublicForms!({ after: 0, upTo: publicBefore.length }, (line) => publicAfter.push(line));
    expect(publicAfter).toEqual(publicBefore);
    expect(await store.verify()).toEqual({ ok: true, events: store.head().seq });
    expect(store.catalog.get().audit?.at(-1)).toMatchObject({ staffId: 'cli', kind: 'complaint', objectId: code, action: 'erase' });
    expect((await run('admin.ts', ['erase', 'SL-0000-0000-00'])).code).toBe(1);
  });

  it('import writes the catalog the running process reads', async () => {
    const officeId = store.catalog.get().offices[0]!.id;
    const imported = await run('import.ts', ['population', '--office', officeId, '--period', '2026', '--users', '4000']);
    expect(imported.code, imported.stderr).toBe(0);
    await expect.poll(() => store.catalog.get().surveyPopulations, { timeout: 20_000 }).toContainEqual({ officeId, period: '2026', population: 4000 });
  });

  it('recompute and verify read the site the processes serve', async () => {
    const recomputed = await run('recompute.ts', [origin]);
    expect(recomputed.code, recomputed.stderr).toBe(0);
    expect(recomputed.stdout).toContain(store.catalog.get().offices[0]!.id);
    const verified = await run('verify.ts', [origin]);
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toContain('rantai utuh / chain intact');
  });

  it('backup and restore exit 2 and name the database tools', async () => {
    for (const script of ['backup.ts', 'restore.ts']) {
      const refused = await run(script, [join(dir, 'backup.tar')]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('pg_dump');
    }
  });
});
