import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { removeDataDir, startServer, type RunningServer } from './support/server.ts';

// One writer per DATA_DIR (docs/operations.md, "Storage integrity"): a second server or script on the same
// DATA_DIR stops at once naming the holder; the lock of a SIGKILLed server is taken over by the next start.

const servers: RunningServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.stop();
  if (servers[0]) await removeDataDir(servers[0].dataDir);
});

function runScript(script: string, args: string[], dataDir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...process.env, DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('two servers on one DATA_DIR', () => {
  it('stops the second server and every store script at once, naming the first; takes over after a SIGKILL', { timeout: 180_000 }, async () => {
    const first = await startServer();
    servers.push(first);
    const holder = `pid ${first.process.pid} on`;

    const second = await startServer({ dataDir: first.dataDir }).then(
      (server) => (servers.push(server), undefined),
      (error: Error) => error.message
    );
    expect(second).toMatch(/server exited \(1\)/);
    expect(second).toContain(holder);
    expect(second).toContain('(server (npm start))');

    for (const [script, args] of [
      ['scripts/admin.ts', ['list']],
      ['scripts/import.ts', ['population', '--office', 'x', '--period', '2026', '--users', '1']],
      ['scripts/seed.ts', ['--ratings', '0', '--complaints', '0', '--offices', '1', '--dir', first.dataDir]],
      ['scripts/verify.ts', []]
    ] as const) {
      const result = await runScript(script, [...args], first.dataDir);
      expect(result.code, script).toBe(1);
      expect(result.output, script).toContain(holder);
    }

    await first.kill();
    const next = await startServer({ dataDir: first.dataDir });
    servers.push(next);
    const { offices } = await (await fetch(`${next.origin}/api/v1/offices`)).json();
    const rated = await fetch(`${next.origin}/api/v1/ratings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ officeId: offices[0].id, score: 4, channel: 'web' })
    });
    expect(rated.status).toBe(201);
  });
});
