import { describe, expect, it } from 'vitest';
import { consoleApp, type Persona } from './console-fixtures.ts';

// Every admin-area route against every kind of caller. "manager" manages disdukcapil-uji, "otherManager"
// puskesmas-uji; the office and service in the paths are disdukcapil-uji's.

type Caller = Exclude<Persona, 'otherOfficer'> | 'otherManager';
type Cell = 200 | 201 | 204 | 401 | 403;
type App = Awaited<ReturnType<typeof consoleApp>>;
type Row = { name: string; call: (t: { cookie: string; app: App }) => Promise<Response> | Response; expected: Record<Caller, Cell> };

const CALLERS: Caller[] = ['anonymous', 'officer', 'otherManager', 'manager', 'admin'];
const ADMINS = (ok: Cell) => ({ anonymous: 401, officer: 403, otherManager: 403, manager: 403, admin: ok }) as const;
const OFFICE_MANAGERS = (ok: Cell) => ({ anonymous: 401, officer: 403, otherManager: 403, manager: ok, admin: ok }) as const;
const A = '/api/v1/console/admin';
const W = `${A}/webhooks`;
// A public address written as a literal: creating the endpoint needs no DNS, and nothing is sent (no tick).
const HOOK = { officeId: 'disdukcapil-uji', url: 'https://93.184.215.14/suara', events: ['complaint.submitted'] };

/** An endpoint of disdukcapil-uji made by the admin, for the rows that act on one. */
async function adminEndpoint(app: App): Promise<string> {
  const res = await app.staffPost(W, await app.login('admin'), HOOK);
  return ((await res.json()) as { id: string }).id;
}

const ROWS: Row[] = [
  { name: `get ${A}`, call: ({ cookie, app }) => app.staffGet(A, cookie), expected: { anonymous: 401, officer: 403, otherManager: 200, manager: 200, admin: 200 } },
  { name: `post ${A}/agencies`, call: ({ cookie, app }) => app.staffPost(`${A}/agencies`, cookie, { name: 'Pemerintah Provinsi Uji', level: 'provinsi' }), expected: ADMINS(201) },
  { name: `patch ${A}/agencies/{agencyId}`, call: ({ cookie, app }) => app.staffPost(`${A}/agencies/pemkab-uji`, cookie, { name: 'Kabupaten Uji Baru' }, 'PATCH'), expected: ADMINS(200) },
  {
    name: `post ${A}/offices`,
    call: ({ cookie, app }) => app.staffPost(`${A}/offices`, cookie, { agencyId: 'pemkab-uji', name: 'Kecamatan Uji', kind: 'Kecamatan', address: 'Jl. Uji 3', timeZone: 'Asia/Makassar' }),
    expected: ADMINS(201)
  },
  { name: `patch ${A}/offices/{officeId}`, call: ({ cookie, app }) => app.staffPost(`${A}/offices/disdukcapil-uji`, cookie, { address: 'Jl. Baru 9' }, 'PATCH'), expected: ADMINS(200) },
  {
    name: `patch ${A}/offices/{officeId} (allowed origins)`,
    call: ({ cookie, app }) => app.staffPost(`${A}/offices/disdukcapil-uji`, cookie, { allowedOrigins: ['https://dukcapil.uji.go.id'] }, 'PATCH'),
    expected: OFFICE_MANAGERS(200)
  },
  {
    name: `post ${A}/offices/{officeId}/services`,
    call: ({ cookie, app }) => app.staffPost(`${A}/offices/disdukcapil-uji/services`, cookie, { name: 'Kartu Identitas Anak', firstResponseWorkingDays: 2, targetWorkingDays: 5 }),
    expected: OFFICE_MANAGERS(201)
  },
  { name: `get ${A}/offices/{officeId}/element-sets`, call: ({ cookie, app }) => app.staffGet(`${A}/offices/disdukcapil-uji/element-sets`, cookie), expected: OFFICE_MANAGERS(200) },
  {
    name: `post ${A}/offices/{officeId}/element-sets`,
    call: ({ cookie, app }) => app.staffPost(`${A}/offices/disdukcapil-uji/element-sets`, cookie, { id: 'uji-2027', name: 'SKM Uji 2027' }),
    expected: OFFICE_MANAGERS(201)
  },
  {
    name: `put ${A}/offices/{officeId}/element-set`,
    call: ({ cookie, app }) => app.staffPost(`${A}/offices/disdukcapil-uji/element-set`, cookie, { elementSet: 'permenpan-14-2017' }, 'PUT'),
    expected: OFFICE_MANAGERS(200)
  },
  { name: `patch ${A}/services/{serviceId}`, call: ({ cookie, app }) => app.staffPost(`${A}/services/ktp-el`, cookie, { targetWorkingDays: 2 }, 'PATCH'), expected: OFFICE_MANAGERS(200) },
  {
    name: `post ${A}/offices/import`,
    call: ({ cookie, app }) => app.staffPost(`${A}/offices/import`, cookie, { agencyId: 'pemkab-uji', csv: 'kantor,jenis,alamat,zona\nKecamatan Uji,Kecamatan,Jl. Uji 3,WITA\n', dryRun: true }),
    expected: ADMINS(200)
  },
  { name: `post ${A}/holidays`, call: ({ cookie, app }) => app.staffPost(`${A}/holidays`, cookie, { date: '2026-12-01', name: 'Hari Jadi Kabupaten' }), expected: ADMINS(204) },
  {
    name: `delete ${A}/holidays/{date}`,
    call: async ({ cookie, app }) => {
      await app.staffPost(`${A}/holidays`, await app.login('admin'), { date: '2026-12-01', name: 'Hari Jadi Kabupaten' });
      return app.staffPost(`${A}/holidays/2026-12-01`, cookie, undefined, 'DELETE');
    },
    expected: ADMINS(204)
  },
  { name: `get ${A}/history/{kind}/{objectId}`, call: ({ cookie, app }) => app.staffGet(`${A}/history/office/disdukcapil-uji`, cookie), expected: OFFICE_MANAGERS(200) },
  { name: `get ${A}/history/{kind}/{objectId} (staff)`, call: ({ cookie, app }) => app.staffGet(`${A}/history/staff/petugas-dukcapil`, cookie), expected: ADMINS(200) },
  {
    name: `post ${A}/staff`,
    call: ({ cookie, app }) => app.staffPost(`${A}/staff`, cookie, { email: 'baru@dukcapil.uji', name: 'Petugas Baru', role: 'officer', officeIds: ['disdukcapil-uji'] }),
    expected: ADMINS(201)
  },
  {
    name: `patch ${A}/staff/{staffId}`,
    call: ({ cookie, app }) => app.staffPost(`${A}/staff/petugas-puskesmas`, cookie, { officeIds: ['puskesmas-uji', 'disdukcapil-uji'] }, 'PATCH'),
    expected: ADMINS(200)
  },
  { name: `post ${A}/staff/{staffId}/password-link`, call: ({ cookie, app }) => app.staffPost(`${A}/staff/petugas-puskesmas/password-link`, cookie, undefined), expected: ADMINS(201) },
  { name: `get ${W}`, call: ({ cookie, app }) => app.staffGet(W, cookie), expected: { anonymous: 401, officer: 403, otherManager: 200, manager: 200, admin: 200 } },
  { name: `post ${W}`, call: ({ cookie, app }) => app.staffPost(W, cookie, HOOK), expected: OFFICE_MANAGERS(201) },
  { name: `post ${W} (agency)`, call: ({ cookie, app }) => app.staffPost(W, cookie, { ...HOOK, officeId: undefined, agencyId: 'pemkab-uji' }), expected: ADMINS(201) },
  { name: `patch ${W}/{endpointId}`, call: async ({ cookie, app }) => app.staffPost(`${W}/${await adminEndpoint(app)}`, cookie, { enabled: false }, 'PATCH'), expected: OFFICE_MANAGERS(200) },
  { name: `delete ${W}/{endpointId}`, call: async ({ cookie, app }) => app.staffPost(`${W}/${await adminEndpoint(app)}`, cookie, undefined, 'DELETE'), expected: OFFICE_MANAGERS(204) },
  { name: `post ${W}/{endpointId}/rotate`, call: async ({ cookie, app }) => app.staffPost(`${W}/${await adminEndpoint(app)}/rotate`, cookie, undefined), expected: OFFICE_MANAGERS(201) },
  { name: `get ${W}/{endpointId}/deliveries`, call: async ({ cookie, app }) => app.staffGet(`${W}/${await adminEndpoint(app)}/deliveries`, cookie), expected: OFFICE_MANAGERS(200) },
  {
    name: `post ${W}/{endpointId}/deliveries/{deliveryId}/resend`,
    call: async ({ cookie, app }) => {
      const endpointId = await adminEndpoint(app);
      await app.file();
      await app.app.webhooks.settled(); // the delivery is queued on commit and saved in a transaction of its own
      const log = (await (await app.staffGet(`${W}/${endpointId}/deliveries`, await app.login('admin'))).json()) as { deliveries: { id: string }[] };
      return app.staffPost(`${W}/${endpointId}/deliveries/${log.deliveries[0]!.id}/resend`, cookie, undefined);
    },
    expected: OFFICE_MANAGERS(200)
  }
];

describe('admin area authorization matrix', () => {
  describe.each(ROWS)('$name', (row) => {
    it.each(CALLERS)('%s', async (caller) => {
      const app = await consoleApp();
      const cookie = await app.login(caller);
      const res = await row.call({ cookie, app });
      expect(res.status, await res.clone().text()).toBe(row.expected[caller]);
    });
  });

  it('covers every admin route of the OpenAPI document', async () => {
    const { app } = await consoleApp();
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith(A))
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`));
    const covered = new Set(ROWS.map((row) => row.name.split(' (')[0]));
    expect(routes.filter((route) => !covered.has(route))).toEqual([]);
  });

  it('never answers a password hash, whatever the route', async () => {
    const app = await consoleApp();
    const admin = await app.login('admin');
    const answers = [
      await app.staffGet(A, admin),
      await app.staffPost(`${A}/staff`, admin, { email: 'baru@dukcapil.uji', name: 'Petugas Baru', role: 'officer', officeIds: ['disdukcapil-uji'] }),
      await app.staffPost(`${A}/staff/admin`, admin, { role: 'admin' }, 'PATCH'),
      await app.staffGet(`${A}/history/staff/baru`, admin),
      await app.staffGet('/api/v1/console/me', admin)
    ];
    for (const res of answers) expect(await res.text()).not.toMatch(/scrypt\$|passwordHash|tokenHash/);
  });
});
