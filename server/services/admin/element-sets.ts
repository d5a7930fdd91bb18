import type { ElementSetChoice, OfficeElementSets } from '../../../shared/schemas/admin.ts';
import type { ElementSet } from '../../../shared/skm/elements.ts';
import { ValidationError } from '../../errors.ts';
import type { StaffAccount } from '../../store/types.ts';
import type { ServiceContext } from '../context.ts';
import { requireOffice } from '../offices/find-office.ts';
import { requireOfficeManager } from '../staff/access.ts';
import { checkElementSet, storeElementSet } from '../surveys/define-element-set.ts';
import { activeElementSet, elementSetsOf } from '../surveys/element-sets.ts';
import { auditedChange, changesBetween } from './audit.ts';

// An office's SKM element set in the admin area: its managers and admins see, choose and define it. Sets
// are never changed once defined (answers already given refer to them); a change is a new set.

const describe = (set: ElementSet) => ({
  id: set.id,
  name: set.name,
  nameEn: set.nameEn,
  elements: set.elements.map((element, i) => ({ code: element.code, name: element.name, nameEn: element.nameEn, ...(set.weights && { weight: set.weights[i] }) }))
});

/** The sets new responses at the office may use (historical ones are for imports only), and the current one. */
export function officeElementSets({ ctx, staff, officeId }: { ctx: ServiceContext; staff: StaffAccount; officeId: string }): OfficeElementSets {
  requireOffice(ctx, officeId);
  requireOfficeManager(staff, officeId);
  return {
    current: activeElementSet(ctx, officeId).id,
    sets: elementSetsOf(ctx, officeId)
      .filter((set) => !set.historical)
      .map(describe)
  };
}

/** Makes one of the office's sets the one new responses use, at once. */
export async function chooseElementSet({ ctx, staff, officeId, input }: { ctx: ServiceContext; staff: StaffAccount; officeId: string; input: ElementSetChoice }): Promise<OfficeElementSets> {
  requireOffice(ctx, officeId);
  requireOfficeManager(staff, officeId);
  const set = elementSetsOf(ctx, officeId).find((candidate) => candidate.id === input.elementSet && !candidate.historical);
  if (!set) throw new ValidationError([{ field: 'elementSet', message: `set unsur '${input.elementSet}' tidak dikenal di kantor ini / unknown element set for this office` }]);
  const from = activeElementSet(ctx, officeId).id;
  await auditedChange(ctx, staff, (draft) => {
    draft.currentElementSets = { ...draft.currentElementSets, [officeId]: set.id };
    return { kind: 'office', objectId: officeId, action: 'choose-element-set', changes: from === set.id ? [] : [{ field: 'elementSet', from, to: set.id }] };
  });
  return officeElementSets({ ctx, staff, officeId });
}

/** Defines the office's own set (the nine plus added elements, optional weights); it becomes current at once. */
export async function defineOfficeElementSet({ ctx, staff, officeId, input }: { ctx: ServiceContext; staff: StaffAccount; officeId: string; input: object }): Promise<OfficeElementSets> {
  requireOffice(ctx, officeId);
  requireOfficeManager(staff, officeId);
  const definition = checkElementSet(ctx, { ...input, officeId });
  const from = activeElementSet(ctx, officeId).id;
  await auditedChange(ctx, staff, (draft) => {
    storeElementSet(draft, definition);
    const { officeId: _office, ...defined } = definition;
    const changes = [{ field: 'elementSet', from, to: definition.id }, ...changesBetween(undefined, defined).map((change) => ({ ...change, field: `elementSet.${change.field}` }))];
    return { kind: 'office', objectId: officeId, action: 'define-element-set', changes };
  });
  return officeElementSets({ ctx, staff, officeId });
}
