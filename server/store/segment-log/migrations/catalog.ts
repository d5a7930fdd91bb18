import { readFile } from 'node:fs/promises';
import { ifMissing, writeDurably } from '../fsync.ts';
import { migrate, type Migration } from './run.ts';

type CatalogJson = Record<string, unknown>;

/**
 * The catalog file's formats, oldest first: entry i takes version i + 1 to i + 2. Append, never edit:
 * a release may meet a DATA_DIR of any earlier one. Each has a test in catalog.test.ts.
 */
export const CATALOG_MIGRATIONS: readonly Migration<CatalogJson>[] = [
  {
    from: 1,
    why: 'the catalog carries its format version; every list an earlier release could leave out is present',
    up: (catalog) => ({ agencies: [], offices: [], services: [], holidays: [], demo: false, staff: [], surveyPopulations: [], surveyElementSets: [], ...catalog })
  },
  {
    from: 2,
    why: 'staff accounts live in staff.json (./staff.ts moved them there first)',
    up: ({ staff: _movedToStaffJson, ...catalog }) => catalog
  }
];

/** The version this release writes into catalog.json (`formatVersion`). */
export const CATALOG_FORMAT_VERSION = CATALOG_MIGRATIONS.length + 1;

/**
 * Brings catalog.json at `path` to this release's format, rewriting it (atomically, fsync'd) only when a
 * migration ran. A file without `formatVersion` was written before versions were: version 1. No file: nothing to do.
 */
export async function migrateCatalogFile(path: string): Promise<{ from: number; to: number } | undefined> {
  const stored = await readCatalogJson(path);
  if (stored === undefined) return undefined;
  const from = catalogVersionOf(stored);
  const { subject, ran } = await migrate('catalog.json', CATALOG_MIGRATIONS, stored, from);
  if (ran.length === 0) return undefined;
  await writeDurably(path, JSON.stringify({ ...subject, formatVersion: CATALOG_FORMAT_VERSION }, null, 2));
  return { from, to: CATALOG_FORMAT_VERSION };
}

/** The format version of catalog.json at `path` (undefined when there is none yet), without changing it. */
export async function catalogFormatOf(path: string): Promise<number | undefined> {
  const stored = await readCatalogJson(path);
  return stored && catalogVersionOf(stored);
}

function catalogVersionOf(stored: CatalogJson): number {
  return (stored.formatVersion as number | undefined) ?? 1;
}

async function readCatalogJson(path: string): Promise<CatalogJson | undefined> {
  const text = await readFile(path, 'utf8').catch(ifMissing(undefined));
  return text === undefined ? undefined : (JSON.parse(text) as CatalogJson);
}
