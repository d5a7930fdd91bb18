import { join } from 'node:path';
import { CATALOG_FORMAT_VERSION, catalogFormatOf, migrateCatalogFile } from './catalog.ts';
import { EVENTS_FORMAT_VERSION, eventLogFormatOf, migrateEventLog } from './events.ts';
import { CHAIN_MIGRATION_FILE, readChainMigration, recoverInterruptedMigration } from './public-chain.ts';
import { FormatTooNew } from './run.ts';
import { moveStaffOutOfCatalog } from './staff.ts';
import { STAFF_FILE } from '../staff.ts';

export { CATALOG_FORMAT_VERSION } from './catalog.ts';
export { EVENTS_FORMAT_FILE, EVENTS_FORMAT_VERSION } from './events.ts';
export { FormatTooNew } from './run.ts';
export { CHAIN_MIGRATION_FILE, readChainMigration, type ChainMigrationRecord } from './public-chain.ts';

/**
 * Brings a locked DATA_DIR's catalog and event log to this release's formats before anything reads them,
 * saying what changed. A format newer than this release knows throws FormatTooNew before anything is changed
 * (docs/operations.md, "Upgrades"). The views snapshot needs no step: it names its format in its key, and
 * one of another format is not used (the views replay the log instead).
 */
export async function migrateDataDir(dir: string, log: (line: string) => void): Promise<void> {
  const catalogPath = join(dir, 'catalog.json');
  const eventsDir = join(dir, 'events');
  await recoverInterruptedMigration(eventsDir);
  const catalogFormat = await catalogFormatOf(catalogPath);
  if (catalogFormat !== undefined && catalogFormat > CATALOG_FORMAT_VERSION) throw new FormatTooNew(catalogPath, catalogFormat, CATALOG_FORMAT_VERSION);
  const eventsFormat = await eventLogFormatOf(eventsDir);
  if (eventsFormat !== undefined && eventsFormat > EVENTS_FORMAT_VERSION) throw new FormatTooNew(eventsDir, eventsFormat, EVENTS_FORMAT_VERSION);
  // Before the catalog's step that drops them (./staff.ts).
  const moved = catalogFormat !== undefined && catalogFormat < 3 ? await moveStaffOutOfCatalog(catalogPath, join(dir, STAFF_FILE)) : undefined;
  if (moved !== undefined) log(`Akun staf dipindah ke / staff accounts moved to ${STAFF_FILE}: ${moved}`);
  const steps = [
    ['catalog.json', await migrateCatalogFile(catalogPath)],
    ['events/', await migrateEventLog(eventsDir)]
  ] as const;
  for (const [what, step] of steps) if (step) log(`Format ${what} dimutakhirkan / upgraded: ${step.from} → ${step.to}`);
  const chain = steps[1][1] && steps[1][1].from < 3 ? await readChainMigration(dir) : undefined;
  if (chain) log(`Rantai publik dibangun / public chain built: old head ${chain.from.seq} ${chain.from.hash} → new head ${chain.to.seq} ${chain.to.hash} (${CHAIN_MIGRATION_FILE})`);
}
