import { z } from 'zod';
import { RatingExclusions } from './bursts.ts';
import { IsoDate, Slug } from './common.ts';

export const StatsQuery = z.object({
  from: IsoDate.optional().meta({ example: '2026-01-01' }),
  to: IsoDate.optional().meta({ example: '2026-12-31' })
});

const KmQuantile = z.object({ value: z.number(), moreThan: z.boolean().describe('true: fewer than the quantile answered; "more than value"') }).nullable();

export const Satisfaction = z.object({
  responses: z.number().int(),
  satisfiedShare: z.number().nullable().describe('share of ratings 3–4'),
  ci95: z.tuple([z.number(), z.number()]).nullable().describe('95 % Wilson interval of satisfiedShare'),
  mean: z.number().nullable(),
  distribution: z.tuple([z.number(), z.number(), z.number(), z.number()]).describe('count of scores 1,2,3,4')
});

export const ResolutionBreakdown = z.object({
  resolvedConfirmed: z.number().int(),
  resolvedDisputed: z.number().int(),
  resolvedUnconfirmed: z.number().int(),
  rejected: z.object({
    out_of_scope: z.number().int(),
    duplicate: z.number().int(),
    incomplete: z.number().int(),
    other: z.number().int()
  }),
  openWithinDeadline: z.number().int(),
  overdue: z.number().int()
});

export const ComplaintFigures = z.object({
  received: z.number().int(),
  resolved: z.number().int(),
  due: z.number().int(),
  resolutionRate: z.number().nullable(),
  breakdown: ResolutionBreakdown,
  firstResponseHours: z.object({ median: KmQuantile, p90: KmQuantile }),
  resolutionHours: z.object({ median: KmQuantile, p90: KmQuantile }),
  firstResponseCompliance: z.number().nullable().describe('share answered within 3 working days'),
  resolutionCompliance: z.number().nullable().describe("share resolved within the service's target"),
  byCategory: z.record(z.string(), z.number().int())
});

export const TrendPoint = z.object({
  month: z.string().describe('YYYY-MM'),
  responses: z.number().int(),
  satisfiedShare: z.number().nullable(),
  complaints: z.number().int()
});

export const OfficeStats = z
  .object({
    officeId: Slug,
    officeName: z.string(),
    period: z.object({ from: IsoDate, to: IsoDate }),
    satisfaction: Satisfaction,
    complaints: ComplaintFigures,
    trend: z.array(TrendPoint),
    responseTimeHistogram: z.array(z.object({ label: z.string(), count: z.number().int() })).describe('first response times of answered complaints, bucketed'),
    rankable: z.boolean().describe('at least 30 responses in the period (fair comparison)'),
    excluded: RatingExclusions.describe('ratings a manager or admin left out of the figures (a reviewed burst), and why')
  })
  .meta({ id: 'OfficeStats' });
export type OfficeStats = z.infer<typeof OfficeStats>;

export const LeagueTable = z
  .object({
    period: z.object({ from: IsoDate, to: IsoDate }),
    region: z.object({ satisfaction: Satisfaction, complaintsReceived: z.number().int(), resolutionRate: z.number().nullable() }),
    offices: z.array(OfficeStats.omit({ trend: true, responseTimeHistogram: true, excluded: true }))
  })
  .meta({ id: 'LeagueTable' });
export type LeagueTable = z.infer<typeof LeagueTable>;
