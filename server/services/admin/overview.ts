import type { AdminOverview } from '../../../shared/schemas/admin.ts';
import { ForbiddenError } from '../../errors.ts';
import { NATIONAL_HOLIDAYS } from '../../holidays/national.ts';
import type { StaffAccount } from '../../store/types.ts';
import type { ServiceContext } from '../context.ts';
import { officeIdsOf } from '../staff/access.ts';
import { staffSummary } from './staff.ts';

/** What the admin area shows: all of it to admins; to managers their offices only, no accounts; officers nothing. */
export function adminOverview({ ctx, staff }: { ctx: ServiceContext; staff: StaffAccount }): AdminOverview {
  if (staff.role === 'officer') throw new ForbiddenError('Hanya manajer dan admin / managers and admins only');
  const index = ctx.catalog();
  const { catalog } = index;
  const mine = new Set(officeIdsOf(ctx, staff));
  const isAdmin = staff.role === 'admin';
  return {
    agencies: catalog.agencies,
    offices: catalog.offices.filter((office) => mine.has(office.id)).map((office) => ({ ...office, services: index.servicesOf(office.id) })),
    nationalHolidays: NATIONAL_HOLIDAYS.map(({ date, name, cutiBersama, estimated }) => ({ date, name, cutiBersama: cutiBersama ?? false, estimated: estimated ?? false })),
    regionalHolidays: catalog.regionalHolidays ?? [],
    staff: isAdmin ? ctx.store.staff.all().map(staffSummary) : []
  };
}
