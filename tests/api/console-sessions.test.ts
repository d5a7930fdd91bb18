import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { manualClock } from '../../server/clock.ts';
import { endSessionsInFile } from '../../server/security/session-file.ts';
import type { Store } from '../../server/store/types.ts';
import { TEST_ENGINE, testStore, withSharedState } from './support/test-store.ts';
import { PASSWORD, testStaff } from './console-fixtures.ts';
import { NOW, testCatalog } from './fixtures.ts';

let dataDir: string;
beforeEach(async () => void (dataDir = await mkdtemp(join(tmpdir(), 'suara-console-sessions-'))));
afterEach(() => rm(dataDir, { recursive: true, force: true }));

const HOUR = 3_600_000;
const catalog = { ...structuredClone(testCatalog), staff: Object.values(testStaff) };
const CONSOLE = { 'Content-Type': 'application/json', 'X-Suara-Console': '1' };

// Where sessions outlive a restart: a file in DATA_DIR beside the memory store; the database's table on PostgreSQL.
const sessionsFile = () => (TEST_ENGINE === 'memory' ? { sessionsFile: join(dataDir, 'sessions.json') } : {});

/** What `npm run admin password` does to the stored sessions while the server is stopped (scripts/admin.ts). */
const endStoredSessions = (store: Store, staffId: string) => (TEST_ENGINE === 'memory' ? endSessionsInFile(join(dataDir, 'sessions.json'), staffId) : store.sessions.end({ staffId }));

/** One server process of the installation: a second call is the same installation after a restart. */
async function start(store: Store, clock: ReturnType<typeof manualClock>) {
  const app = await createApp({ store, clock, config: { bodyLimitBytes: 16 * 1024, ...withSharedState(store, { log: () => {}, ...sessionsFile() }) } });
  return {
    async login(email: string, password = PASSWORD): Promise<string> {
      const res = await app.request('/api/v1/console/session', { method: 'POST', headers: CONSOLE, body: JSON.stringify({ email, password }) });
      expect(res.status).toBe(200);
      return res.headers.get('set-cookie')!.split(';')[0]!;
    },
    me: async (cookie: string) => (await app.request('/api/v1/console/me', { headers: { cookie } })).status,
    signOutEverywhere: (cookie: string) => app.request('/api/v1/console/sessions', { method: 'DELETE', headers: { ...CONSOLE, cookie } }),
    send: (path: string, cookie: string, body: unknown, method = 'POST') => app.request(path, { method, headers: { ...CONSOLE, ...(cookie && { cookie }) }, body: JSON.stringify(body) })
  };
}

describe('console sessions across restarts', () => {
  it('keeps staff logged in after a restart, under the same expiry rules', async () => {
    const store = await testStore(structuredClone(catalog));
    const clock = manualClock(NOW);
    const first = await start(store, clock);
    const cookie = await first.login(testStaff.officer.email);
    const idle = await first.login(testStaff.manager.email);

    clock.advance(HOUR);
    const second = await start(store, clock);
    expect(await second.me(cookie)).toBe(200);

    // The manager has been idle for 2 h 1 min by now: the restart gave that session no new life.
    clock.advance(HOUR + 60_000);
    const third = await start(store, clock);
    expect(await third.me(idle)).toBe(401);
    expect(await third.me(cookie)).toBe(200);
  });

  it('"sign out everywhere" ends every session of the person, also for the next start, and no one else\'s', async () => {
    const store = await testStore(structuredClone(catalog));
    const clock = manualClock(NOW);
    const server = await start(store, clock);
    const phone = await server.login(testStaff.officer.email);
    const laptop = await server.login(testStaff.officer.email);
    const colleague = await server.login(testStaff.manager.email);

    const res = await server.signOutEverywhere(laptop);
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/Max-Age=0/);
    expect(await server.me(phone)).toBe(401);
    expect(await server.me(laptop)).toBe(401);
    expect(await server.me(colleague)).toBe(200);

    const restarted = await start(store, clock);
    expect(await restarted.me(phone)).toBe(401);
    expect(await restarted.me(colleague)).toBe(200);
  });

  it("a new password of one's own ends the person's other sessions, also for the next start; the one it came from stays", async () => {
    const store = await testStore(structuredClone(catalog));
    const clock = manualClock(NOW);
    const server = await start(store, clock);
    const phone = await server.login(testStaff.officer.email);
    const laptop = await server.login(testStaff.officer.email);
    const colleague = await server.login(testStaff.manager.email);
    const change = (currentPassword: string) => server.send('/api/v1/console/me/password', laptop, { currentPassword, newPassword: 'kata-sandi-baru-2026' }, 'PUT');

    const wrong = await change('bukan-sandinya');
    expect(wrong.status).toBe(422);
    expect((await wrong.json()).errors).toEqual([expect.objectContaining({ field: 'currentPassword' })]);
    expect(await server.me(phone)).toBe(200);

    expect((await change(PASSWORD)).status).toBe(204);
    expect(await server.me(phone)).toBe(401);
    expect(await server.me(laptop)).toBe(200);
    expect(await server.me(colleague)).toBe(200);
    const restarted = await start(store, clock);
    expect(await restarted.me(phone)).toBe(401);
    expect(await restarted.me(laptop)).toBe(200);
    expect(await restarted.me(colleague)).toBe(200);
    await restarted.login(testStaff.officer.email, 'kata-sandi-baru-2026');
    expect(store.catalog.get().audit?.at(-1)).toMatchObject({
      staffId: testStaff.officer.id,
      kind: 'staff',
      objectId: testStaff.officer.id,
      action: 'change-password',
      changes: [{ field: 'password' }]
    });
  });

  it('a password set by a reset link ends every session of the person, also for the next start', async () => {
    const store = await testStore(structuredClone(catalog));
    const clock = manualClock(NOW);
    const server = await start(store, clock);
    const phone = await server.login(testStaff.officer.email);
    const admin = await server.login(testStaff.admin.email);
    const issued = await server.send(`/api/v1/console/admin/staff/${testStaff.officer.id}/password-link`, admin, undefined);
    expect(issued.status).toBe(201);
    const token = ((await issued.json()) as { path: string }).path.split('/').pop();
    expect((await server.send(`/api/v1/password-links/${token}`, '', { password: 'kata-sandi-baru-2026' })).status).toBe(204);
    expect(await server.me(phone)).toBe(401);
    const restarted = await start(store, clock);
    expect(await restarted.me(phone)).toBe(401);
    expect(await restarted.me(admin)).toBe(200);
  });

  it("a password set by `npm run admin` with the server stopped ends that person's stored sessions", async () => {
    const store = await testStore(structuredClone(catalog));
    const clock = manualClock(NOW);
    const server = await start(store, clock);
    const phone = await server.login(testStaff.officer.email);
    const colleague = await server.login(testStaff.manager.email);
    expect(await endStoredSessions(store, testStaff.officer.id)).toBe(1);
    const restarted = await start(store, clock);
    expect(await restarted.me(phone)).toBe(401);
    expect(await restarted.me(colleague)).toBe(200);
  });
});
