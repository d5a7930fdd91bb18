import type { Office, OfficeWithServices } from '../../../shared/schemas/index.ts';
import { NotFoundError } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';
import { requireOffice } from './find-office.ts';

/** All offices, by name. */
export function listOffices({ ctx }: { ctx: ServiceContext }): Office[] {
  return [...ctx.catalog().catalog.offices].sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

/** One office with its agency and services. */
export function getOffice({ ctx, officeId }: { ctx: ServiceContext; officeId: string }): OfficeWithServices {
  const office = requireOffice(ctx, officeId);
  const index = ctx.catalog();
  const agency = index.catalog.agencies.find((a) => a.id === office.agencyId);
  if (!agency) throw new NotFoundError(`Instansi/agency '${office.agencyId}'`);
  return { ...office, agency, services: index.servicesOf(office.id) };
}
