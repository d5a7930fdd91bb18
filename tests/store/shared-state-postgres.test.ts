import postgres from 'postgres';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresSharedState } from '../../server/shared-state/postgres/index.ts';
import type { SharedState } from '../../server/shared-state/index.ts';
import { migrate } from '../../server/store/postgres/migrate.ts';
import { DailyHeads } from '../../server/public-record/daily-heads.ts';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster.ts';

// Two "processes" of one installation: two shared states opened on one database, as two servers open them.
let cluster: PostgresCluster;
beforeAll(async () => {
  cluster = await startPostgresCluster();
}, 180_000);
afterAll(() => cluster?.stop());

const opened: SharedState[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((state) => state.close()));
});

async function twoProcesses(retryMs = 100): Promise<[SharedState, SharedState]> {
  const url = await cluster.createDatabase();
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  await migrate(sql, () => {});
  await sql.end();
  const a = await openPostgresSharedState(url, { retryMs, log: () => {} });
  opened.push(a);
  const b = await openPostgresSharedState(url, { retryMs, log: () => {} });
  opened.push(b);
  return [a, b];
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  return condition();
};

describe('what two processes share on PostgreSQL', () => {
  it('derive the same server key, chain key and setup token', async () => {
    const [a, b] = await twoProcesses();
    expect(a.serverKey.equals(b.serverKey)).toBe(true);
    expect(a.serverKey).toHaveLength(32);
    expect(a.chainKey.keyId).toBe(b.chainKey.keyId);
    const [gateA, gateB] = [await a.setupGate(true), await b.setupGate(true)];
    expect(gateA.token()).toBeDefined();
    expect(gateB.token()).toBe(gateA.token());
    await gateA.consume();
    expect((await b.setupGate(true)).token()).toBeUndefined();
  });

  it('one leads at a time, and the other takes over when it goes', async () => {
    const [a, b] = await twoProcesses();
    expect([a.leadership.isLeader(), b.leadership.isLeader()]).toEqual([true, false]);
    await a.close();
    expect(await until(() => b.leadership.isLeader())).toBe(true);
  });

  it('a message claimed by one is not sent by the other; a released one may be', async () => {
    const [a, b] = await twoProcesses();
    expect(await a.claims.claim('notification:7:citizen:email', 1_000)).toEqual({ won: true });
    expect(await b.claims.claim('notification:7:citizen:email', 2_000)).toEqual({ won: false, since: 1_000 });
    await a.claims.release('notification:7:citizen:email');
    expect(await b.claims.claim('notification:7:citizen:email', 3_000)).toEqual({ won: true });
    await b.claims.settled('notification:7:citizen:email');
    expect((await a.claims.claim('notification:7:citizen:email', 4_000)).won).toBe(false);
  });

  it("webhook changes made on one keep the other's, and the other hears of them", async () => {
    const [a, b] = await twoProcesses();
    let heard = 0;
    b.webhooks.onChange!(() => heard++);
    const endpoint = (id: string) => ({ id, officeId: 'o', url: `https://example.org/${id}`, events: [], enabled: true, includeContact: false, secrets: [], createdAt: 0, createdBy: 's' });
    await Promise.all([a.webhooks.update((draft) => void draft.endpoints.push(endpoint('from-a'))), b.webhooks.update((draft) => void draft.endpoints.push(endpoint('from-b')))]);
    const ids = (await a.webhooks.load()).endpoints.map((each) => each.id).sort();
    expect(ids).toEqual(['from-a', 'from-b']);
    expect(await until(() => heard > 0)).toBe(true);
  });

  it('a read asked for while an update is on its way answers after it, with it: an older copy never lands last', async () => {
    const [a] = await twoProcesses();
    const endpoint = { id: 'e', officeId: 'o', url: 'https://example.org/e', events: [], enabled: true, includeContact: false, secrets: [], createdAt: 0, createdBy: 's' };
    const settled: string[] = [];
    const update = a.webhooks.update((draft) => void draft.endpoints.push(endpoint)).then(() => settled.push('update'));
    const read = a.webhooks.load().then((state) => settled.push(`read ${state.endpoints.length}`));
    await Promise.all([update, read]);
    expect(settled).toEqual(['update', 'read 1']);
  });

  it('records one daily head per day, whichever process is first', async () => {
    const [a, b] = await twoProcesses();
    const [headsA, headsB] = [new DailyHeads(a.chainKey, a.dailyHeads), new DailyHeads(b.chainKey, b.dailyHeads)];
    const now = Date.parse('2026-11-25T03:00:00Z');
    const recorded = await Promise.all([headsA.recordIfDue({ seq: 3, hash: 'h3' }, now), headsB.recordIfDue({ seq: 3, hash: 'h3' }, now)]);
    expect(recorded.filter(Boolean)).toHaveLength(1);
    expect(await headsB.list()).toHaveLength(1);
  });
});
