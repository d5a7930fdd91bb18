import type { Office } from '../../../shared/schemas/index.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';

/** The office, or a 404 naming it. */
export function requireOffice(ctx: ServiceContext, officeId: string): Office {
  const office = ctx.catalog().office(officeId);
  if (!office) throw new NotFoundError(`Kantor/office '${officeId}'`);
  return office;
}

/** The office, if it still takes ratings, complaints and surveys: a closed one keeps its history only. */
export function requireOpenOffice(ctx: ServiceContext, officeId: string): Office {
  const office = requireOffice(ctx, officeId);
  if (office.closed) throw new ConflictError(`Kantor '${office.name}' sudah tutup / this office is closed`);
  return office;
}

/** Checks that an optional service belongs to the office; a mismatch is the client's field error. */
export function requireServiceOf(ctx: ServiceContext, officeId: string, serviceId: string | undefined): void {
  if (serviceId === undefined) return;
  if (ctx.catalog().service(serviceId)?.officeId !== officeId) {
    throw new ValidationError([{ field: 'serviceId', message: `layanan '${serviceId}' tidak ada di kantor ini / no such service at this office` }]);
  }
}
