// An unhandled error answers a bare 500 and is logged once, as JSON through the server's logger, with the
// same request id the client got in X-Request-Id: never through console.error, never with the request's data.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../server/app.ts';
import { manualClock } from '../../server/clock.ts';
import { createLogger } from '../../server/observability/logger.ts';
import { observeRequests } from '../../server/observability/observe-requests.ts';
import { testStore, withSharedState } from './support/test-store.ts';
import { NOW, testCatalog } from './fixtures.ts';

let server: Server | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

describe('an unhandled error', () => {
  it('is logged through pino with the request id, not through console.error', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    const store = await testStore(structuredClone(testCatalog));
    const app = await createApp({ store, clock: manualClock(NOW), config: { bodyLimitBytes: 16_384, ...withSharedState(store, { logger }) } });
    app.get('/api/v1/boom', () => {
      throw new Error('kaput');
    });
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const observe = observeRequests({ logger });
    const api = getRequestListener(app.fetch);
    server = createServer((req, res) => {
      observe(req, res);
      void api(req, res);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;

    const res = await fetch(`http://127.0.0.1:${port}/api/v1/boom?nik=3201234567890001`);
    expect(res.status).toBe(500);
    expect((await res.json()).detail).not.toContain('kaput');
    const reqId = res.headers.get('x-request-id');
    expect(reqId).toMatch(/^[0-9a-f-]{36}$/);

    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const failure = entries.find((entry) => entry.event === 'unhandled-error');
    expect(failure).toMatchObject({ level: 'error', reqId, err: { message: 'kaput', type: 'Error' } });
    expect(consoleError).not.toHaveBeenCalled();
    expect(lines.join('\n')).not.toContain('3201234567890001');
  });
});
