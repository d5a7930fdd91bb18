import { BUILT_IN_SETS, SKM_2017, unitElementSet, type ElementSet } from '../../../shared/skm/elements.ts';
import { ValidationError } from '../../errors.ts';
import type { ServiceContext } from '../context.ts';

/** Every set an office may use: the built-in ones and the unit's own, oldest first. */
export function elementSetsOf(ctx: ServiceContext, officeId: string): ElementSet[] {
  const own = (ctx.store.catalog.get().surveyElementSets ?? []).filter((set) => set.officeId === officeId).map(unitElementSet);
  return [...BUILT_IN_SETS, ...own];
}

/**
 * The set new responses at an office use: the one chosen in the admin area, else the unit's latest own set,
 * else PermenPANRB 14/2017. Read on every request, so a change applies at once.
 */
export function activeElementSet(ctx: ServiceContext, officeId: string): ElementSet {
  const catalog = ctx.store.catalog.get();
  const chosen = catalog.currentElementSets?.[officeId];
  if (chosen) {
    const set = elementSetsOf(ctx, officeId).find((candidate) => candidate.id === chosen && !candidate.historical);
    if (set) return set;
  }
  const own = (catalog.surveyElementSets ?? []).filter((set) => set.officeId === officeId);
  return own.length > 0 ? unitElementSet(own[own.length - 1]!) : SKM_2017;
}

/** A named set the office may use, or a 422 on `field`. */
export function requireElementSet(ctx: ServiceContext, officeId: string, id: string, field = 'elementSet'): ElementSet {
  const set = elementSetsOf(ctx, officeId).find((candidate) => candidate.id === id);
  if (!set) throw new ValidationError([{ field, message: `set unsur '${id}' tidak dikenal di kantor ini / unknown element set for this office` }]);
  return set;
}

/** What the API says about a set. */
export function setSummary(set: ElementSet) {
  return { id: set.id, name: set.name, nameEn: set.nameEn, rule: set.rule, historical: set.historical };
}
