import type { SurveyCreated, SurveyInput } from '../../../shared/schemas/index.ts';
import { ValidationError } from '../../errors.ts';
import type { SurveySubmitted } from '../../store/events.ts';
import type { ServiceContext } from '../context.ts';
import { requireOpenOffice, requireServiceOf } from '../offices/find-office.ts';
import { activeElementSet } from './element-sets.ts';

/** Records a full SKM response on the office's current element set; every element must be answered. */
export async function submitSurvey({ ctx, input }: { ctx: ServiceContext; input: SurveyInput }): Promise<SurveyCreated> {
  requireOpenOffice(ctx, input.officeId);
  requireServiceOf(ctx, input.officeId, input.serviceId);
  const set = activeElementSet(ctx, input.officeId);
  const codes = new Set(set.elements.map((e) => e.code));
  const errors = [
    ...set.elements.filter((e) => input.answers[e.code] === undefined).map((e) => ({ field: `answers.${e.code}`, message: `belum dijawab / not answered (${e.name})` })),
    ...Object.keys(input.answers)
      .filter((code) => !codes.has(code))
      .map((code) => ({ field: `answers.${code}`, message: 'bukan unsur survei ini / not an element of this survey' }))
  ];
  if (errors.length > 0) throw new ValidationError(errors);
  const respondent = Object.fromEntries(Object.entries(input.respondent ?? {}).filter(([, value]) => value !== undefined));
  const event: SurveySubmitted = {
    type: 'survey.submitted',
    at: ctx.clock.now(),
    officeId: input.officeId,
    ...(input.serviceId && { serviceId: input.serviceId }),
    elementSet: set.id,
    answers: set.elements.map((e) => input.answers[e.code] as 1 | 2 | 3 | 4),
    ...(Object.keys(respondent).length > 0 && { respondent }),
    ...(input.comment && { comment: input.comment }),
    channel: input.channel
  };
  const [stored] = await ctx.store.append([event]);
  return { id: `s${stored!.seq}`, elementSet: set.id };
}
