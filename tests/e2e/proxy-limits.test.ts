// The real server behind a reverse proxy (TRUST_PROXY=1; this test plays the proxy, sending X-Forwarded-For from
// loopback): the no-JavaScript forms and the API count each visitor, not the proxy. Needs `npm run build` first.
import { describe, expect, it } from 'vitest';
import { DEMO_STAFF } from '../../server/demo/staff.ts';
import { CLIENT_ADDRESS_HEADER } from '../../shared/schemas/index.ts';
import { serverOnly } from './support/harness.ts';

const OFFICE = 'disdukcapil-sukamaju';
const admin = DEMO_STAFF.find((account) => account.role === 'admin')!;

const running = serverOnly({ env: { TRUST_PROXY: '1' } }, 90_000);

/** A form POST as a browser without JavaScript sends it, forwarded by the proxy for `client`. */
const postForm = (path: string, client: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${running.server.origin}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: running.server.origin, 'x-forwarded-for': client, ...headers },
    body: new URLSearchParams(fields)
  });

const postRating = (client: string) =>
  fetch(`${running.server.origin}/api/v1/ratings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
    body: JSON.stringify({ officeId: OFFICE, score: 4 })
  });

describe('behind a proxy, the forms count each visitor', () => {
  it("one visitor's 60 rating forms do not block another's, and a visitor's own address header names nobody", async () => {
    for (let i = 0; i < 60; i++) {
      // Every other post claims to come from someone else: the server overwrites that header.
      const spoof: Record<string, string> = i % 2 ? { [CLIENT_ADDRESS_HEADER]: `198.51.100.${i}` } : {};
      const res = await postForm(`/nilai/${OFFICE}?/rate`, '203.0.113.7', { score: '4' }, spoof);
      expect(res.status, `rating ${i + 1}`).toBe(200);
    }
    expect((await postForm(`/nilai/${OFFICE}?/rate`, '203.0.113.7', { score: '4' })).status).toBe(429);
    // The form and the API count the same visitor.
    expect((await postRating('203.0.113.7')).status).toBe(429);
    expect((await postForm(`/nilai/${OFFICE}?/rate`, '198.51.100.23', { score: '4' })).status).toBe(200);
    expect((await postRating('198.51.100.24')).status).toBe(201);
  }, 120_000);

  it("one visitor's 20 wrong logins do not make another staff member's correct login 429", async () => {
    const statuses = new Set<number>();
    for (let i = 0; i < 20; i++) statuses.add((await postForm('/konsol/masuk', '203.0.113.66', { email: admin.email, password: 'salah-salah-salah' })).status);
    expect([...statuses].sort()).toEqual([401, 429]);
    const login = await postForm('/konsol/masuk', '198.51.100.23', { email: admin.email, password: admin.demoPassword });
    expect(login.status).toBe(303);
    expect(login.headers.get('location')).toBe('/konsol');
  }, 120_000);
});
