// The respondent profile an SKM report tabulates (PermenPANRB 14/2017 sample questionnaire): all optional.

export const GENDERS = ['L', 'P'] as const;
export const AGE_BANDS = ['lt21', '21-30', '31-40', '41-50', '51-60', 'gt60'] as const;
export const EDUCATIONS = ['sd', 'smp', 'sma', 'diploma', 's1', 's2'] as const;
export const OCCUPATIONS = ['pns', 'tni', 'polri', 'swasta', 'wirausaha', 'lainnya'] as const;

export type Gender = (typeof GENDERS)[number];
export type AgeBand = (typeof AGE_BANDS)[number];
export type Education = (typeof EDUCATIONS)[number];
export type Occupation = (typeof OCCUPATIONS)[number];

export type RespondentProfile = { gender?: Gender; age?: AgeBand; education?: Education; occupation?: Occupation };

/** The four dimensions and their values, in the order a report lists them. */
export const PROFILE_DIMENSIONS = {
  gender: GENDERS,
  age: AGE_BANDS,
  education: EDUCATIONS,
  occupation: OCCUPATIONS
} as const;
export type ProfileDimension = keyof typeof PROFILE_DIMENSIONS;
export const DIMENSION_NAMES = Object.keys(PROFILE_DIMENSIONS) as ProfileDimension[];

/** The age band of an age in whole years; undefined for an impossible age. */
export function ageBand(years: number): AgeBand | undefined {
  if (!Number.isInteger(years) || years < 10 || years > 120) return undefined;
  if (years <= 20) return 'lt21';
  if (years <= 30) return '21-30';
  if (years <= 40) return '31-40';
  if (years <= 50) return '41-50';
  if (years <= 60) return '51-60';
  return 'gt60';
}
