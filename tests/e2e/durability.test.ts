import { afterAll, describe, expect, it } from 'vitest';
import { removeDataDir, startServer, type RunningServer } from './support/server.ts';

const servers: RunningServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.stop();
  if (servers[0]) await removeDataDir(servers[0].dataDir);
});

async function responses(origin: string, officeId: string): Promise<number> {
  const stats = await (await fetch(`${origin}/api/v1/offices/${officeId}/stats`)).json();
  return stats.satisfaction.responses;
}

describe('durability of the real server', () => {
  it('keeps a rating acknowledged with 201 when killed with SIGKILL right after', async () => {
    const first = await startServer();
    servers.push(first);
    const { offices } = await (await fetch(`${first.origin}/api/v1/offices`)).json();
    const officeId = offices[0].id;
    const before = await responses(first.origin, officeId);

    const res = await fetch(`${first.origin}/api/v1/ratings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ officeId, score: 4, comment: 'Cepat dan ramah', channel: 'web' })
    });
    expect(res.status).toBe(201);
    await first.kill();

    const second = await startServer({ dataDir: first.dataDir });
    servers.push(second);
    expect(await responses(second.origin, officeId)).toBe(before + 1);
  });
});
