// `npm run import -- <command>`: SKM data into the embedded store (DATA_DIR). With the server running it goes
// through the server (it holds DATA_DIR's lock; docs/operations.md), else into DATA_DIR directly, holding the lock.
//   skm FILE --office ID [--set kepmenpan-25-2004] [--date YYYY-MM-DD] [--skip-invalid] [--dry-run]
//       per-respondent rows (answers 1–4 or a–d) or tallies (a `responden` column with element sums);
//       importing the same file twice adds nothing.
//   population --office ID --period 2026-S1 --users N     service users in a period (required sample)
//   elements FILE.json                                   a unit's own element set (added elements, weights)
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { createApp } from '../server/app.ts';
import { systemClock } from '../server/clock.ts';
import { parseEnv } from '../server/env.ts';
import { DomainError } from '../server/errors.ts';
import { defineElementSet } from '../server/services/surveys/define-element-set.ts';
import { importSurveyCsv } from '../server/services/surveys/import/import-csv.ts';
import { CLI_ACTOR } from '../server/services/staff/create-staff.ts';
import { setSurveyPopulation } from '../server/services/surveys/set-population.ts';
import type { OpenedStore } from '../server/store/open-store.ts';
import type { ImportReport } from '../server/services/surveys/import/import-csv.ts';
import { okOrExit, openStoreOrServer, type RunningServer } from './running-server.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    office: { type: 'string' },
    set: { type: 'string' },
    date: { type: 'string' },
    period: { type: 'string' },
    users: { type: 'string' },
    'skip-invalid': { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false }
  }
});

const MAX_ERRORS_SHOWN = 50;
const USAGE =
  'Pakai / usage:\n  npm run import -- skm FILE --office ID [--set ID] [--date YYYY-MM-DD] [--skip-invalid] [--dry-run]\n  npm run import -- population --office ID --period 2026-S1 --users N\n  npm run import -- elements FILE.json';
const config = parseEnv(process.env);
const started = performance.now();
const [command, file] = positionals;
const known = (command === 'skm' && file && values.office) || (command === 'population' && values.office && values.period && values.users) || (command === 'elements' && file);
if (!known) {
  console.error(USAGE);
  process.exit(2);
}
const target = await openStoreOrServer(config, 'npm run import');
const exitCode = 'server' in target ? await throughServer(target.server) : await intoStore(target.store);
process.exit(exitCode);

/** Says what an SKM import did; 1 when a row had errors. */
function reportImport(report: ImportReport): number {
  for (const error of report.errors.slice(0, MAX_ERRORS_SHOWN)) console.error(`baris/row ${error.row}, ${error.field}: ${error.message}`);
  if (report.errors.length > MAX_ERRORS_SHOWN) console.error(`… dan ${report.errors.length - MAX_ERRORS_SHOWN} kesalahan lain / more errors`);
  console.log(
    `${report.rows} baris (${report.kind === 'tallies' ? 'rekap' : 'responden'}, ${report.elementSet}): ${report.added} ditambahkan, ` +
      `${report.duplicates} sudah ada, ${report.errors.length} kesalahan` +
      (report.written ? '' : report.errors.length > 0 && !values['dry-run'] ? ' — tidak ada yang disimpan; perbaiki atau pakai --skip-invalid' : ' — uji coba, tidak disimpan') +
      ` (${Math.round(performance.now() - started)} ms)`
  );
  return report.errors.length > 0 ? 1 : 0;
}

/** The server holds DATA_DIR: the same verbs, run by it (server/routes/admin-cli.ts); what it refuses is said and exits 1. */
async function throughServer(server: RunningServer): Promise<number> {
  const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (command === 'skm') {
    const query = new URLSearchParams({ office: values.office!, ...(values.set && { set: values.set }), ...(values.date && { date: values.date }) });
    if (values['skip-invalid']) query.set('skipInvalid', '1');
    if (values['dry-run']) query.set('dryRun', '1');
    const res = await okOrExit(await server.request(`/api/v1/admin/import/skm?${query}`, { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: await readFile(file!) }));
    return reportImport((await res.json()) as ImportReport);
  }
  if (command === 'population') {
    await okOrExit(await server.request('/api/v1/admin/import/population', json({ officeId: values.office, period: values.period, population: Number(values.users) })));
    console.log(`Populasi ${values.office} ${values.period}: ${values.users} pengguna layanan (lewat server / through the server)`);
    return 0;
  }
  const res = await okOrExit(await server.request('/api/v1/admin/import/elements', json(JSON.parse(await readFile(file!, 'utf8')))));
  const set = (await res.json()) as { id: string; officeId: string };
  console.log(`Set unsur ${set.id} untuk ${set.officeId} disimpan; survei baru memakainya.`);
  return 0;
}

/** Nobody holds DATA_DIR: the verbs run here, on the store this script holds. */
async function intoStore(store: OpenedStore): Promise<number> {
  const app = await createApp({ store, clock: systemClock, config: { bodyLimitBytes: config.bodyLimitBytes } });
  const ctx = app.context;
  try {
    if (command === 'skm') {
      const bar = new SingleBar({ format: 'Impor SKM [{bar}] {percentage}% | {value}/{total} baris', hideCursor: true, clearOnComplete: false });
      const report = await importSurveyCsv({
        ctx,
        options: {
          officeId: values.office!,
          csv: await readFile(file!),
          elementSet: values.set,
          date: values.date,
          skipInvalid: values['skip-invalid'],
          dryRun: values['dry-run'],
          onProgress: (done, total) => (done === 0 ? bar.start(total, 0) : bar.update(done))
        }
      });
      bar.stop();
      return reportImport(report);
    }
    if (command === 'population') {
      await setSurveyPopulation({ ctx, by: { id: CLI_ACTOR }, officeId: values.office!, period: values.period!, population: Number(values.users) });
      console.log(`Populasi ${values.office} ${values.period}: ${values.users} pengguna layanan`);
      return 0;
    }
    const set = await defineElementSet({ ctx, input: JSON.parse(await readFile(file!, 'utf8')) });
    console.log(`Set unsur ${set.id} untuk ${set.officeId} disimpan; survei baru memakainya.`);
    return 0;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    console.error(`${error.title}: ${error.message}`);
    return 1;
  } finally {
    app.context.views.stop();
    await store.close();
  }
}
