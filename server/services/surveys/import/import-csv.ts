import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { ValidationError } from '../../../errors.ts';
import type { SurveySubmitted, SurveyTallied } from '../../../store/events.ts';
import type { ServiceContext } from '../../context.ts';
import { requireOffice } from '../../offices/find-office.ts';
import { activeElementSet, requireElementSet } from '../element-sets.ts';
import { mapHeader, readRow, type RowError } from './rows.ts';

export type ImportOptions = {
  officeId: string;
  csv: string | Buffer;
  /** Default: the office's current set; `kepmenpan-25-2004` for historical 14-element data. */
  elementSet?: string;
  /** The date of rows that have none (a paper survey of one day). */
  date?: string;
  /** Import the readable rows even when others have errors (default: nothing is written then). */
  skipInvalid?: boolean;
  dryRun?: boolean;
  onProgress?: (done: number, total: number) => void;
};

export type ImportReport = {
  kind: 'responses' | 'tallies';
  elementSet: string;
  rows: number;
  added: number;
  /** Rows already imported before (same content, same occurrence): skipped. */
  duplicates: number;
  errors: RowError[];
  written: boolean;
};

const BATCH = 1_000;

/**
 * Imports historical SKM data from CSV: one row per respondent (answers 1–4 or a–d) or one row per
 * tally (`responden` column with per-element sums). Each row gets a deterministic key from its content
 * and its occurrence among identical rows, stored in the event, so importing the same file twice adds nothing.
 */
export async function importSurveyCsv({ ctx, options }: { ctx: ServiceContext; options: ImportOptions }): Promise<ImportReport> {
  const office = requireOffice(ctx, options.officeId);
  const set = options.elementSet ? requireElementSet(ctx, office.id, options.elementSet) : activeElementSet(ctx, office.id);
  let records: string[][];
  try {
    records = parse(options.csv, { bom: true, delimiter: [',', ';', '\t'], relax_column_count: true, skip_empty_lines: true, trim: false });
  } catch (error) {
    throw new ValidationError([{ field: 'csv', message: `CSV tidak terbaca / unreadable CSV: ${(error as Error).message}` }]);
  }
  const [headerRow, ...data] = records;
  if (!headerRow) throw new ValidationError([{ field: 'csv', message: 'berkas kosong / empty file' }]);
  const header = mapHeader(headerRow, set);
  if (header.missing.length > 0) {
    throw new ValidationError([{ field: 'csv', message: `kolom unsur tidak ada / missing element columns: ${header.missing.join(', ')} (set ${set.id})` }]);
  }
  const services = new Map(
    ctx
      .catalog()
      .servicesOf(office.id)
      .flatMap((s) => [
        [s.id, s.id],
        [s.name.toLowerCase(), s.id]
      ])
  );
  const errors: RowError[] = [];
  const events: (SurveySubmitted | SurveyTallied)[] = [];
  const seen = new Map<string, number>();
  const at = ctx.clock.now();
  data.forEach((record, index) => {
    const row = index + 2; // the spreadsheet's row number: the header is row 1
    const { value, service, errors: rowErrors } = readRow(record, header, row, options.date);
    const serviceId = service === undefined ? undefined : (services.get(service) ?? services.get(service.toLowerCase()));
    if (service !== undefined && !serviceId) rowErrors.push({ row, field: 'layanan', message: `layanan '${service}' tidak ada di kantor ini / no such service here` });
    errors.push(...rowErrors);
    if (!value || rowErrors.length > 0) return;
    const { service: _service, ...content } = value;
    const fingerprint = JSON.stringify([office.id, set.id, serviceId ?? '', content]);
    const occurrence = (seen.get(fingerprint) ?? 0) + 1;
    seen.set(fingerprint, occurrence);
    const importKey = createHash('sha256').update(`${fingerprint}#${occurrence}`).digest('base64url').slice(0, 16);
    const common = { at, officeId: office.id, ...(serviceId && { serviceId }), elementSet: set.id, importKey };
    if (value.kind === 'tally') events.push({ type: 'survey.tallied', ...common, from: value.from, to: value.to, responses: value.responses, sums: value.sums });
    else
      events.push({
        type: 'survey.submitted',
        ...common,
        answers: value.answers,
        ...(value.respondent && { respondent: value.respondent }),
        ...(value.comment && { comment: value.comment }),
        channel: 'import',
        date: value.date
      });
  });
  const fresh = events.filter((event) => !ctx.views.surveys.hasImportKey(event.importKey!));
  const report: ImportReport = {
    kind: header.tally ? 'tallies' : 'responses',
    elementSet: set.id,
    rows: data.length,
    added: 0,
    duplicates: events.length - fresh.length,
    errors,
    written: false
  };
  if (options.dryRun || (errors.length > 0 && !options.skipInvalid)) return report;
  options.onProgress?.(0, fresh.length);
  for (let start = 0; start < fresh.length; start += BATCH) {
    const batch = fresh.slice(start, start + BATCH);
    await ctx.store.append(batch);
    report.added += batch.length;
    options.onProgress?.(report.added, fresh.length);
  }
  report.written = true;
  return report;
}
