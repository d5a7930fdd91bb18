import { describe, expect, it } from 'vitest';
import { Inbox, StaffComplaint } from '../../shared/schemas/index.ts';
import { filedWithPhoto } from './attachment-fixtures.ts';
import { CONTACT, consoleApp, PASSWORD, type Persona } from './console-fixtures.ts';

// Every staff endpoint against every kind of caller, with the status each cell must answer.
// The complaint belongs to disdukcapil-uji; "otherOfficer" works at puskesmas-uji.

type Cell = 401 | 403 | 404 | 200 | 201 | 204;
type Row = {
  /** The route as the OpenAPI document names it. */
  name: string;
  /** Staff actions to apply first (as admin), to put the complaint in the state the row needs. */
  before?: object[];
  call: (t: { code: string; cookie: string; app: Awaited<ReturnType<typeof consoleApp>> }) => Response | Promise<Response>;
  expected: Record<Persona, Cell>;
};

const PERSONAS: Persona[] = ['anonymous', 'otherOfficer', 'officer', 'manager', 'admin'];
const EVERYONE_LOGGED_IN = { anonymous: 401, otherOfficer: 200, officer: 200, manager: 200, admin: 200 } as const;
const OFFICE_STAFF = { anonymous: 401, otherOfficer: 403, officer: 200, manager: 200, admin: 200 } as const;
// Another office's complaint is answered as if it did not exist (see the test at the end).
const COMPLAINT_STAFF = { anonymous: 401, otherOfficer: 404, officer: 200, manager: 200, admin: 200 } as const;
const COMPLAINT_MANAGERS = { anonymous: 401, otherOfficer: 404, officer: 403, manager: 200, admin: 200 } as const;
// A burst of disdukcapil-uji (40 score-1 ratings in an hour), excluded first by the admin when `excluded`; another office's staff do not see it at all.
const BURST_EXCLUSION = '/api/v1/console/offices/disdukcapil-uji/bursts/1795575600000/exclusion';
const BURST_MANAGERS = { anonymous: 401, otherOfficer: 404, officer: 403, manager: 200, admin: 200 } as const;
const withBurst =
  (excluded: boolean, method: string): Row['call'] =>
  async ({ cookie, app }) => {
    await app.store.append(
      Array.from({ length: 40 }, (_, i) => ({ type: 'rating.recorded' as const, at: 1795575600000 + i, officeId: 'disdukcapil-uji', score: 1 as const, channel: 'web' as const }))
    );
    if (excluded) expect((await app.staffPost(BURST_EXCLUSION, await app.login('admin'), { reason: 'Isian massal' })).status).toBe(200);
    return app.staffPost(BURST_EXCLUSION, cookie, { reason: 'Ditinjau petugas' }, method);
  };
const KEY_ISSUERS = (ok: 200 | 201) => ({ anonymous: 401, otherOfficer: 403, officer: 403, manager: ok, admin: ok }) as const;
const act =
  (body: object): Row['call'] =>
  ({ code, cookie, app }) =>
    app.staffPost(`/api/v1/console/complaints/${code}/actions`, cookie, body);

// Files of a complaint filed with a photo (tests/api/attachments.test.ts has the rest of their rules).
const attachmentPath = async (app: Awaited<ReturnType<typeof consoleApp>>) => {
  const { trackingCode, file } = await filedWithPhoto(app.app);
  return `/api/v1/console/complaints/${trackingCode}/attachments/${file}`;
};

const ROWS: Row[] = [
  {
    name: 'get /api/v1/console/complaints/{trackingCode}/attachments/{file}',
    call: async ({ cookie, app }) => app.staffGet(await attachmentPath(app), cookie),
    expected: COMPLAINT_STAFF
  },
  {
    name: 'post /api/v1/console/complaints/{trackingCode}/attachments/{file}/publish',
    call: async ({ cookie, app }) => app.staffPost(`${await attachmentPath(app)}/publish`, cookie, { blur: [{ x: 4, y: 4, width: 20, height: 10 }] }),
    expected: COMPLAINT_STAFF
  },
  {
    name: 'post /api/v1/console/complaints/{trackingCode}/attachments/{file}/unpublish',
    call: async ({ cookie, app }) => {
      const path = await attachmentPath(app);
      expect((await app.staffPost(`${path}/publish`, await app.login('officer'), { blur: [] })).status).toBe(200);
      return app.staffPost(`${path}/unpublish`, cookie, undefined);
    },
    expected: COMPLAINT_STAFF
  },
  { name: 'get /api/v1/console/me', call: ({ cookie, app }) => app.staffGet('/api/v1/console/me', cookie), expected: EVERYONE_LOGGED_IN },
  {
    name: 'delete /api/v1/console/session',
    call: ({ cookie, app }) => app.staffPost('/api/v1/console/session', cookie, undefined, 'DELETE'),
    expected: { anonymous: 401, otherOfficer: 204, officer: 204, manager: 204, admin: 204 }
  },
  {
    name: 'delete /api/v1/console/sessions',
    call: ({ cookie, app }) => app.staffPost('/api/v1/console/sessions', cookie, undefined, 'DELETE'),
    expected: { anonymous: 401, otherOfficer: 204, officer: 204, manager: 204, admin: 204 }
  },
  {
    name: 'put /api/v1/console/me/password',
    call: ({ cookie, app }) => app.staffPost('/api/v1/console/me/password', cookie, { currentPassword: PASSWORD, newPassword: 'kata-sandi-baru-2026' }, 'PUT'),
    expected: { anonymous: 401, otherOfficer: 204, officer: 204, manager: 204, admin: 204 }
  },
  {
    name: 'put /api/v1/console/me/language',
    call: ({ cookie, app }) => app.staffPost('/api/v1/console/me/language', cookie, { language: 'en' }, 'PUT'),
    expected: { anonymous: 401, otherOfficer: 204, officer: 204, manager: 204, admin: 204 }
  },
  { name: 'get /api/v1/console/complaints', call: ({ cookie, app }) => app.staffGet('/api/v1/console/complaints', cookie), expected: EVERYONE_LOGGED_IN },
  {
    name: 'get /api/v1/console/complaints (officeId=this office)',
    call: ({ cookie, app }) => app.staffGet('/api/v1/console/complaints?officeId=disdukcapil-uji&status=all', cookie),
    expected: OFFICE_STAFF
  },
  { name: 'get /api/v1/console/complaints/{trackingCode}', call: ({ code, cookie, app }) => app.staffGet(`/api/v1/console/complaints/${code}`, cookie), expected: COMPLAINT_STAFF },
  { name: 'post /api/v1/console/complaints/{trackingCode}/actions (verify)', call: act({ action: 'verify' }), expected: COMPLAINT_STAFF },
  { name: 'post /api/v1/console/complaints/{trackingCode}/actions (start)', call: act({ action: 'start', message: 'Mulai dikerjakan.' }), expected: COMPLAINT_STAFF },
  { name: 'post /api/v1/console/complaints/{trackingCode}/actions (reply)', call: act({ action: 'reply', message: 'Kami sedang memeriksa berkas Anda.' }), expected: COMPLAINT_STAFF },
  { name: 'post /api/v1/console/complaints/{trackingCode}/actions (note)', call: act({ action: 'note', message: 'Catatan internal.' }), expected: COMPLAINT_STAFF },
  {
    name: 'post /api/v1/console/complaints/{trackingCode}/actions (resolve)',
    before: [{ action: 'verify' }],
    call: act({ action: 'resolve', message: 'Akta sudah dapat diambil.' }),
    expected: COMPLAINT_STAFF
  },
  { name: 'post /api/v1/console/complaints/{trackingCode}/actions (reject)', call: act({ action: 'reject', reason: 'duplicate', message: 'Sama dengan pengaduan lain.' }), expected: COMPLAINT_STAFF },
  {
    name: 'post /api/v1/console/complaints/{trackingCode}/actions (forward)',
    call: act({ action: 'forward', toOfficeId: 'puskesmas-uji', message: 'Kewenangan puskesmas.' }),
    expected: COMPLAINT_MANAGERS
  },
  {
    name: 'put /api/v1/console/offices/{officeId}/skm-population',
    call: ({ cookie, app }) => app.staffPost('/api/v1/console/offices/disdukcapil-uji/skm-population', cookie, { period: '2026-S1', population: 5000 }, 'PUT'),
    expected: { anonymous: 401, otherOfficer: 403, officer: 403, manager: 204, admin: 204 }
  },
  { name: 'get /api/v1/console/bursts', call: ({ cookie, app }) => app.staffGet('/api/v1/console/bursts', cookie), expected: EVERYONE_LOGGED_IN },
  { name: 'post /api/v1/console/offices/{officeId}/bursts/{burstId}/exclusion', call: withBurst(false, 'POST'), expected: BURST_MANAGERS },
  { name: 'delete /api/v1/console/offices/{officeId}/bursts/{burstId}/exclusion', call: withBurst(true, 'DELETE'), expected: BURST_MANAGERS },
  // Open311 keys are not per office: any manager or admin issues them; a manager revokes the keys they issued.
  { name: 'get /api/v1/console/open311-keys', call: ({ cookie, app }) => app.staffGet('/api/v1/console/open311-keys', cookie), expected: KEY_ISSUERS(200) },
  { name: 'post /api/v1/console/open311-keys', call: ({ cookie, app }) => app.staffPost('/api/v1/console/open311-keys', cookie, { label: 'Aplikasi kota' }), expected: KEY_ISSUERS(201) },
  {
    name: 'delete /api/v1/console/open311-keys/{keyId}',
    call: async ({ cookie, app }) => {
      const issued = await app.staffPost('/api/v1/console/open311-keys', await app.login('manager'), { label: 'Aplikasi kota' });
      return app.staffPost(`/api/v1/console/open311-keys/${((await issued.json()) as { id: string }).id}`, cookie, undefined, 'DELETE');
    },
    expected: KEY_ISSUERS(200)
  }
];

// Logging in is the one console route for everybody; tests/api/console.test.ts covers it.
const ANONYMOUS_ROUTES = ['post /api/v1/console/session'];

describe('console authorization matrix', () => {
  describe.each(ROWS)('$name', (row) => {
    it.each(PERSONAS)('%s', async (persona) => {
      const app = await consoleApp();
      const { trackingCode: code } = await app.file();
      const admin = await app.login('admin');
      for (const body of row.before ?? []) expect((await app.staffPost(`/api/v1/console/complaints/${code}/actions`, admin, body)).status).toBe(200);
      const cookie = await app.login(persona);
      const res = await row.call({ code, cookie, app });
      expect(res.status, await res.clone().text()).toBe(row.expected[persona]);
    });
  });

  it('covers every staff route of the OpenAPI document', async () => {
    const { app } = await consoleApp();
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths)
      // The admin area has its own matrix (tests/api/admin-authz.test.ts).
      .filter(([path]) => path.startsWith('/api/v1/console/') && !path.startsWith('/api/v1/console/admin'))
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`));
    const covered = new Set([...ROWS.map((row) => row.name.split(' (')[0]), ...ANONYMOUS_ROUTES]);
    expect(routes.filter((route) => !covered.has(route))).toEqual([]);
    expect(routes.length).toBeGreaterThanOrEqual(7);
  });

  it("keeps other offices' complaints out of an officer's inbox", async () => {
    const app = await consoleApp();
    const { trackingCode } = await app.file();
    const inbox = Inbox.parse(await (await app.staffGet('/api/v1/console/complaints?status=all', await app.login('otherOfficer'))).json());
    expect(inbox.items.map((i) => i.trackingCode)).not.toContain(trackingCode);
  });

  it.each([
    ['officer', false],
    ['manager', true],
    ['admin', true]
  ] as const)('shows contact details to %s: %s', async (persona, sees) => {
    const app = await consoleApp();
    const { trackingCode } = await app.file();
    const text = await (await app.staffGet(`/api/v1/console/complaints/${trackingCode}`, await app.login(persona))).text();
    const complaint = StaffComplaint.parse(JSON.parse(text));
    expect(complaint.contactHidden).toBe(!sees);
    for (const value of Object.values(CONTACT)) expect(text.includes(value)).toBe(sees);
  });

  it('never shows the name of an anonymous complainant, not even to an admin', async () => {
    const app = await consoleApp();
    const { trackingCode } = await app.file({ visibility: 'anonymous' });
    const complaint = StaffComplaint.parse(await (await app.staffGet(`/api/v1/console/complaints/${trackingCode}`, await app.login('admin'))).json());
    expect(complaint.contact).toEqual({ phone: CONTACT.phone, email: CONTACT.email });
  });

  it("answers another office's complaint exactly as a tracking code that does not exist", async () => {
    const app = await consoleApp();
    const { trackingCode } = await app.file();
    const missing = trackingCode.replace(/.$/, (last) => (last === '0' ? '1' : '0'));
    const cookie = await app.login('otherOfficer');
    for (const call of [
      (code: string) => app.staffGet(`/api/v1/console/complaints/${code}`, cookie),
      (code: string) => app.staffPost(`/api/v1/console/complaints/${code}/actions`, cookie, { action: 'verify' })
    ]) {
      const [notYours, absent] = await Promise.all([call(trackingCode), call(missing)]);
      expect([notYours.status, absent.status]).toEqual([404, 404]);
      expect((await notYours.text()).replace(trackingCode, 'CODE')).toBe((await absent.text()).replace(missing, 'CODE'));
    }
  });
});
