import { z } from 'zod';
import { MultilineText } from './text.ts';
import { AGE_BANDS, EDUCATIONS, GENDERS, OCCUPATIONS } from '../skm/profile.ts';
import { Channel, IsoDate, Score, Slug } from './common.ts';

export const SURVEY_COMMENT_MAX = 1000;

/** An element code: `u1`…`u9` (2017), `p1`…`p14` (2004), or a unit's own (`u10`). */
export const ElementCode = z.string().regex(/^[a-z][a-z0-9]{0,7}$/);

export const RespondentProfile = z
  .object({
    gender: z.enum(GENDERS).optional().describe('L laki-laki, P perempuan'),
    age: z.enum(AGE_BANDS).optional().describe('age band in years'),
    education: z.enum(EDUCATIONS).optional(),
    occupation: z.enum(OCCUPATIONS).optional()
  })
  .meta({ id: 'RespondentProfile' });
export type RespondentProfile = z.infer<typeof RespondentProfile>;

/** A full SKM response: every element of the office's element set answered 1–4; the profile is optional. */
export const SurveyInput = z
  .object({
    officeId: Slug,
    serviceId: Slug.optional(),
    answers: z.record(ElementCode, Score).meta({ example: { u1: 4, u2: 3, u3: 3, u4: 4, u5: 3, u6: 4, u7: 4, u8: 3, u9: 3 } }),
    respondent: RespondentProfile.optional(),
    comment: MultilineText().max(SURVEY_COMMENT_MAX).optional().describe('saran dan masukan; shown publicly masked'),
    channel: Channel.exclude(['import']).default('web')
  })
  .meta({ id: 'SurveyInput' });
export type SurveyInput = z.infer<typeof SurveyInput>;

export const SurveyCreated = z.object({ id: z.string(), elementSet: z.string() }).meta({ id: 'SurveyCreated' });
export type SurveyCreated = z.infer<typeof SurveyCreated>;

export const IkmQuery = z.object({
  period: z.string().optional().meta({ example: '2026-S1', description: 'YYYY, YYYY-S1|S2, YYYY-Q1…Q4 or YYYY-MM; or use from/to' }),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  elementSet: z.string().max(64).optional().describe("default: the office's current set (PermenPANRB 14/2017)")
});
export type IkmQuery = z.infer<typeof IkmQuery>;

export const Mutu = z.enum(['A', 'B', 'C', 'D']);
export const Kinerja = z.enum(['Sangat Baik', 'Baik', 'Kurang Baik', 'Tidak Baik']);

export const SurveyElement = z
  .object({
    code: ElementCode,
    name: z.string(),
    nameEn: z.string(),
    question: z.string(),
    questionEn: z.string(),
    labels: z.tuple([z.string(), z.string(), z.string(), z.string()]).describe('answer labels for 1, 2, 3, 4'),
    labelsEn: z.tuple([z.string(), z.string(), z.string(), z.string()])
  })
  .meta({ id: 'SurveyElement' });

export const ElementSetSummary = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string(),
  rule: z.enum(['permenpan-14-2017', 'kepmenpan-25-2004']),
  historical: z.boolean().describe('kept to import and show historical results only')
});

export const ElementFigure = z.object({
  code: ElementCode,
  name: z.string(),
  nameEn: z.string(),
  sum: z.number().int().describe('sum of all answers to this element'),
  nrr: z.number().nullable().describe('sum / responses'),
  weight: z.number(),
  ikm: z.number().nullable().describe('NRR × 25, rounded half-up to 2 decimals'),
  mutu: Mutu.nullable()
});

/** An IKM with everything needed to recompute it. */
export const IkmFigure = z.object({
  responses: z.number().int(),
  elements: z.array(ElementFigure),
  ni: z.number().nullable().describe('Σ NRR × weight'),
  ikm: z.number().nullable().describe('NI × 25, rounded half-up to 2 decimals from the exact value'),
  ikmExact: z.number().nullable(),
  mutu: Mutu.nullable(),
  kinerja: Kinerja.nullable()
});
export type IkmFigure = z.infer<typeof IkmFigure>;

const Counts = z.record(z.string(), z.number().int());
export const ProfileCounts = z.object({ gender: Counts, age: Counts, education: Counts, occupation: Counts }).describe('respondents per answer; "unknown" = not given');
export type ProfileCounts = z.infer<typeof ProfileCounts>;

export const SkmPeriodOut = z.object({ from: IsoDate, to: IsoDate, label: z.string().nullable() });

export const ServiceIkm = z.object({
  serviceId: Slug.nullable().describe('null: responses that named no service'),
  serviceName: z.string().nullable(),
  responses: z.number().int(),
  ikm: z.number().nullable(),
  mutu: Mutu.nullable(),
  kinerja: Kinerja.nullable()
});

export const OfficeIkm = IkmFigure.extend({
  officeId: Slug,
  officeName: z.string(),
  period: SkmPeriodOut,
  elementSet: ElementSetSummary,
  population: z.number().int().nullable().describe('service users in the period, as set by the office'),
  requiredSample: z.number().int().nullable().describe('Krejcie–Morgan sample for the population'),
  sampleSufficient: z.boolean().nullable(),
  importedResponses: z.number().int().describe('responses from imported paper or spreadsheet data'),
  profile: ProfileCounts,
  services: z.array(ServiceIkm),
  elementSets: z.array(z.object({ id: z.string(), responses: z.number().int() })).describe('every set answered in the period'),
  comments: z.array(z.object({ date: IsoDate, serviceId: Slug.optional(), text: z.string() })).describe('newest first, masked for personal data'),
  commentCount: z.number().int()
}).meta({ id: 'OfficeIkm' });
export type OfficeIkm = z.infer<typeof OfficeIkm>;

export const RegionIkmQuery = IkmQuery.omit({ elementSet: true });

const SummaryIkm = IkmFigure.omit({ elements: true });
export const RegionIkm = z
  .object({
    period: SkmPeriodOut,
    elementSet: ElementSetSummary,
    region: IkmFigure.describe('pooled raw sums of every office (the 9 elements of 2017)'),
    agencies: z.array(SummaryIkm.extend({ agencyId: Slug, agencyName: z.string() })),
    offices: z.array(SummaryIkm.extend({ officeId: Slug, officeName: z.string(), agencyId: Slug }))
  })
  .meta({ id: 'RegionIkm' });
export type RegionIkm = z.infer<typeof RegionIkm>;

export const SurveyForm = z
  .object({
    officeId: Slug,
    elementSet: ElementSetSummary.extend({ elements: z.array(SurveyElement), weights: z.array(z.number()).optional() }),
    profile: z.object({
      gender: z.array(z.enum(GENDERS)),
      age: z.array(z.enum(AGE_BANDS)),
      education: z.array(z.enum(EDUCATIONS)),
      occupation: z.array(z.enum(OCCUPATIONS))
    })
  })
  .meta({ id: 'SurveyForm' });
export type SurveyForm = z.infer<typeof SurveyForm>;
