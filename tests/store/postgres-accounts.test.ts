import postgres from 'postgres';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../server/clock.ts';
import { GUESS_BACKOFF, createSecurity } from '../../server/security/index.ts';
import { openPostgresAccounts } from '../../server/store/postgres/accounts/index.ts';
import { SESSION_CACHE_MS } from '../../server/store/postgres/accounts/sessions.ts';
import { migrate } from '../../server/store/postgres/migrate.ts';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.ts';
import { accountsContract } from './accounts-contract.ts';

let cluster: PostgresCluster;
beforeAll(async () => {
  cluster = await startPostgresCluster();
}, 180_000);
afterAll(() => cluster?.stop());

// One app process: its own connection pool on the database, schema migrated as a store does at start.
const connections: postgres.Sql[] = [];
async function openOn(url: string) {
  const sql = postgres(url, { max: 4, onnotice: () => {} });
  connections.push(sql);
  await migrate(sql, () => {});
  const accounts = await openPostgresAccounts(sql, () => {});
  return { ...accounts, close: () => accounts.close() };
}
afterAll(() => Promise.all(connections.map((sql) => sql.end({ timeout: 1 }))));

accountsContract('postgres', openOn, { place: () => cluster.createDatabase(), persistent: true });

describe('account stores on PostgreSQL: two processes on one database', () => {
  const opened: { close(): Promise<void> }[] = [];
  afterEach(async () => void (await Promise.all(opened.splice(0).map((one) => one.close()))));
  const two = async () => {
    const url = await cluster.createDatabase();
    const [a, b] = [await openOn(url), await openOn(url)];
    opened.push(a, b);
    return [a, b] as const;
  };

  it('a session made on one is valid on the other, and one ended there is refused here within a second', async () => {
    const [a, b] = await two();
    const clock = manualClock(1_800_000_000_000);
    const bookA = createSecurity(clock, { sessions: a.sessions, throttles: a.throttles }).sessions;
    const bookB = createSecurity(clock, { sessions: b.sessions, throttles: b.throttles }).sessions;
    const token = await bookA.open('petugas');
    expect((await bookB.find(token))?.staffId).toBe('petugas');
    await bookA.close(token);
    // B answered from its cache a moment ago; a second later (by its clock) it asks the table again.
    clock.advance(SESSION_CACHE_MS);
    expect(await bookB.find(token)).toBeUndefined();
    expect(await bookA.find(token)).toBeUndefined();
  });

  it('"sign out everywhere" on one process ends the account’s sessions on the other', async () => {
    const [a, b] = await two();
    const clock = manualClock(1_800_000_000_000);
    const bookA = createSecurity(clock, { sessions: a.sessions, throttles: a.throttles }).sessions;
    const bookB = createSecurity(clock, { sessions: b.sessions, throttles: b.throttles }).sessions;
    const phone = await bookB.open('manajer');
    const laptop = await bookB.open('manajer');
    const kept = await bookA.open('manajer');
    expect(await bookB.find(phone)).toBeDefined();
    expect(await bookA.endAllFor('manajer', kept)).toBe(2);
    clock.advance(SESSION_CACHE_MS);
    expect([await bookB.find(phone), await bookB.find(laptop)]).toEqual([undefined, undefined]);
    expect((await bookB.find(kept))?.staffId).toBe('manajer');
  });

  it('counts login failures from both processes against one account and one client', async () => {
    const [a, b] = await two();
    const clock = manualClock(1_800_000_000_000);
    const onA = createSecurity(clock, { sessions: a.sessions, throttles: a.throttles });
    const onB = createSecurity(clock, { sessions: b.sessions, throttles: b.throttles });
    // The free failures are spread over both processes; the next one is slowed down on either.
    for (let i = 0; i < GUESS_BACKOFF.free; i++) await (i % 2 === 0 ? onA : onB).loginBackoff.fail('ani@kantor.go.id\nklien');
    expect(await onA.loginBackoff.blockedFor('ani@kantor.go.id\nklien')).toBe(0);
    await onB.loginBackoff.fail('ani@kantor.go.id\nklien');
    expect(await onA.loginBackoff.blockedFor('ani@kantor.go.id\nklien')).toBe(GUESS_BACKOFF.firstWaitMs);
    // Twenty failures from one client within 15 minutes, ten on each process: that client waits on both.
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? onA : onB).loginPerClient.fail('klien')));
    expect(await onA.loginPerClient.blockedFor('klien')).toBeGreaterThan(0);
    expect(await onB.loginPerClient.blockedFor('klien')).toBeGreaterThan(0);
  });

  it('an account made or changed on one process shows on the other within a second (a notification, or the poll)', async () => {
    const [a, b] = await two();
    const account = { id: 'ani', name: 'Ani', email: 'ani@kantor.go.id', role: 'officer' as const, officeIds: ['kantor-a'], passwordHash: 'scrypt$x' };
    await a.staff.create(account);
    await b.staff.refresh!();
    expect(b.staff.byEmail('ani@kantor.go.id')?.name).toBe('Ani');
    await b.staff.update('ani', (current) => ({ ...current, active: false }));
    await a.staff.refresh!();
    expect(a.staff.byId('ani')?.active).toBe(false);
    // Without an explicit refresh: the notification reaches the other process.
    await a.staff.update('ani', (current) => ({ ...current, name: 'Ani Lestari' }));
    await expect.poll(() => b.staff.byId('ani')?.name, { timeout: 20_000 }).toBe('Ani Lestari');
  });
});
