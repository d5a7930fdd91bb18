import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createApp, type SuaraApp } from '../../server/app.ts';
import { manualClock } from '../../server/clock.ts';
import { loadDemoData } from '../../server/demo/index.ts';
import { testStore, withSharedState } from './support/test-store.ts';
import { NOW } from './fixtures.ts';

export type ServedApp = { app: SuaraApp; origin: string; close(): Promise<void> };

/** The demo region on a new store (./support/test-store.ts) with a clock standing at NOW, served over HTTP on a free loopback port. */
export async function serveDemo(): Promise<ServedApp> {
  const store = await testStore({ agencies: [], offices: [], services: [], holidays: [], demo: false, staff: [] });
  await loadDemoData(store, NOW);
  return serveApp(await createApp({ store, clock: manualClock(NOW), config: { bodyLimitBytes: 16 * 1024, ...withSharedState(store, { log: () => {} }) } }));
}

/** An app served over HTTP on a free loopback port, as a client of the open data sees it. */
export async function serveApp(app: SuaraApp): Promise<ServedApp> {
  const server: Server = createServer(getRequestListener(app.fetch));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { app, origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
