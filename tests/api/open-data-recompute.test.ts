import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeFigures, type RecomputedFigures } from '../../shared/open-data/recompute.ts';
import type { OfficeIkm, OfficeStats } from '../../shared/schemas/index.ts';
import { downloadOpenData } from '../../scripts/recompute/download.ts';
import { serveDemo, type ServedApp } from './open-data-fixtures.ts';

// The dashboard's default span at NOW (2026-11-25): the current month and the eleven before it.
const PERIOD = { from: '2025-12-01', to: '2026-11-25' };

describe('open data: every published figure recomputes from the files alone', () => {
  let served: ServedApp;
  let recomputed: RecomputedFigures[];

  beforeAll(async () => {
    served = await serveDemo();
    recomputed = recomputeFigures(await downloadOpenData(served.origin, PERIOD));
  }, 120_000);
  afterAll(() => served?.close());

  it('covers every office of the catalog', () => {
    expect(recomputed.map((office) => office.officeId).sort()).toEqual(
      served.app.context
        .catalog()
        .catalog.offices.map((office) => office.id)
        .sort()
    );
    expect(recomputed.length).toBeGreaterThan(5);
  });

  it('gives, for every office, exactly the satisfaction, IKM, first-response and resolution figures of the API', async () => {
    const query = `from=${PERIOD.from}&to=${PERIOD.to}`;
    let withComplaints = 0;
    for (const office of recomputed) {
      const stats = (await (await fetch(`${served.origin}/api/v1/offices/${office.officeId}/stats?${query}`)).json()) as OfficeStats;
      const ikm = (await (await fetch(`${served.origin}/api/v1/offices/${office.officeId}/ikm?${query}`)).json()) as OfficeIkm;
      expect(office.satisfaction, office.officeId).toEqual(stats.satisfaction);
      expect(office.complaints, office.officeId).toEqual(stats.complaints);
      expect(office.ikm, office.officeId).toEqual({ responses: ikm.responses, ikm: ikm.ikm, mutu: ikm.mutu });
      if (stats.complaints.received > 0) withComplaints++;
    }
    // The demo region has figures to compare, not only empty ones.
    expect(withComplaints).toBeGreaterThan(5);
    expect(recomputed.filter((office) => office.ikm.ikm !== null).length).toBeGreaterThan(5);
  });
});
