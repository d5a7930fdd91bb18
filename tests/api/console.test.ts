import { describe, expect, it } from 'vitest';
import { Inbox, StaffComplaint, StaffProfile } from '../../shared/schemas/index.ts';
import { consoleApp, PASSWORD, testStaff } from './console-fixtures.ts';

describe('console session', () => {
  it('logs in with an HttpOnly, SameSite=Lax cookie and logs out for real', async () => {
    const { app, login, staffGet, staffPost } = await consoleApp();
    const cookie = await login('officer');
    const res = await app.request('/api/v1/console/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Suara-Console': '1' },
      body: JSON.stringify({ email: testStaff.officer.email, password: PASSWORD })
    });
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^suara_konsol=[\w-]{43};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).not.toContain('Secure');
    const body = await res.text();
    expect(body).not.toContain('scrypt');
    expect(StaffProfile.parse(JSON.parse(body)).offices.map((o) => o.id)).toEqual(['disdukcapil-uji']);

    expect((await staffGet('/api/v1/console/me', cookie)).status).toBe(200);
    expect((await staffPost('/api/v1/console/session', cookie, undefined, 'DELETE')).status).toBe(204);
    expect((await staffGet('/api/v1/console/me', cookie)).status).toBe(401);
  });

  it('refuses a wrong password, then slows down the client that keeps guessing (not the account: tests/api/guessing-backoff.test.ts)', async () => {
    const { staffPost } = await consoleApp();
    const attempt = () => staffPost('/api/v1/console/session', '', { email: testStaff.manager.email, password: 'salah-salah-salah' });
    for (let i = 0; i < 6; i++) expect((await attempt()).status).toBe(401);
    const blocked = await attempt();
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // The same client waits even with the right password.
    expect((await staffPost('/api/v1/console/session', '', { email: testStaff.manager.email, password: PASSWORD })).status).toBe(429);
  });

  it('refuses staff writes without the console header or from another origin (CSRF)', async () => {
    const { app, login } = await consoleApp();
    const cookie = await login('admin');
    const noHeader = await app.request('/api/v1/console/session', { method: 'DELETE', headers: { cookie } });
    expect(noHeader.status).toBe(403);
    const foreign = await app.request('/api/v1/console/session', { method: 'DELETE', headers: { cookie, 'X-Suara-Console': '1', Origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    const crossSite = await app.request('/api/v1/console/session', { method: 'DELETE', headers: { cookie, 'X-Suara-Console': '1', 'Sec-Fetch-Site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
  });

  it('ends a session after 2 idle hours', async () => {
    const { staffGet, login, clock } = await consoleApp();
    const cookie = await login('officer');
    clock.advance(119 * 60_000);
    expect((await staffGet('/api/v1/console/me', cookie)).status).toBe(200);
    clock.advance(121 * 60_000);
    expect((await staffGet('/api/v1/console/me', cookie)).status).toBe(401);
  });

  it('never lets another origin add the console header (the preflight does not allow it)', async () => {
    const { app } = await consoleApp();
    const preflight = await app.request('/api/v1/console/session', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'DELETE', 'Access-Control-Request-Headers': 'x-suara-console' }
    });
    expect(preflight.headers.get('access-control-allow-headers') ?? '').not.toContain('x-suara-console');
    expect(preflight.headers.get('access-control-allow-methods') ?? '').not.toContain('DELETE');
  });

  it('is not open CORS, and never cached', async () => {
    const { staffGet, login } = await consoleApp();
    const res = await staffGet('/api/v1/console/me', await login('officer'));
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('console inbox and actions', () => {
  it('lists complaints by deadline and walks one through its lifecycle', async () => {
    const { login, staffGet, staffPost, file, clock } = await consoleApp();
    const first = await file();
    clock.advance(3_600_000);
    const second = await file({ serviceId: 'ktp-el', category: 'biaya', description: 'Diminta biaya tambahan untuk KTP-el.' });
    const cookie = await login('officer');
    const inbox = Inbox.parse(await (await staffGet('/api/v1/console/complaints', cookie)).json());
    expect(inbox.items.map((i) => i.trackingCode)).toEqual([first.trackingCode, second.trackingCode]);
    expect(inbox.items[0]!.clock).toMatchObject({ target: 'firstResponse', workingDaysLeft: 3, overdue: false });

    const search = Inbox.parse(await (await staffGet('/api/v1/console/complaints?q=biaya%20tambahan', cookie)).json());
    expect(search.items.map((i) => i.trackingCode)).toEqual([second.trackingCode]);
    const byCategory = Inbox.parse(await (await staffGet('/api/v1/console/complaints?category=biaya', cookie)).json());
    expect(byCategory.total).toBe(1);

    const path = `/api/v1/console/complaints/${first.trackingCode}/actions`;
    for (const body of [{ action: 'verify' }, { action: 'reply', message: 'Sedang kami cek.' }, { action: 'note', message: 'Berkas di meja 3.' }]) {
      expect((await staffPost(path, cookie, body)).status).toBe(200);
    }
    const missing = await staffPost(path, cookie, { action: 'resolve' });
    expect(missing.status).toBe(422);
    expect((await missing.json()).errors[0].field).toBe('message');
    const resolved = StaffComplaint.parse(await (await staffPost(path, cookie, { action: 'resolve', message: 'Akta sudah jadi.' })).json());
    expect(resolved.status).toBe('resolved');
    expect(resolved.history.map((h) => h.actor)).toEqual(['citizen', 'Petugas Dukcapil', 'Petugas Dukcapil', 'Petugas Dukcapil', 'Petugas Dukcapil']);
    expect(resolved.history.find((h) => h.type === 'complaint.noted')!.internal).toBe(true);
    expect((await staffPost(path, cookie, { action: 'verify' })).status).toBe(409);
    expect((await staffPost(path, cookie, { action: 'reject' })).status).toBe(422);
  });
});
