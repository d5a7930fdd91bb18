// Rating stuffing: a burst of ratings for one office is flagged for review in the console, and a
// manager or admin can leave it out of the published figures (and take that back), as audited events.
import { describe, expect, it } from 'vitest';
import { BurstList, ConsoleBurst, LeagueTable, OfficeStats, Problem } from '../../shared/schemas/index.ts';
import type { DomainEvent } from '../../server/store/types.ts';
import { consoleApp, PASSWORD } from './console-fixtures.ts';
import { NOW } from './fixtures.ts';

const OFFICE = 'disdukcapil-uji';
const HOUR = 3_600_000;
const BURST_ID = NOW; // NOW is on the hour: the burst's window starts there
const exclusionPath = `/api/v1/console/offices/${OFFICE}/bursts/${BURST_ID}/exclusion`;

/** 28 days of the office's usual traffic: 8 ratings an hour, 09:00–15:00 local, 7 of 8 satisfied. */
function history(): DomainEvent[] {
  const events: DomainEvent[] = [];
  for (let day = 28; day >= 1; day--) {
    for (let hour = 0; hour < 6; hour++) {
      for (let i = 0; i < 8; i++) events.push({ type: 'rating.recorded', at: NOW - day * 86_400_000 + hour * HOUR + i * 60_000, officeId: OFFICE, score: i === 0 ? 2 : i < 4 ? 3 : 4, channel: 'qr' });
    }
  }
  return events;
}

async function stuffedApp() {
  const base = await consoleApp();
  // (The fixture's manager of the other office shows that a manager's right stops at their own offices.)
  await base.store.append(history());
  const stats = async () => OfficeStats.parse(await (await base.app.request(`/api/v1/offices/${OFFICE}/stats`)).json());
  const before = await stats();
  // The reproduction: 25 addresses × 60 score-1 ratings, all within one second.
  const answers: number[] = [];
  for (let address = 0; address < 25; address++) {
    if (address === 13) base.clock.advance(999);
    const headers = { 'x-suara-client-address': `203.0.113.${address + 1}` };
    const batch = await Promise.all(Array.from({ length: 60 }, () => base.post('/api/v1/ratings', { officeId: OFFICE, score: 1, channel: 'web' }, headers)));
    answers.push(...batch.map((res) => res.status));
  }
  const loginAs = async (email: string) => {
    const res = await base.post('/api/v1/console/session', { email, password: PASSWORD }, { 'X-Suara-Console': '1' });
    return res.headers.get('set-cookie')!.split(';')[0]!;
  };
  return { ...base, stats, before, answers, loginAs };
}

// 1,500 requests in-process take a few seconds on a busy machine.
describe('rating bursts', { timeout: 60_000 }, () => {
  it('flags 1,500 score-1 ratings in one second for an office with history, in the console of those who can see it', async () => {
    const { stats, before, answers, login, staffGet } = await stuffedApp();
    expect(answers.filter((status) => status === 201)).toHaveLength(1500);
    expect(before.satisfaction.satisfiedShare).toBe(0.875);
    expect((await stats()).satisfaction.satisfiedShare).toBeCloseTo((1344 * 0.875) / 2844, 12);

    const list = BurstList.parse(await (await staffGet('/api/v1/console/bursts', await login('officer'))).json());
    expect(list.offices.map((office) => office.officeId)).toEqual([OFFICE]);
    const [office] = list.offices;
    expect(office).toMatchObject({ officeName: 'Disdukcapil Kabupaten Uji', normalPerHour: 8, canExclude: false });
    expect(office!.bursts).toEqual([
      {
        from: '2026-11-25T03:00:00.000Z',
        to: '2026-11-25T04:00:00.000Z',
        id: BURST_ID,
        ratings: 1500,
        scores: [1500, 0, 0, 0],
        normalPerHour: 8,
        threshold: 30,
        skewed: true,
        excluded: false,
        reviews: []
      }
    ]);
    // The other office's staff see their own office, without bursts.
    const other = BurstList.parse(await (await staffGet('/api/v1/console/bursts', await login('otherOfficer'))).json());
    expect(other.offices).toEqual([{ officeId: 'puskesmas-uji', officeName: 'Puskesmas Uji', normalPerHour: 0, canExclude: false, bursts: [] }]);
  });

  it('lets a manager exclude the burst with a reason: the figures go back, the office shows the note, the log keeps who and why', async () => {
    const { app, store, stats, before, clock, login, staffPost, post } = await stuffedApp();
    const manager = await login('manager');
    clock.advance(10 * 60_000);
    const res = await staffPost(exclusionPath, manager, { reason: 'Isian massal dari 25 alamat dalam satu detik' });
    expect(res.status).toBe(200);
    expect(ConsoleBurst.parse(await res.json())).toMatchObject({
      excluded: true,
      reviews: [{ action: 'excluded', actorName: 'Manajer Dukcapil', reason: 'Isian massal dari 25 alamat dalam satu detik' }]
    });

    const after = await stats();
    expect(after.satisfaction).toEqual(before.satisfaction);
    expect(after.trend.at(-1)).toMatchObject({ responses: before.trend.at(-1)!.responses, satisfiedShare: before.trend.at(-1)!.satisfiedShare });
    expect(after.excluded).toEqual({
      ratings: 1500,
      windows: [{ from: '2026-11-25T03:00:00.000Z', to: '2026-11-25T04:00:00.000Z', ratings: 1500, reason: 'Isian massal dari 25 alamat dalam satu detik' }]
    });
    const table = LeagueTable.parse(await (await app.request('/api/v1/stats')).json());
    expect(table.offices.find((office) => office.officeId === OFFICE)!.satisfaction).toEqual(before.satisfaction);
    const badge = await (await app.request(`/api/v1/offices/${OFFICE}/badge`)).json();
    expect(badge.satisfaction).toEqual({ responses: before.satisfaction.responses, satisfiedShare: 0.875 });

    // More of the same in the excluded hour stays out too.
    for (let i = 0; i < 5; i++) expect((await post('/api/v1/ratings', { officeId: OFFICE, score: 1 })).status).toBe(201);
    expect((await stats()).satisfaction).toEqual(before.satisfaction);
    expect((await stats()).excluded.ratings).toBe(1505);

    const events: DomainEvent[] = [];
    const stop = await store.subscribe((event) => event.type === 'ratings.excluded' && events.push(event));
    stop();
    expect(events).toMatchObject([
      {
        type: 'ratings.excluded',
        at: NOW + 999 + 600_000,
        officeId: OFFICE,
        from: NOW,
        to: NOW + HOUR,
        scores: [1500, 0, 0, 0],
        actor: 'manajer-dukcapil',
        reason: 'Isian massal dari 25 alamat dalam satu detik'
      }
    ]);
    // Nothing deleted: every rating is still in the log.
    let ratings = 0;
    (await store.subscribe((event) => void (event.type === 'rating.recorded' && ratings++)))();
    expect(ratings).toBe(history().length + 1505);

    // Twice is a conflict.
    expect((await staffPost(exclusionPath, manager, { reason: 'Sekali lagi, dong' })).status).toBe(409);
  });

  it('lets an admin undo the exclusion: the ratings count again, and the note goes', async () => {
    const { stats, login, staffPost } = await stuffedApp();
    const stuffed = await stats();
    expect((await staffPost(exclusionPath, await login('manager'), { reason: 'Isian massal' })).status).toBe(200);
    const admin = await login('admin');
    const res = await staffPost(exclusionPath, admin, { reason: 'Ternyata acara survei resmi' }, 'DELETE');
    expect(res.status).toBe(200);
    expect(ConsoleBurst.parse(await res.json()).reviews.map((review) => [review.action, review.actorName])).toEqual([
      ['excluded', 'Manajer Dukcapil'],
      ['restored', 'Admin Kabupaten']
    ]);
    const after = await stats();
    expect(after.satisfaction).toEqual(stuffed.satisfaction);
    expect(after.excluded).toEqual({ ratings: 0, windows: [] });
    expect((await staffPost(exclusionPath, admin, { reason: 'Tidak dikecualikan' }, 'DELETE')).status).toBe(409);
  });

  it('refuses the officer, the manager of another office and anyone not logged in', async () => {
    const { stats, login, loginAs, staffPost } = await stuffedApp();
    const stuffed = await stats();
    const reason = { reason: 'Isian massal' };
    const anonymous = await staffPost(exclusionPath, '', reason);
    expect(anonymous.status).toBe(401);
    const officer = await staffPost(exclusionPath, await login('officer'), reason);
    expect(officer.status).toBe(403);
    expect(Problem.parse(await officer.json()).detail).toMatch(/managers of this office/);
    // Another office's manager: as if the burst did not exist (not yours and not there answer alike).
    const otherManager = await staffPost(exclusionPath, await loginAs('manajer@puskesmas.uji'), reason);
    expect(otherManager.status).toBe(404);
    expect((await stats()).satisfaction).toEqual(stuffed.satisfaction);
  });

  it('answers a clear 4xx for a missing reason, an unknown burst and a bad id', async () => {
    const { login, staffPost } = await stuffedApp();
    const manager = await login('manager');
    const missing = await staffPost(exclusionPath, manager, { reason: ' ' });
    expect(missing.status).toBe(422);
    expect(Problem.parse(await missing.json()).errors?.[0]?.field).toBe('reason');
    expect((await staffPost(`/api/v1/console/offices/${OFFICE}/bursts/${NOW - HOUR}/exclusion`, manager, { reason: 'Tidak ada' })).status).toBe(404);
    expect((await staffPost(`/api/v1/console/offices/${OFFICE}/bursts/abc/exclusion`, manager, { reason: 'Tidak ada' })).status).toBe(422);
  });
});
