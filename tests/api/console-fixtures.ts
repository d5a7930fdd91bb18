import { hashPassword } from '../../server/security/password.ts';
import type { Catalog, StaffAccount, Store } from '../../server/store/types.ts';
import { testStore } from './support/test-store.ts';
import type { AppConfig } from '../../server/app.ts';
import { testApp, testCatalog } from './fixtures.ts';

export const PASSWORD = 'kata-sandi-uji-123';
// Fast scrypt parameters keep the many logins of the matrix quick; the format is the production one.
const hash = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });

export type Persona = 'anonymous' | 'otherOfficer' | 'officer' | 'manager' | 'admin';

export const testStaff: Record<Exclude<Persona, 'anonymous'>, StaffAccount> = {
  otherOfficer: { id: 'petugas-puskesmas', name: 'Petugas Puskesmas', email: 'petugas@puskesmas.uji', role: 'officer', officeIds: ['puskesmas-uji'], passwordHash: hash },
  officer: { id: 'petugas-dukcapil', name: 'Petugas Dukcapil', email: 'petugas@dukcapil.uji', role: 'officer', officeIds: ['disdukcapil-uji'], passwordHash: hash },
  manager: { id: 'manajer-dukcapil', name: 'Manajer Dukcapil', email: 'manajer@dukcapil.uji', role: 'manager', officeIds: ['disdukcapil-uji'], passwordHash: hash },
  admin: { id: 'admin', name: 'Admin Kabupaten', email: 'admin@uji.go.id', role: 'admin', officeIds: [], passwordHash: hash }
};

/** A manager of another office: the admin area's matrix asks whether "manager" means "of this office". */
export const otherManager: StaffAccount = { id: 'manajer-puskesmas', name: 'Manajer Puskesmas', email: 'manajer@puskesmas.uji', role: 'manager', officeIds: ['puskesmas-uji'], passwordHash: hash };
const allStaff: Record<string, StaffAccount> = { ...testStaff, otherManager };

export const CONTACT = { name: 'Siti Rahayu', phone: '081377712345', email: 'siti.rahayu@contoh.id' };

export const filing = {
  officeId: 'disdukcapil-uji',
  serviceId: 'akta-lahir',
  category: 'pelayanan_lambat',
  description: 'Akta kelahiran anak saya belum jadi setelah tiga minggu.',
  visibility: 'public',
  contact: CONTACT
};

/** The test catalog with the test staff (for the store's StaffStore), for a store of the test's own choosing. */
export function consoleCatalog(): Catalog & { staff: StaffAccount[] } {
  return { ...structuredClone(testCatalog), staff: Object.values(allStaff) };
}

/** The API test app with the test staff, plus helpers to log in and to call the staff API. */
export async function consoleApp(config: Partial<AppConfig> = {}, given?: Store) {
  const store = given ?? (await testStore(consoleCatalog()));
  const base = await testApp(store, config);
  const { app } = base;

  async function login(persona: Persona | 'otherManager'): Promise<string> {
    if (persona === 'anonymous') return '';
    const res = await app.request('/api/v1/console/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Suara-Console': '1' },
      body: JSON.stringify({ email: allStaff[persona]!.email, password: PASSWORD })
    });
    if (res.status !== 200) throw new Error(`login ${persona}: ${res.status}`);
    return res.headers.get('set-cookie')!.split(';')[0]!;
  }

  const staffGet = (path: string, cookie: string) => app.request(path, { headers: cookie ? { cookie } : {} });
  const staffPost = (path: string, cookie: string, body: unknown, method = 'POST') =>
    app.request(path, {
      method,
      headers: { 'Content-Type': 'application/json', 'X-Suara-Console': '1', ...(cookie && { cookie }) },
      body: body === undefined ? undefined : JSON.stringify(body)
    });

  async function file(overrides: Record<string, unknown> = {}): Promise<{ trackingCode: string; secret: string }> {
    const res = await base.post('/api/v1/complaints', { ...filing, ...overrides });
    if (res.status !== 201) throw new Error(`filing: ${res.status} ${await res.text()}`);
    return res.json();
  }

  return { ...base, login, staffGet, staffPost, file };
}
