import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { answerWhileStarting } from './starting.ts';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function listen(): Promise<string> {
  server = createServer(answerWhileStarting);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('while the store opens', () => {
  it('says "not ready" on /api/v1/ready and /api/v1/health, and 503 with Retry-After on everything else', async () => {
    const origin = await listen();
    for (const path of ['/api/v1/ready', '/api/v1/health?x=1']) {
      const res = await fetch(`${origin}${path}`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'starting', ready: false });
    }
    const page = await fetch(`${origin}/kantor/x`);
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe('5');
    expect(page.headers.get('content-type')).toBe('application/problem+json');
  });
});
