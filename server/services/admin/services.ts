import type { Service } from '../../../shared/schemas/index.ts';
import type { ServiceChange, ServiceInput } from '../../../shared/schemas/admin.ts';
import { NotFoundError } from '../../errors.ts';
import type { StaffAccount } from '../../store/types.ts';
import type { ServiceContext } from '../context.ts';
import { requireOffice } from '../offices/find-office.ts';
import { requireOfficeManager } from '../staff/access.ts';
import { auditedChange, changesBetween } from './audit.ts';
import { idFromName } from './ids.ts';

/** Adds a service to an office, with its targets in working days (managers of the office and admins). */
export async function createService({ ctx, staff, officeId, input }: { ctx: ServiceContext; staff: StaffAccount; officeId: string; input: ServiceInput }): Promise<Service> {
  requireOffice(ctx, officeId);
  requireOfficeManager(staff, officeId);
  let service: Service | undefined;
  await auditedChange(ctx, staff, (draft) => {
    const id = idFromName(`${officeId}-${input.name}`, (candidate) => draft.services.some((s) => s.id === candidate));
    service = { id, officeId, name: input.name, firstResponseWorkingDays: input.firstResponseWorkingDays, targetWorkingDays: input.targetWorkingDays };
    draft.services.push(service);
    return { kind: 'service', objectId: id, action: 'create', changes: changesBetween(undefined, service) };
  });
  return service!;
}

/** Renames a service or changes its targets; complaints filed from now on get the new deadlines. */
export async function updateService({ ctx, staff, serviceId, input }: { ctx: ServiceContext; staff: StaffAccount; serviceId: string; input: ServiceChange }): Promise<Service> {
  const current = ctx.catalog().service(serviceId);
  if (!current) throw new NotFoundError(`Layanan/service '${serviceId}'`);
  requireOfficeManager(staff, current.officeId);
  let updated: Service | undefined;
  await auditedChange(ctx, staff, (draft) => {
    const index = draft.services.findIndex((s) => s.id === serviceId);
    const before = draft.services[index]!;
    draft.services[index] = updated = { ...before, ...input };
    return { kind: 'service', objectId: serviceId, action: 'update', changes: changesBetween(before, updated) };
  });
  return updated!;
}
