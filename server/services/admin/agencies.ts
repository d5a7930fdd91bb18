import type { Agency } from '../../../shared/schemas/index.ts';
import type { AgencyInput, HolidayInput } from '../../../shared/schemas/admin.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import type { StaffAccount } from '../../store/types.ts';
import type { ServiceContext } from '../context.ts';
import { requireAdmin } from '../staff/access.ts';
import { auditedChange, changesBetween } from './audit.ts';
import { idFromName } from './ids.ts';

/** Adds an agency (a region's government or one of its bodies); admins. */
export async function createAgency({ ctx, staff, input }: { ctx: ServiceContext; staff: StaffAccount; input: AgencyInput }): Promise<Agency> {
  requireAdmin(staff);
  let agency: Agency | undefined;
  await auditedChange(ctx, staff, (draft) => {
    agency = { id: idFromName(input.name, (id) => draft.agencies.some((a) => a.id === id)), name: input.name, level: input.level };
    draft.agencies.push(agency);
    return { kind: 'agency', objectId: agency.id, action: 'create', changes: changesBetween(undefined, agency) };
  });
  return agency!;
}

/** Renames an agency; its offices' region name follows. */
export async function updateAgency({ ctx, staff, agencyId, input }: { ctx: ServiceContext; staff: StaffAccount; agencyId: string; input: Partial<AgencyInput> }): Promise<Agency> {
  requireAdmin(staff);
  if (!ctx.catalog().catalog.agencies.some((a) => a.id === agencyId)) throw new NotFoundError(`Instansi/agency '${agencyId}'`);
  let updated: Agency | undefined;
  await auditedChange(ctx, staff, (draft) => {
    const index = draft.agencies.findIndex((a) => a.id === agencyId);
    const before = draft.agencies[index]!;
    draft.agencies[index] = updated = { ...before, ...input };
    for (const office of draft.offices) if (office.agencyId === agencyId) office.region = updated.name;
    return { kind: 'agency', objectId: agencyId, action: 'update', changes: changesBetween(before, updated) };
  });
  return updated!;
}

/** Adds a regional holiday: no working day anywhere, so deadlines of complaints filed from now on skip it. */
export async function addHoliday({ ctx, staff, input }: { ctx: ServiceContext; staff: StaffAccount; input: HolidayInput }): Promise<void> {
  requireAdmin(staff);
  if (Number.isNaN(Date.parse(`${input.date}T00:00:00Z`))) throw new ConflictError(`Tanggal tidak ada / no such date: ${input.date}`);
  if ((ctx.catalog().catalog.regionalHolidays ?? []).some((h) => h.date === input.date)) throw new ConflictError(`Sudah ada / already listed: ${input.date}`);
  await auditedChange(ctx, staff, (draft) => {
    (draft.regionalHolidays ??= []).push({ date: input.date, name: input.name });
    draft.regionalHolidays.sort((a, b) => a.date.localeCompare(b.date));
    if (!draft.holidays.includes(input.date)) draft.holidays = [...draft.holidays, input.date].sort();
    return { kind: 'holiday', objectId: input.date, action: 'create', changes: changesBetween(undefined, input) };
  });
}

/** Removes a regional holiday (a national one stays a holiday). */
export async function removeHoliday({ ctx, staff, date, national }: { ctx: ServiceContext; staff: StaffAccount; date: string; national: ReadonlySet<string> }): Promise<void> {
  requireAdmin(staff);
  const holiday = (ctx.catalog().catalog.regionalHolidays ?? []).find((h) => h.date === date);
  if (!holiday) throw new NotFoundError(`Hari libur daerah/regional holiday '${date}'`);
  await auditedChange(ctx, staff, (draft) => {
    draft.regionalHolidays = (draft.regionalHolidays ?? []).filter((h) => h.date !== date);
    if (!national.has(date)) draft.holidays = draft.holidays.filter((d) => d !== date);
    return { kind: 'holiday', objectId: date, action: 'delete', changes: changesBetween(holiday, undefined) };
  });
}
