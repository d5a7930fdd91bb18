import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI_TOKEN_FILE, cliTokenGuard, readCliToken, removeCliToken, writeCliToken } from './cli-token.ts';

describe('the command-line token', () => {
  let dir: string | undefined;
  afterEach(() => dir && rm(dir, { recursive: true, force: true }));

  it('is new at every start, readable by the owner only, and gone at stop', async () => {
    dir = await mkdtemp(join(tmpdir(), 'suara-cli-token-'));
    const first = await writeCliToken(dir);
    const second = await writeCliToken(dir);
    expect(second).not.toBe(first);
    expect(second).toMatch(/^[\w-]{43}$/);
    expect(await readCliToken(dir)).toBe(second);
    expect((await stat(join(dir, CLI_TOKEN_FILE))).mode & 0o777).toBe(0o600);
    await removeCliToken(dir);
    expect(await readCliToken(dir)).toBeUndefined();
  });

  it('lets through only its bearer', async () => {
    const app = new Hono().use('/admin/*', cliTokenGuard('geheim-123')).get('/admin/x', (c) => c.text('ok'));
    const status = async (authorization?: string) => (await app.request('/admin/x', { headers: authorization ? { authorization } : {} })).status;
    expect(await status('Bearer geheim-123')).toBe(200);
    for (const wrong of [undefined, 'Bearer geheim-12', 'Bearer geheim-1234', 'geheim-123', 'Basic geheim-123', 'Bearer  geheim-123']) expect(await status(wrong), wrong).toBe(401);
    const refused = await app.request('/admin/x');
    expect(refused.headers.get('www-authenticate')).toBe('Bearer');
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
  });
});
