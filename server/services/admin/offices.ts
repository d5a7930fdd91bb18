import type { Office } from '../../../shared/schemas/index.ts';
import type { NewOfficeInput, OfficeChange } from '../../../shared/schemas/admin.ts';
import { ForbiddenError, ValidationError } from '../../errors.ts';
import type { StaffAccount } from '../../store/types.ts';
import type { ServiceContext } from '../context.ts';
import { requireOffice } from '../offices/find-office.ts';
import { requireAdmin, requireOfficeManager } from '../staff/access.ts';
import { auditedChange, changesBetween } from './audit.ts';
import { idFromName } from './ids.ts';

/** Adds an office to an agency (admins); it takes ratings and complaints at once. */
export async function createOffice({ ctx, staff, input }: { ctx: ServiceContext; staff: StaffAccount; input: NewOfficeInput }): Promise<Office> {
  requireAdmin(staff);
  const agency = ctx.catalog().catalog.agencies.find((a) => a.id === input.agencyId);
  if (!agency) throw new ValidationError([{ field: 'agencyId', message: `instansi tidak dikenal / unknown agency: ${input.agencyId}` }]);
  let office: Office | undefined;
  await auditedChange(ctx, staff, (draft) => {
    const id = idFromName(input.shortName || input.name, (candidate) => draft.offices.some((o) => o.id === candidate));
    office = {
      id,
      name: input.name,
      ...(input.shortName && { shortName: input.shortName }),
      agencyId: agency.id,
      kind: input.kind,
      region: agency.name,
      address: input.address,
      timeZone: input.timeZone
    };
    draft.offices.push(office);
    return { kind: 'office', objectId: id, action: 'create', changes: changesBetween(undefined, office) };
  });
  return office!;
}

/** Edits an office. Name, address, zone and closing are the admins'; the widget's origins also its managers'. */
export async function updateOffice({ ctx, staff, officeId, input }: { ctx: ServiceContext; staff: StaffAccount; officeId: string; input: OfficeChange }): Promise<Office> {
  requireOffice(ctx, officeId);
  requireOfficeManager(staff, officeId);
  const { allowedOrigins, ...adminFields } = input;
  if (Object.keys(adminFields).length > 0 && staff.role !== 'admin') throw new ForbiddenError('Hanya admin yang mengubah data kantor / only admins edit the office itself');
  let updated: Office | undefined;
  await auditedChange(ctx, staff, (draft) => {
    const index = draft.offices.findIndex((o) => o.id === officeId);
    const before = draft.offices[index]!;
    const after: Office = { ...before, ...adminFields, ...(allowedOrigins && { allowedOrigins: [...new Set(allowedOrigins)] }) };
    if (after.shortName === '') delete after.shortName;
    draft.offices[index] = updated = after;
    const action = input.closed === true && !before.closed ? 'close' : input.closed === false && before.closed ? 'reopen' : 'update';
    return { kind: 'office', objectId: officeId, action, changes: changesBetween(before, after) };
  });
  return updated!;
}
