import { parseSkmPeriod } from '../../../shared/skm/period.ts';
import { ForbiddenError, ValidationError } from '../../errors.ts';
import type { StaffAccount } from '../../store/types.ts';
import { auditedChange } from '../admin/audit.ts';
import type { ServiceContext } from '../context.ts';
import { requireOffice } from '../offices/find-office.ts';

/** The population is the office's own declaration: its managers and admins set it, officers do not. */
export function requirePopulationRight(staff: StaffAccount, officeId: string): void {
  if (staff.role === 'admin' || (staff.role === 'manager' && staff.officeIds.includes(officeId))) return;
  throw new ForbiddenError('Hanya manajer kantor ini atau admin / managers of this office and admins only');
}

/**
 * Sets (or replaces) an office's number of service users in one SKM period, for the required sample. The
 * office's history records it like any admin change; `by` is the staff member, or the command line.
 */
export async function setSurveyPopulation({
  ctx,
  by,
  officeId,
  period,
  population
}: {
  ctx: ServiceContext;
  by: Pick<StaffAccount, 'id'>;
  officeId: string;
  period: string;
  population: number;
}): Promise<void> {
  requireOffice(ctx, officeId);
  const parsed = parseSkmPeriod(period);
  const errors = [];
  if (!parsed) errors.push({ field: 'period', message: 'contoh/e.g. 2026, 2026-S1, 2026-Q3, 2026-11' });
  if (!Number.isInteger(population) || population < 1 || population > 100_000_000) errors.push({ field: 'population', message: 'bilangan bulat ≥ 1 / a whole number ≥ 1' });
  if (errors.length > 0) throw new ValidationError(errors);
  const label = parsed!.label;
  await auditedChange(ctx, by, (draft) => {
    const list = draft.surveyPopulations ?? [];
    const from = list.find((entry) => entry.officeId === officeId && entry.period === label)?.population;
    draft.surveyPopulations = [...list.filter((entry) => !(entry.officeId === officeId && entry.period === label)), { officeId, period: label, population }];
    const changes = from === population ? [] : [{ field: `population ${label}`, from, to: population }];
    return { kind: 'office', objectId: officeId, action: 'set-population', changes };
  });
}
