import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LeagueTable, OfficeStats } from '../../../shared/schemas/index.ts';
import { testApp } from '../../../tests/api/fixtures.ts';
import { getLeagueTable, getLeagueTableSerialised } from './league-table.ts';

const rate = (score: number, officeId = 'disdukcapil-uji') => ({ officeId, score, channel: 'web' });

describe('cached figures', () => {
  it('an office: new ratings show at once, complaint figures follow their events and the minute', async () => {
    const { app, post, clock } = await testApp();
    const stats = async () => OfficeStats.parse(await (await app.request('/api/v1/offices/disdukcapil-uji/stats')).json());
    expect((await stats()).satisfaction.responses).toBe(0);
    await post('/api/v1/ratings', rate(4));
    await post('/api/v1/ratings', rate(1));
    const after = await stats();
    expect(after.satisfaction.distribution).toEqual([1, 0, 0, 1]);
    expect(after.trend.reduce((sum, month) => sum + month.responses, 0)).toBe(2);
    expect(after.rankable).toBe(false);

    const filed = await post('/api/v1/complaints', { officeId: 'disdukcapil-uji', category: 'petugas', description: 'Petugas tidak ada di loket sepanjang pagi.', visibility: 'public' });
    expect(filed.status).toBe(201);
    const withComplaint = await stats();
    expect(withComplaint.complaints.received).toBe(1);
    expect(withComplaint.complaints.breakdown.openWithinDeadline).toBe(1);
    // A month later the same open complaint is overdue (14 working days): the minute is part of the token.
    clock.advance(30 * 86_400_000);
    expect((await stats()).complaints.breakdown.overdue).toBe(1);
  });

  it('the league table: computed and serialised once until something changes', async () => {
    const { app, post, clock } = await testApp();
    const ctx = app.context;
    const table = getLeagueTable({ ctx, query: {} });
    expect(getLeagueTable({ ctx, query: {} })).toBe(table); // the same object: not computed again
    const serialised = getLeagueTableSerialised({ ctx, query: {} });
    expect(getLeagueTableSerialised({ ctx, query: {} })).toBe(serialised);
    expect(Buffer.from(serialised.json).toString()).toBe(JSON.stringify(table));
    expect(gunzipSync(serialised.gzip).toString()).toBe(JSON.stringify(table));

    await post('/api/v1/ratings', rate(3, 'puskesmas-uji'));
    const served = LeagueTable.parse(await (await app.request('/api/v1/stats')).json());
    expect(served.region.satisfaction.responses).toBe(1);
    expect(served.offices.find((o) => o.officeId === 'puskesmas-uji')!.satisfaction.distribution).toEqual([0, 0, 1, 0]);

    const beforeMinute = getLeagueTable({ ctx, query: {} });
    expect(getLeagueTable({ ctx, query: {} })).toBe(beforeMinute);
    clock.advance(60_000);
    expect(getLeagueTable({ ctx, query: {} })).not.toBe(beforeMinute);
    const half = LeagueTable.parse(await (await app.request('/api/v1/stats?from=2026-01-01&to=2026-06-30')).json());
    expect(half.period).toEqual({ from: '2026-01-01', to: '2026-06-30' });
  });

  it('gzips a figure answer for a network client that accepts it, never for the pages in-process', async () => {
    const { app } = await testApp();
    const headers = { 'Accept-Encoding': 'gzip, deflate, br' };
    for (const path of ['/api/v1/stats', '/api/v1/offices/puskesmas-uji/stats']) {
      const network = await app.request(path, { headers }, { incoming: {} }); // as @hono/node-server passes it
      expect(network.headers.get('content-encoding')).toBe('gzip');
      expect(network.headers.get('vary')).toBe('Accept-Encoding');
      const inProcess = await app.request(path, { headers });
      expect(inProcess.headers.get('content-encoding')).toBeNull();
      expect(JSON.parse(gunzipSync(Buffer.from(await network.arrayBuffer())).toString())).toEqual(await inProcess.json());
    }
  });
});
