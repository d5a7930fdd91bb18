import { createApp } from '../../server/app.ts';
import { manualClock } from '../../server/clock.ts';
import type { TrustProxy } from '../../server/security/client-address.ts';
import { testStore, withSharedState } from './support/test-store.ts';
import { CLIENT_ADDRESS_HEADER } from '../../shared/schemas/index.ts';
import { filing, PASSWORD, testStaff } from './console-fixtures.ts';
import { NOW, testCatalog } from './fixtures.ts';

/**
 * Where a request comes from: over the network (a socket address, perhaps a proxy's, and the X-Forwarded-For
 * it sent), or from the pages in-process (the visitor's address passed on in a header).
 */
export type From = { socket: string; forwardedFor?: string } | { pages: string };

export const OWNER = testStaff.manager;
export { PASSWORD };

/** An app with the test staff and a manual clock, as the limits see requests from many clients. */
export async function limitsApp(config: { trustProxy?: TrustProxy } = {}) {
  const clock = manualClock(NOW);
  const store = await testStore({ ...structuredClone(testCatalog), staff: Object.values(testStaff) });
  const app = await createApp({ store, clock, config: { bodyLimitBytes: 16_384, ...withSharedState(store, { log: () => {}, ...config }) } });

  function send(path: string, body: unknown, from: From, headers: Record<string, string> = {}): Promise<Response> {
    const init = { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) };
    if ('pages' in from) return Promise.resolve(app.request(path, { ...init, headers: { ...init.headers, [CLIENT_ADDRESS_HEADER]: from.pages } }));
    const forwarded: Record<string, string> = from.forwardedFor === undefined ? {} : { 'X-Forwarded-For': from.forwardedFor };
    // @hono/node-server hands Hono the socket this way (c.env.incoming).
    return Promise.resolve(app.request(path, { ...init, headers: { ...init.headers, ...forwarded } }, { incoming: { socket: { remoteAddress: from.socket } } }));
  }

  const login = (from: From, password = PASSWORD, email = OWNER.email) => send('/api/v1/console/session', { email, password }, from, { 'X-Suara-Console': '1' });
  const rate = (from: From) => send('/api/v1/ratings', { officeId: 'disdukcapil-uji', score: 4 }, from);
  async function file(): Promise<{ trackingCode: string; secret: string }> {
    const res = await send('/api/v1/complaints', filing, { pages: '192.0.2.200' });
    return res.json();
  }
  const act = (trackingCode: string, secret: string, from: From) => send(`/api/v1/complaints/${trackingCode}/actions`, { action: 'info', secret, message: 'Tambahan keterangan.' }, from);

  return { app, clock, login, rate, file, act };
}
