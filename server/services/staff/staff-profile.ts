import type { StaffProfile } from '../../../shared/schemas/index.ts';
import type { StaffAccount } from '../../store/types.ts';
import type { ServiceContext } from '../context.ts';
import { officeIdsOf } from './access.ts';

/** Who is logged in and the offices (with services) they answer for; never the password hash. */
export function getStaffProfile({ ctx, staff }: { ctx: ServiceContext; staff: StaffAccount }): StaffProfile {
  const index = ctx.catalog();
  const offices = officeIdsOf(ctx, staff)
    .map((id) => index.office(id)!)
    .sort((a, b) => a.name.localeCompare(b.name, 'id'))
    .map((office) => ({
      id: office.id,
      name: office.name,
      timeZone: office.timeZone,
      services: index.servicesOf(office.id).map((service) => ({ id: service.id, name: service.name }))
    }));
  return { id: staff.id, name: staff.name, email: staff.email, role: staff.role, offices, ...(staff.language && { language: staff.language }) };
}
