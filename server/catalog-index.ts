import type { Office, Service } from '../shared/schemas/index.ts';
import type { Catalog, CatalogStore } from './store/types.ts';

export type CatalogIndex = {
  catalog: Catalog;
  office(id: string): Office | undefined;
  service(id: string): Service | undefined;
  servicesOf(officeId: string): Service[];
  holidays: ReadonlySet<string>;
};

/**
 * Lookup maps over the catalog, rebuilt only when the catalog changes (a store hands out a new
 * catalog object on every update), so per-event and per-request lookups are O(1).
 */
export function catalogIndex(catalogStore: CatalogStore): () => CatalogIndex {
  let index: CatalogIndex | undefined;
  return () => {
    const catalog = catalogStore.get();
    if (index?.catalog === catalog) return index;
    const offices = new Map(catalog.offices.map((office) => [office.id, office]));
    const services = new Map(catalog.services.map((service) => [service.id, service]));
    const byOffice = new Map<string, Service[]>();
    for (const service of catalog.services) byOffice.set(service.officeId, [...(byOffice.get(service.officeId) ?? []), service]);
    index = {
      catalog,
      office: (id) => offices.get(id),
      service: (id) => services.get(id),
      servicesOf: (officeId) => byOffice.get(officeId) ?? [],
      holidays: new Set(catalog.holidays)
    };
    return index;
  };
}
