// `npm run import -- <command>`: SKM data into the embedded store (DATA_DIR). Stop the server first:
// the store has one writer, and a running server would not see what this adds until it restarts.
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
import { setSurveyPopulation } from '../server/services/surveys/set-population.ts';
import { openStoreOrExit } from './open-store.ts';

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
const config = parseEnv(process.env);
const started = performance.now();
const store = await openStoreOrExit(config.dataDir, 'npm run import');
const app = await createApp({ store, clock: systemClock, config: { bodyLimitBytes: config.bodyLimitBytes } });
const ctx = app.context;
let exitCode = 0;
try {
  const [command, file] = positionals;
  if (command === 'skm' && file && values.office) {
    const bar = new SingleBar({ format: 'Impor SKM [{bar}] {percentage}% | {value}/{total} baris', hideCursor: true, clearOnComplete: false });
    const report = await importSurveyCsv({
      ctx,
      options: {
        officeId: values.office,
        csv: await readFile(file),
        elementSet: values.set,
        date: values.date,
        skipInvalid: values['skip-invalid'],
        dryRun: values['dry-run'],
        onProgress: (done, total) => (done === 0 ? bar.start(total, 0) : bar.update(done))
      }
    });
    bar.stop();
    for (const error of report.errors.slice(0, MAX_ERRORS_SHOWN)) console.error(`baris/row ${error.row}, ${error.field}: ${error.message}`);
    if (report.errors.length > MAX_ERRORS_SHOWN) console.error(`… dan ${report.errors.length - MAX_ERRORS_SHOWN} kesalahan lain / more errors`);
    console.log(
      `${report.rows} baris (${report.kind === 'tallies' ? 'rekap' : 'responden'}, ${report.elementSet}): ${report.added} ditambahkan, ` +
        `${report.duplicates} sudah ada, ${report.errors.length} kesalahan` +
        (report.written ? '' : report.errors.length > 0 && !values['dry-run'] ? ' — tidak ada yang disimpan; perbaiki atau pakai --skip-invalid' : ' — uji coba, tidak disimpan') +
        ` (${Math.round(performance.now() - started)} ms)`
    );
    if (report.errors.length > 0) exitCode = 1;
  } else if (command === 'population' && values.office && values.period && values.users) {
    await setSurveyPopulation({ ctx, officeId: values.office, period: values.period, population: Number(values.users) });
    console.log(`Populasi ${values.office} ${values.period}: ${values.users} pengguna layanan`);
  } else if (command === 'elements' && file) {
    const set = await defineElementSet({ ctx, input: JSON.parse(await readFile(file, 'utf8')) });
    console.log(`Set unsur ${set.id} untuk ${set.officeId} disimpan; survei baru memakainya.`);
  } else {
    console.error(
      'Pakai / usage:\n  npm run import -- skm FILE --office ID [--set ID] [--date YYYY-MM-DD] [--skip-invalid] [--dry-run]\n  npm run import -- population --office ID --period 2026-S1 --users N\n  npm run import -- elements FILE.json'
    );
    exitCode = 2;
  }
} catch (error) {
  if (!(error instanceof DomainError)) throw error;
  console.error(`${error.title}: ${error.message}`);
  exitCode = 1;
} finally {
  app.context.views.stop();
  await store.close();
}
process.exit(exitCode);
