import type { OfficeRow } from './office-table.ts';

/** A league-table row with just the figures the table reads. */
export function officeRow(officeId: string, officeName: string, figures: { share: number | null; responses: number; medianHours: number | null; moreThan?: boolean; rate: number | null }): OfficeRow {
  const ci: [number, number] | null = figures.share === null ? null : [figures.share - 0.02, figures.share + 0.02];
  return {
    officeId,
    officeName,
    period: { from: '2026-01-01', to: '2026-12-31' },
    rankable: figures.responses >= 30,
    satisfaction: { responses: figures.responses, satisfiedShare: figures.share, ci95: ci, mean: null, distribution: [0, 0, 0, 0] },
    complaints: {
      received: 10,
      resolved: 8,
      due: 9,
      resolutionRate: figures.rate,
      breakdown: {
        resolvedConfirmed: 4,
        resolvedDisputed: 1,
        resolvedUnconfirmed: 3,
        rejected: { out_of_scope: 0, duplicate: 0, incomplete: 0, other: 0 },
        openWithinDeadline: 1,
        overdue: 1
      },
      firstResponseHours: { median: figures.medianHours === null ? null : { value: figures.medianHours, moreThan: !!figures.moreThan }, p90: null },
      resolutionHours: { median: null, p90: null },
      firstResponseCompliance: null,
      resolutionCompliance: null,
      byCategory: {}
    }
  };
}

export const ROWS: OfficeRow[] = [
  officeRow('samsat', 'Kantor Bersama Samsat', { share: 0.52, responses: 3545, medianHours: 237, rate: 0.51 }),
  officeRow('puskesmas-a', 'Puskesmas Cibiru', { share: 0.89, responses: 1771, medianHours: 18.6, rate: 0.95 }),
  officeRow('kecil', 'Kantor Desa Kecil', { share: 1, responses: 12, medianHours: 2, rate: 1 }),
  officeRow('lambat', 'Dinas Lambat', { share: 0.7, responses: 400, medianHours: 300, moreThan: true, rate: null }),
  officeRow('disdukcapil', 'Disdukcapil Sukamaju', { share: 0.83, responses: 4834, medianHours: 31.4, rate: 0.94 })
];
