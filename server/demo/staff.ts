import type { StaffAccount } from '../store/types.ts';

/**
 * Demo console accounts, listed with their passwords in the README ("Akun contoh"). The hashes are
 * real scrypt hashes of those public passwords, computed once so loading the demo stays instant.
 * The officers' ids are the actor ids the demo complaint histories use, so their names show there.
 */
export const DEMO_STAFF: readonly (StaffAccount & { demoPassword: string })[] = [
  {
    id: 'admin-sukamaju',
    name: 'Admin Kabupaten Sukamaju',
    email: 'admin@sukamaju.example',
    role: 'admin',
    officeIds: [],
    demoPassword: 'admin-sukamaju-2026',
    passwordHash: 'scrypt$32768$8$1$gaK88kY42tIQKrs8hNG0lA$50y-ZcNg8E-PmZoBgnvqkcW9K53C_MYlkNoss9u_ZGw'
  },
  {
    id: 'manajer-disdukcapil-sukamaju',
    name: 'Rina Manajer Disdukcapil',
    email: 'manajer.dukcapil@sukamaju.example',
    role: 'manager',
    officeIds: ['disdukcapil-sukamaju', 'disdukcapil-upt-ciranjang-hilir', 'disdukcapil-upt-tanjung-sari'],
    demoPassword: 'manajer-dukcapil-2026',
    passwordHash: 'scrypt$32768$8$1$1j5AC8ZSvD71DPQHA-uqDg$d1-8fKJMl7a1AirVZQhqtLqTEmeTrOQZMOWQ4JGHBlg'
  },
  {
    id: 'petugas-disdukcapil-sukamaju',
    name: 'Budi Petugas Disdukcapil',
    email: 'petugas.dukcapil@sukamaju.example',
    role: 'officer',
    officeIds: ['disdukcapil-sukamaju'],
    demoPassword: 'petugas-dukcapil-2026',
    passwordHash: 'scrypt$32768$8$1$GHyroTjWS6nFxSoxbZcj4g$AAYuaghV1OmfLOqRLGmth99GSJrv6stqxtybmtVfI7g'
  },
  {
    id: 'petugas-puskesmas-cibiru-hilir',
    name: 'Dewi Petugas Puskesmas',
    email: 'petugas.puskesmas@sukamaju.example',
    role: 'officer',
    officeIds: ['puskesmas-cibiru-hilir'],
    demoPassword: 'petugas-puskesmas-2026',
    passwordHash: 'scrypt$32768$8$1$qwl0C9Siuz2uF2tUNO9pfw$v56J_DSdnO02kBwo7qTuxP5ETtrR2Xw1KG56TvUEChw'
  }
];

/** The demo accounts as the catalog stores them (without the plain passwords). */
export function demoStaff(): StaffAccount[] {
  return DEMO_STAFF.map(({ demoPassword: _password, ...account }) => ({ ...account, officeIds: [...account.officeIds] }));
}
