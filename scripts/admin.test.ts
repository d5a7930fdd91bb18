// `npm run admin` with no server running: it edits DATA_DIR/catalog.json itself, holding the lock, and the admin
// journal names the command line (the way through a running server is in running-server.test.ts).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;

describe('npm run admin on the files', { timeout: 120_000 }, () => {
  let dir: string;
  beforeAll(async () => void (dir = await mkdtemp(join(tmpdir(), 'suara-admin-'))));
  afterAll(async () => rm(dir, { recursive: true, force: true }));
  const admin = (args: string[], input = '') =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const env = { PATH: process.env.PATH ?? '', DATA_DIR: dir };
      const child = execFile(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'admin.ts'), ...args], { cwd: ROOT, env }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
      );
      child.stdin!.end(input);
    });

  it('creates an account and lists it without its hash; the journal records it by "cli"', async () => {
    const created = await admin(['create', '--email', 'kepala@dinas.go.id', '--name', 'Kepala Dinas', '--role', 'admin'], 'kata-sandi-asli-2026\n');
    expect(created.stdout, created.stderr).toBe('Akun dibuat / created: kepala@dinas.go.id (admin)\n');
    expect((await admin(['list'])).stdout).toBe('kepala@dinas.go.id\tadmin\tKepala Dinas\t\n');
    expect((await admin(['password', '--email', 'kepala@dinas.go.id'], 'kata-sandi-baru-2026\n')).code).toBe(0);
    const { audit } = JSON.parse(await readFile(join(dir, 'catalog.json'), 'utf8')) as { audit: { staffId: string; objectId: string; action: string }[] };
    expect(audit.map(({ staffId, objectId, action }) => `${staffId} ${action} ${objectId}`)).toEqual(['cli create kepala', 'cli set-password kepala']);
    expect((await admin(['hapus'])).code).toBe(2);
  });
});
