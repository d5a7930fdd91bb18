import { z } from 'zod';
import { IsoDate, Slug } from './common.ts';

/** What `<suara-score>` shows: the office's headline figures for the default period, small enough for any page. */
export const OfficeBadge = z
  .object({
    officeId: Slug,
    officeName: z.string(),
    period: z.object({ from: IsoDate, to: IsoDate }),
    satisfaction: z.object({
      responses: z.number().int(),
      satisfiedShare: z.number().nullable().describe('share of ratings 3–4')
    }),
    ikm: z
      .object({
        value: z.number().nullable(),
        mutu: z.string().nullable(),
        responses: z.number().int(),
        requiredSample: z.number().int().nullable().describe('Krejcie–Morgan sample for the population; null when the office set none')
      })
      .nullable()
      .describe('null while the office has no SKM survey response in the period'),
    firstResponseHours: z.object({ value: z.number(), moreThan: z.boolean() }).nullable().describe('median hours to the first visible answer to a complaint (Kaplan–Meier); null without complaints')
  })
  .meta({ id: 'OfficeBadge' });
export type OfficeBadge = z.infer<typeof OfficeBadge>;
