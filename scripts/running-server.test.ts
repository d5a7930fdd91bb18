// The operators' scripts beside a running server: `npm run import`, `npm run backup` and `npm run admin` go through
// it (it holds DATA_DIR's lock), `npm run restore` refuses its DATA_DIR, and a wrong token gets nowhere.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCatalog } from '../tests/api/fixtures.ts';
import { createApp, type SuaraApp } from '../server/app.ts';
import { systemClock } from '../server/clock.ts';
import { loadServerKey } from '../server/idempotency/server-key.ts';
import { CLI_TOKEN_FILE, writeCliToken } from '../server/security/cli-token.ts';
import { backupStore } from '../server/store/segment-log/backup.ts';
import { openSegmentLogStore, type SegmentLogStore } from '../server/store/segment-log/index.ts';

const ROOT = new URL('..', import.meta.url).pathname;

describe('the scripts with a running server', { timeout: 300_000 }, () => {
  let dir: string;
  let store: SegmentLogStore;
  let app: SuaraApp;
  let server: Server;
  let env: Record<string, string>;
  /** Runs scripts/NAME.ts with `input` on its stdin; its exit code and what it said. */
  const script = (name: string, args: string[], extraEnv: Record<string, string> = {}, input = '') =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', `${name}.ts`), ...args], { cwd: ROOT, env: { ...env, ...extraEnv } }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
      );
      child.stdin!.end(input);
    });
  const logIn = (email: string, password: string) =>
    app.request('/api/v1/console/session', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Suara-Console': '1' }, body: JSON.stringify({ email, password }) });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'suara-cli-'));
    store = await openSegmentLogStore({ dir: join(dir, 'data'), command: 'server (npm start)', log: () => {} });
    await store.catalog.update((draft) => Object.assign(draft, structuredClone(testCatalog)));
    await store.append([{ type: 'rating.recorded', at: Date.now(), officeId: 'disdukcapil-uji', score: 4, channel: 'web' }]);
    const dataDir = join(dir, 'data');
    app = await createApp({
      store,
      clock: systemClock,
      config: {
        bodyLimitBytes: 16 * 1024,
        log: () => {},
        serverKey: await loadServerKey(dataDir),
        adminCli: { token: await writeCliToken(dataDir), backup: () => backupStore({ dir: dataDir, store }) }
      }
    });
    server = createServer(getRequestListener(app.fetch));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    env = { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1' };
  });
  afterAll(async () => {
    server?.close();
    app?.context.views.stop();
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('leaves the token readable by the owner only', async () => {
    expect((await stat(join(env.DATA_DIR!, CLI_TOKEN_FILE))).mode & 0o777).toBe(0o600);
  });

  it('imports through the server, which sees the change at once', async () => {
    const population = await script('import', ['population', '--office', 'disdukcapil-uji', '--period', '2026', '--users', '1200']);
    expect(population.stderr).toBe('');
    expect(population.stdout).toMatch(/through the server/);
    expect(app.context.catalog().catalog.surveyPopulations).toContainEqual({ officeId: 'disdukcapil-uji', period: '2026', population: 1200 });

    const csv = join(dir, 'skm.csv');
    await writeFile(csv, `tanggal,u1,u2,u3,u4,u5,u6,u7,u8,u9\n2026-11-20,4,4,3,4,3,4,4,3,4\n2026-11-20,3,3,3,3,3,3,3,3,3\n`);
    const skm = await script('import', ['skm', csv, '--office', 'disdukcapil-uji']);
    expect(skm.stdout, skm.stderr).toMatch(/2 baris .*2 ditambahkan/);
    expect(skm.code).toBe(0);
    const ikm = (await (await app.request('/api/v1/offices/disdukcapil-uji/ikm?from=2026-01-01&to=2026-12-31')).json()) as { responses?: number; n?: number };
    expect(JSON.stringify(ikm)).toMatch(/"(responses|n)":2\b/);

    // What the server refuses is said as the operator's error, exit 1.
    const unknown = await script('import', ['population', '--office', 'tidak-ada', '--period', '2026', '--users', '5']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Not Found: .*tidak ditemukan/);
  });

  it('manages console accounts through the server: the new account logs in at once, the journal names the command line', async () => {
    const password = 'kata-sandi-petugas-2026';
    const create = await script('admin', ['create', '--email', 'Petugas@Dukcapil.uji', '--name', 'Petugas Baru', '--role', 'officer', '--offices', 'disdukcapil-uji'], {}, `${password}\n`);
    expect(create.stdout, create.stderr).toMatch(/created: petugas@dukcapil\.uji \(officer: disdukcapil-uji\) .*through the server/);
    expect(create.code).toBe(0);
    const session = await logIn('petugas@dukcapil.uji', password);
    expect(session.status).toBe(200);
    const cookie = session.headers.get('set-cookie')!.split(';')[0]!;
    expect((await app.request('/api/v1/console/me', { headers: { cookie } })).status).toBe(200);
    expect(app.context.catalog().catalog.audit).toContainEqual(expect.objectContaining({ staffId: 'cli', kind: 'staff', objectId: 'petugas', action: 'create' }));

    const list = await script('admin', ['list']);
    expect(list.stdout).toBe('petugas@dukcapil.uji\tofficer\tPetugas Baru\tdisdukcapil-uji\n');
    const listed = await (
      await fetch(`http://127.0.0.1:${env.PORT}/api/v1/admin/staff`, { headers: { authorization: `Bearer ${await readFile(join(env.DATA_DIR!, CLI_TOKEN_FILE), 'utf8')}`.trim() } })
    ).text();
    expect(listed).toContain('petugas@dukcapil.uji');
    expect(listed).not.toMatch(/hash|scrypt|\$/i);

    // A new password works at once, the old one no longer, and the account's open session ends.
    const changed = await script('admin', ['password', '--email', 'petugas@dukcapil.uji'], {}, 'sandi-baru-yang-panjang\n');
    expect(changed.stdout, changed.stderr).toMatch(/password changed: petugas@dukcapil\.uji .*through the server/);
    expect((await app.request('/api/v1/console/me', { headers: { cookie } })).status).toBe(401);
    expect((await logIn('petugas@dukcapil.uji', password)).status).toBe(401);
    expect((await logIn('petugas@dukcapil.uji', 'sandi-baru-yang-panjang')).status).toBe(200);
    expect(app.context.catalog().catalog.audit).toContainEqual(expect.objectContaining({ staffId: 'cli', objectId: 'petugas', action: 'set-password', changes: [{ field: 'password' }] }));

    // What the server refuses is said as the operator's error, exit 1.
    const again = await script('admin', ['create', '--email', 'petugas@dukcapil.uji', '--name', 'Lagi', '--role', 'admin'], {}, `${password}\n`);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/Conflict: .*already used/);
    const token = (await readFile(join(env.DATA_DIR!, CLI_TOKEN_FILE), 'utf8')).trim();
    const notJson = await app.request('/api/v1/admin/staff', { method: 'POST', headers: { authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: '{' });
    expect(notJson.status).toBe(422);
    expect((await app.request('/api/v1/admin/staff')).status).toBe(401);
    const short = await script('admin', ['create', '--email', 'x@dukcapil.uji', '--name', 'X', '--role', 'admin'], {}, 'pendek\n');
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/password: /);
  });

  it('backs up through the server, and restores only into an empty DATA_DIR', async () => {
    const file = join(dir, 'cadangan.tar');
    const backup = await script('backup', [file]);
    expect(backup.stdout, backup.stderr).toMatch(new RegExp(`ok: .*cadangan\\.tar .*kejadian/events 1…${store.head().seq}, head ${store.head().hash}.*through the server`));

    const busy = await script('restore', [file]);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toMatch(/tidak kosong \/ is not empty/);

    const restoredDir = join(dir, 'restored');
    const restored = await script('restore', [file], { DATA_DIR: restoredDir });
    expect(restored.stdout, restored.stderr).toMatch(new RegExp(`ok: .*rantai utuh / chain intact, head seq ${store.head().seq}`));
    const verify = await script('verify', [], { DATA_DIR: restoredDir });
    expect(verify.stdout).toMatch(/^ok: /);
    expect(JSON.parse(await readFile(join(restoredDir, 'catalog.json'), 'utf8')).surveyPopulations).toContainEqual({ officeId: 'disdukcapil-uji', period: '2026', population: 1200 });
  });

  it('gets nowhere with a wrong token', async () => {
    const original = await readFile(join(env.DATA_DIR!, CLI_TOKEN_FILE), 'utf8');
    await writeFile(join(env.DATA_DIR!, CLI_TOKEN_FILE), 'falsch\n');
    try {
      const refused = await script('backup', [join(dir, 'x.tar')]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/Unauthorized: .*token/);
    } finally {
      await writeFile(join(env.DATA_DIR!, CLI_TOKEN_FILE), original);
    }
  });
});
