import type { SurveyForm } from '../../../shared/schemas/index.ts';
import { AGE_BANDS, EDUCATIONS, GENDERS, OCCUPATIONS } from '../../../shared/skm/profile.ts';
import type { ServiceContext } from '../context.ts';
import { requireOffice } from '../offices/find-office.ts';
import { activeElementSet, setSummary } from './element-sets.ts';

/** What the survey page asks at an office: its current element set with the answer labels, and the profile choices. */
export function getSurveyForm({ ctx, officeId }: { ctx: ServiceContext; officeId: string }): SurveyForm {
  const office = requireOffice(ctx, officeId);
  const set = activeElementSet(ctx, office.id);
  return {
    officeId: office.id,
    elementSet: {
      ...setSummary(set),
      elements: set.elements.map((e) => ({ ...e, labels: [...e.labels], labelsEn: [...e.labelsEn] })),
      ...(set.weights && { weights: [...set.weights] })
    },
    profile: { gender: [...GENDERS], age: [...AGE_BANDS], education: [...EDUCATIONS], occupation: [...OCCUPATIONS] }
  };
}
