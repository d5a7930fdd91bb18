import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { manualClock } from '../../server/clock.ts';
import { testStore, withSharedState } from './support/test-store.ts';
import { consoleApp, PASSWORD, testStaff } from './console-fixtures.ts';
import { NOW, testApp, testCatalog } from './fixtures.ts';

// The headers every API answer carries (server/middleware/security-headers); pages are covered by tests/e2e/headers.test.ts.

const ANSWERS: [string, (app: Awaited<ReturnType<typeof testApp>>) => Response | Promise<Response>][] = [
  ['a read', ({ app }) => app.request('/api/v1/offices')],
  ['a created rating', ({ post }) => post('/api/v1/ratings', { officeId: 'disdukcapil-uji', score: 4 })],
  ['a validation problem', ({ post }) => post('/api/v1/ratings', { officeId: 'disdukcapil-uji', score: 9 })],
  ['malformed JSON', ({ post }) => post('/api/v1/ratings', '{"score":')],
  ['an unknown path', ({ app }) => app.request('/api/v1/no-such-thing')],
  ['a CORS preflight', ({ app }) => app.request('/api/v1/ratings', { method: 'OPTIONS', headers: { Origin: 'https://dinas.example', 'Access-Control-Request-Method': 'POST' } })],
  ['a staff call without a session', ({ app }) => app.request('/api/v1/console/me')],
  ['the OpenAPI document', ({ app }) => app.request('/api/v1/openapi.json')]
];

describe('security headers on the API', () => {
  it.each(ANSWERS)('%s carries nosniff, same-origin referrers and a CSP that forbids framing', async (_, call) => {
    const res = await call(await testApp());
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('content-security-policy')).toBe("frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('leaves the embed files without a CSP (they are scripts on other sites) but with nosniff', async () => {
    const { app } = await testApp();
    const res = await app.request('/embed/manifest.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBeNull();
  });

  it('sends HSTS only when the site is served over https', async () => {
    const store = await testStore(structuredClone(testCatalog));
    const app = await createApp({ store, clock: manualClock(NOW), config: { bodyLimitBytes: 16 * 1024, ...withSharedState(store, { origin: 'https://suara.example.go.id', log: () => {} }) } });
    for (const path of ['/api/v1/offices', '/api/v1/nothing', '/embed/manifest.json']) {
      expect((await app.request(path)).headers.get('strict-transport-security')).toBe('max-age=31536000');
    }
  });
});

describe('the staff session cookie', () => {
  const login = (app: { request: (path: string, init: RequestInit) => Response | Promise<Response> }, origin?: string) =>
    app.request('/api/v1/console/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Suara-Console': '1', ...(origin && { Origin: origin }) },
      body: JSON.stringify({ email: testStaff.admin.email, password: PASSWORD })
    });

  it('is __Host- prefixed, Secure, for Path=/ and without Domain on https, and works', async () => {
    const origin = 'https://suara.example.go.id';
    const store = await testStore({ ...structuredClone(testCatalog), staff: [testStaff.admin] });
    const app = await createApp({ store, clock: manualClock(NOW), config: { bodyLimitBytes: 16 * 1024, ...withSharedState(store, { origin, log: () => {} }) } });
    const res = await login(app, origin);
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^__Host-suara_konsol=/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Domain=/i);
    expect((await app.request('/api/v1/console/me', { headers: { cookie: cookie.split(';')[0]! } })).status).toBe(200);
    // The unprefixed name is not a session there: a subdomain could have planted it.
    const planted = cookie.split(';')[0]!.replace('__Host-', '');
    expect((await app.request('/api/v1/console/me', { headers: { cookie: planted } })).status).toBe(401);
  });

  it('keeps its plain name on http (browsers refuse __Host- without Secure)', async () => {
    const { app } = await consoleApp();
    const res = await login(app);
    expect(res.headers.get('set-cookie')).toMatch(/^suara_konsol=/);
  });
});
