import type { Catalog } from './types.ts';

/** The catalog of a new installation: nothing configured, not in demo mode. */
export function emptyCatalog(): Catalog {
  return { agencies: [], offices: [], services: [], holidays: [], demo: false };
}

/**
 * Applies a change to a copy, so a change that throws halfway leaves the current catalog intact
 * (readers hold the current object and must never see half an update).
 */
export function changedCatalog(current: Catalog, change: (draft: Catalog) => void): Catalog {
  const draft = structuredClone(current);
  change(draft);
  return draft;
}
