import { parse } from 'csv-parse/sync';
import type { Office, Service, TimeZone } from '../../../shared/schemas/index.ts';
import { ValidationError } from '../../errors.ts';
import type { AuditEntry, Catalog, StaffAccount } from '../../store/types.ts';
import type { ServiceContext } from '../context.ts';
import { requireAdmin } from '../staff/access.ts';
import { changesBetween } from './audit.ts';
import { idFromName } from './ids.ts';

/** The columns, in Indonesian as an agency's spreadsheet has them; one row per service (or an office without one). */
export const OFFICE_CSV_COLUMNS = ['kantor', 'nama_singkat', 'jenis', 'alamat', 'zona', 'layanan', 'tanggapan_hari', 'selesai_hari'] as const;
const ZONES: Record<string, TimeZone> = { WIB: 'Asia/Jakarta', WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura' };

export type ImportChange = { row: number; kind: 'office' | 'service'; id: string; action: 'create' | 'update'; changes: AuditEntry['changes'] };
export type ImportReport = { applied: boolean; changes: ImportChange[]; errors: { row: number; message: string }[] };

type Row = Record<(typeof OFFICE_CSV_COLUMNS)[number], string | undefined>;

/**
 * Offices and services of one agency from a CSV file (admins). Offices match by name, services by office and
 * name; a dry run lists what would change and every bad row, and a file with a bad row changes nothing.
 */
export async function importOffices({ ctx, staff, agencyId, csv, dryRun }: { ctx: ServiceContext; staff: StaffAccount; agencyId: string; csv: string; dryRun: boolean }): Promise<ImportReport> {
  requireAdmin(staff);
  if (!ctx.catalog().catalog.agencies.some((a) => a.id === agencyId)) throw new ValidationError([{ field: 'agencyId', message: `instansi tidak dikenal / unknown agency: ${agencyId}` }]);
  let rows: Row[];
  try {
    rows = parse(csv, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true }) as Row[];
  } catch (error) {
    throw new ValidationError([{ field: 'csv', message: `CSV tidak terbaca / unreadable CSV: ${(error as Error).message}` }]);
  }
  const report: ImportReport = { applied: false, changes: [], errors: [] };
  const planned = plan(ctx.catalog().catalog, agencyId, rows, report);
  if (dryRun || report.errors.length > 0 || report.changes.length === 0) return report;
  const at = ctx.clock.now();
  await ctx.store.catalog.update((draft) => {
    draft.offices = planned.offices;
    draft.services = planned.services;
    (draft.audit ??= []).push(...report.changes.map(({ kind, id, action, changes }) => ({ at, staffId: staff.id, kind, objectId: id, action: `import-${action}`, changes })));
  });
  return { ...report, applied: true };
}

/** The catalog's offices and services after the file, with each change and bad row noted in `report`. */
function plan(catalog: Catalog, agencyId: string, rows: Row[], report: ImportReport): { offices: Office[]; services: Service[] } {
  const offices = catalog.offices.map((o) => ({ ...o }));
  const services = catalog.services.map((s) => ({ ...s }));
  const agency = catalog.agencies.find((a) => a.id === agencyId)!;
  rows.forEach((row, i) => {
    const line = i + 2; // the header is line 1
    const bad = (message: string) => void report.errors.push({ row: line, message });
    const name = row.kantor ?? '';
    const zone = ZONES[(row.zona ?? '').toUpperCase()];
    if (!name) return bad('kolom kantor kosong / office name missing');
    if (!zone) return bad(`zona harus WIB, WITA atau WIT / zone must be WIB, WITA or WIT: '${row.zona ?? ''}'`);
    if (!row.jenis || !row.alamat) return bad('jenis dan alamat wajib / kind and address are required');
    const fields = { name, ...(row.nama_singkat && { shortName: row.nama_singkat }), kind: row.jenis, address: row.alamat, timeZone: zone };
    let office = offices.find((o) => o.name.toLowerCase() === name.toLowerCase());
    if (!office) {
      const id = idFromName(row.nama_singkat || name, (candidate) => offices.some((o) => o.id === candidate));
      office = { id, agencyId, region: agency.name, ...fields };
      offices.push(office);
      report.changes.push({ row: line, kind: 'office', id, action: 'create', changes: changesBetween(undefined, office) });
    } else {
      const after = { ...office, ...fields };
      const changes = changesBetween(office, after);
      if (changes.length > 0) {
        Object.assign(office, fields);
        report.changes.push({ row: line, kind: 'office', id: office.id, action: 'update', changes });
      }
    }
    if (!row.layanan) return;
    const first = Number(row.tanggapan_hari || 3);
    const resolution = Number(row.selesai_hari);
    if (![first, resolution].every((n) => Number.isInteger(n) && n >= 1 && n <= 365)) return bad('tanggapan_hari dan selesai_hari: 1–365 hari kerja / working days 1–365');
    const officeId = office.id;
    const existing = services.find((s) => s.officeId === officeId && s.name.toLowerCase() === row.layanan!.toLowerCase());
    const target = { name: row.layanan, firstResponseWorkingDays: first, targetWorkingDays: resolution };
    if (!existing) {
      const service = { id: idFromName(`${officeId}-${row.layanan}`, (c) => services.some((s) => s.id === c)), officeId, ...target };
      services.push(service);
      report.changes.push({ row: line, kind: 'service', id: service.id, action: 'create', changes: changesBetween(undefined, service) });
    } else {
      const changes = changesBetween(existing, { ...existing, ...target });
      if (changes.length === 0) return;
      Object.assign(existing, target);
      report.changes.push({ row: line, kind: 'service', id: existing.id, action: 'update', changes });
    }
  });
  return { offices, services };
}
