import type { Office, OfficeWithServices } from '../../../shared/schemas/index.ts';
import { NotFoundError } from '../../errors.ts';
import type { Catalog } from '../../store/types.ts';
import type { ServiceContext } from '../context.ts';
import { Serialised } from '../stats/serialised.ts';
import { requireOffice } from './find-office.ts';

// Every page asks for the list (the layout), and the league table walks it: sort and serialise it
// once per catalog (a catalog is replaced, never changed, so the object is the version).
const byName = new Intl.Collator('id');
const sorted = new WeakMap<Catalog, { offices: Office[]; serialised?: Serialised }>();

function sortedOffices(ctx: ServiceContext): { offices: Office[]; serialised?: Serialised } {
  const catalog = ctx.catalog().catalog;
  let entry = sorted.get(catalog);
  if (!entry) sorted.set(catalog, (entry = { offices: [...catalog.offices].sort((a, b) => byName.compare(a.name, b.name)) }));
  return entry;
}

/** All offices, by name. */
export function listOffices({ ctx }: { ctx: ServiceContext }): Office[] {
  return [...sortedOffices(ctx).offices];
}

/** `{ offices: listOffices() }` as the bytes of its JSON answer. */
export function listOfficesSerialised({ ctx }: { ctx: ServiceContext }): Serialised {
  const entry = sortedOffices(ctx);
  return (entry.serialised ??= new Serialised({ offices: entry.offices }));
}

/** One office with its agency and services. */
export function getOffice({ ctx, officeId }: { ctx: ServiceContext; officeId: string }): OfficeWithServices {
  const office = requireOffice(ctx, officeId);
  const index = ctx.catalog();
  const agency = index.catalog.agencies.find((a) => a.id === office.agencyId);
  if (!agency) throw new NotFoundError(`Instansi/agency '${office.agencyId}'`);
  return { ...office, agency, services: index.servicesOf(office.id) };
}
