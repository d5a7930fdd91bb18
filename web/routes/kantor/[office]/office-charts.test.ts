import { describe, expect, it } from 'vitest';
import { t } from '$shared/i18n/web.ts';
import type { OfficeStats } from '$shared/schemas/index.ts';
import { formatter } from '$lib/format.ts';
import { officeRow } from '../../office-table.fixtures.ts';
import { officeChartSpecs } from './office-charts.ts';

const row = officeRow('x', 'Kantor X', { share: 0.75, responses: 40, medianHours: 5, rate: 0.8 });
const stats: OfficeStats = {
  ...row,
  satisfaction: { ...row.satisfaction, distribution: [4, 6, 10, 20] },
  trend: [
    { month: '2026-01', responses: 20, satisfiedShare: 0.7, complaints: 3 },
    { month: '2026-02', responses: 0, satisfiedShare: null, complaints: 0 },
    { month: '2026-03', responses: 20, satisfiedShare: 0.8, complaints: 1 }
  ],
  responseTimeHistogram: [
    { label: '< 1 hari', count: 5 },
    { label: 'belum dijawab', count: 1 },
    { label: 'bucket baru', count: 2 }
  ],
  excluded: { ratings: 0, windows: [] }
};

describe('officeChartSpecs', () => {
  const specs = officeChartSpecs(stats, (key, vars) => t('id', key, vars), formatter('id'));
  const byId = Object.fromEntries(specs.map((spec) => [spec.id, spec]));

  it('gives each chart the same numbers as its table', () => {
    for (const spec of specs) expect(spec.display).toHaveLength(spec.values.length);
    expect(byId['chart-trend'].values).toEqual([70, null, 80]);
    expect(byId['chart-trend'].display).toEqual(['70,0\u00a0%', '—', '80,0\u00a0%']);
    expect(byId['chart-trend'].extra?.[1].cells).toEqual(['20', '0', '20']);
    expect(byId['chart-scores'].display).toEqual(['4 (10,0\u00a0%)', '6 (15,0\u00a0%)', '10 (25,0\u00a0%)', '20 (50,0\u00a0%)']);
    expect(byId['chart-outcomes'].values).toEqual([4, 1, 3, 0, 1, 1]);
  });

  it('summarises each chart in one sentence for screen readers', () => {
    expect(byId['chart-trend'].summary).toBe('Grafik garis kepuasan selama 3 bulan; tertinggi Mar 2026 (80,0\u00a0%).');
    expect(byId['chart-scores'].summary).toContain('Tidak Baik 4, Kurang Baik 6, Baik 10, Sangat Baik 20');
  });

  it('translates the known response-time buckets and keeps unknown ones', () => {
    const en = officeChartSpecs(stats, (key, vars) => t('en', key, vars), formatter('en'));
    expect(en.find((spec) => spec.id === 'chart-response')?.labels).toEqual(['< 1 day', 'not answered yet', 'bucket baru']);
  });
});
