import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CATALOG_FORMAT_VERSION, CATALOG_MIGRATIONS, migrateCatalogFile } from './catalog.ts';
import { FormatTooNew } from './run.ts';

describe('catalog migrations', () => {
  let dir: string;
  beforeEach(async () => void (dir = await mkdtemp(join(tmpdir(), 'suara-catalog-format-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('1 → 2 fills the lists an earlier release could leave out, keeping what is there', async () => {
    const up = CATALOG_MIGRATIONS[0]!.up;
    const v1 = { agencies: [{ id: 'a' }], offices: [], services: [], holidays: ['2026-12-25'], demo: true, staff: [] };
    expect(await up(v1)).toEqual({ ...v1, surveyPopulations: [], surveyElementSets: [] });
    expect(await up({ demo: false })).toMatchObject({ agencies: [], staff: [], holidays: [] });
  });

  it('2 → 3 drops the accounts (moved to staff.json before: ./staff.ts) and keeps the rest', async () => {
    const v2 = { agencies: [], offices: [], services: [], holidays: ['2026-12-25'], demo: false, staff: [{ id: 'x' }], audit: [] };
    const { staff: _moved, ...rest } = v2;
    expect(await CATALOG_MIGRATIONS[1]!.up(v2)).toEqual(rest);
  });

  it('rewrites an unversioned catalog.json at the current version, private, and leaves a current one alone', async () => {
    const path = join(dir, 'catalog.json');
    await writeFile(path, JSON.stringify({ agencies: [], offices: [], services: [], holidays: [], demo: false, staff: [] }));
    expect(await migrateCatalogFile(path)).toEqual({ from: 1, to: CATALOG_FORMAT_VERSION });
    const migrated = JSON.parse(await readFile(path, 'utf8'));
    expect(migrated.formatVersion).toBe(CATALOG_FORMAT_VERSION);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await migrateCatalogFile(path)).toBeUndefined();
    expect(await migrateCatalogFile(join(dir, 'none.json'))).toBeUndefined();
  });

  it('refuses a catalog written by a newer release', async () => {
    const path = join(dir, 'catalog.json');
    await writeFile(path, JSON.stringify({ formatVersion: CATALOG_FORMAT_VERSION + 1 }));
    await expect(migrateCatalogFile(path)).rejects.toBeInstanceOf(FormatTooNew);
  });
});
