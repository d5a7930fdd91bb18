// `npm run seed -- --ratings 1000000 --complaints 100000 --offices 200 --dir DATA_DIR`: a big,
// realistic, deterministic data set (the demo regency repeated with its own places and characters),
// written through the real store API. See server/demo/scaled/ for the distributions. With DATABASE_URL set (and
// no --dir), or --database-url, it seeds that PostgreSQL database instead.
import { mkdir, writeFile } from 'node:fs/promises';
import { SingleBar } from 'cli-progress';
import { scaledCatalog } from '../server/demo/scaled/catalog.ts';
import { scaledEvents } from '../server/demo/scaled/events.ts';
import { parseEnv } from '../server/env.ts';
import { openStoreOrExit } from './open-store.ts';
import { parseSeedOptions } from './seed/options.ts';
import { bytesUnder, writeSeed } from './seed/write.ts';

let options;
try {
  options = parseSeedOptions(process.argv.slice(2), Date.now(), parseEnv(process.env).databaseUrl);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const started = performance.now();
const bar = new SingleBar({
  format: '{phase} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}',
  hideCursor: true,
  // Without a terminal (CI, the bench), one line now and then instead of redrawing.
  noTTYOutput: !process.stderr.isTTY,
  notTTYSchedule: 5_000
});

const scaled = scaledCatalog(options.offices, options.seed);
bar.start(scaled.catalog.offices.length, 0, { phase: 'Membuat data / generating' });
const events = scaledEvents({ ...options, scaled, onOffice: (done) => bar.update(done) });
bar.stop();
const generatedMs = performance.now() - started;

if (!options.databaseUrl) await mkdir(options.dir, { recursive: true });
const store = await openStoreOrExit(options.dir, 'npm run seed', options.databaseUrl);
bar.start(events.length, 0, { phase: 'Menulis / writing       ' });
try {
  await writeSeed(store, scaled.catalog, events, options.batch, (written) => bar.update(written));
} catch (error) {
  bar.stop();
  console.error(`seed: ${(error as Error).message}`);
  process.exit(1);
} finally {
  await store.close();
}
bar.stop();

const counts = { ratings: 0, complaints: 0, complaintActions: 0 };
for (const event of events) {
  if (event.type === 'rating.recorded') counts.ratings++;
  else if (event.type === 'complaint.submitted') counts.complaints++;
  else counts.complaintActions++;
}
// On PostgreSQL the database's own size is its administrator's to read (pg_database_size).
const bytes = options.databaseUrl ? 0 : await bytesUnder(options.dir);
const summary = {
  dir: options.dir,
  seed: options.seed,
  now: new Date(options.now).toISOString(),
  months: options.months,
  offices: scaled.catalog.offices.length,
  services: scaled.catalog.services.length,
  ...counts,
  events: events.length,
  bytesOnDisk: bytes,
  generateSeconds: round1(generatedMs / 1000),
  totalSeconds: round1((performance.now() - started) / 1000)
};
console.log(
  `Selesai / done: ${summary.offices} kantor, ${summary.services} layanan, ${summary.ratings} penilaian, ` +
    `${summary.complaints} pengaduan (+${summary.complaintActions} tindak lanjut) = ${summary.events} kejadian; ` +
    `${options.databaseUrl ? 'di / in PostgreSQL' : `${(bytes / 1e6).toFixed(1)} MB di ${options.dir}`}; ${summary.totalSeconds} s (membuat ${summary.generateSeconds} s)`
);
if (options.summary) await writeFile(options.summary, JSON.stringify(summary, null, 2) + '\n');

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
