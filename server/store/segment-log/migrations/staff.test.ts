import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StaffAccount } from '../../types.ts';
import { openSegmentLogStore } from '../index.ts';
import { STAFF_FILE } from '../staff.ts';
import { CATALOG_FORMAT_VERSION } from './catalog.ts';

const officer: StaffAccount = { id: 'petugas', name: 'Petugas', email: 'petugas@kantor.go.id', role: 'officer', officeIds: ['kantor-a'], passwordHash: 'scrypt$16384$8$1$salt$hash' };
const admin: StaffAccount = { id: 'admin', name: 'Admin', email: 'admin@kantor.go.id', role: 'admin', officeIds: [], passwordHash: 'scrypt$16384$8$1$salt2$hash2', active: false };
const oldCatalog = { agencies: [], offices: [], services: [], holidays: ['2026-12-25'], demo: false, staff: [officer, admin], surveyPopulations: [], surveyElementSets: [], formatVersion: 2 };

describe('staff accounts leaving catalog.json', () => {
  let dir: string;
  beforeEach(async () => void (dir = await mkdtemp(join(tmpdir(), 'suara-staff-move-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));
  const open = () => openSegmentLogStore({ dir, log: () => {} });

  it('moves an existing installation’s accounts, password hashes included, to a private staff.json once', async () => {
    await writeFile(join(dir, 'catalog.json'), JSON.stringify(oldCatalog));
    const store = await open();
    try {
      expect(store.staff.all()).toEqual([officer, admin]);
      expect(store.catalog.get()).not.toHaveProperty('staff');
      expect(store.catalog.get().holidays).toEqual(['2026-12-25']);
    } finally {
      await store.close();
    }
    const catalog = JSON.parse(await readFile(join(dir, 'catalog.json'), 'utf8'));
    expect(catalog.formatVersion).toBe(CATALOG_FORMAT_VERSION);
    expect(catalog).not.toHaveProperty('staff');
    expect(JSON.parse(await readFile(join(dir, STAFF_FILE), 'utf8'))).toEqual({ formatVersion: 1, accounts: [officer, admin] });
    expect((await stat(join(dir, STAFF_FILE))).mode & 0o777).toBe(0o600);
    // Opened again: nothing left to move, and a change made since stays.
    const again = await open();
    try {
      await again.staff.update('petugas', (account) => ({ ...account, name: 'Petugas Baru' }));
    } finally {
      await again.close();
    }
    const third = await open();
    expect(third.staff.byId('petugas')?.name).toBe('Petugas Baru');
    await third.close();
  });

  it('after a crash between the two writes (staff.json written, catalog.json not yet), writes staff.json again from the catalog', async () => {
    await writeFile(join(dir, 'catalog.json'), JSON.stringify(oldCatalog));
    await writeFile(join(dir, STAFF_FILE), JSON.stringify({ formatVersion: 1, accounts: [officer] }));
    const store = await open();
    try {
      expect(store.staff.all()).toEqual([officer, admin]);
    } finally {
      await store.close();
    }
  });

  it('starts a new installation with no accounts and no staff list in the catalog', async () => {
    const store = await open();
    try {
      expect(store.staff.all()).toEqual([]);
      await store.staff.create(officer);
    } finally {
      await store.close();
    }
    expect(JSON.parse(await readFile(join(dir, 'catalog.json'), 'utf8').catch(() => '{}'))).not.toHaveProperty('staff');
  });
});
