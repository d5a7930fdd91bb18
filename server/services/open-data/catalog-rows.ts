import { activeElementSet } from '../surveys/element-sets.ts';
import type { RowProducer } from './rows.ts';

/** The offices, each with its agency and the element set its IKM uses. */
export const officeRows: RowProducer = async ({ ctx, sink }) => {
  const index = ctx.catalog();
  for (const office of index.catalog.offices) {
    const agency = index.catalog.agencies.find((a) => a.id === office.agencyId);
    sink.push([
      office.id,
      office.name,
      office.agencyId,
      agency?.name ?? null,
      agency?.level ?? null,
      office.kind,
      office.region,
      office.address,
      office.coordinates?.lat ?? null,
      office.coordinates?.lon ?? null,
      office.timeZone,
      activeElementSet(ctx, office.id).id
    ]);
  }
};

/** Every office's services with their targets. */
export const serviceRows: RowProducer = async ({ ctx, sink }) => {
  for (const service of ctx.catalog().catalog.services) sink.push([service.id, service.officeId, service.name, service.targetWorkingDays]);
};
