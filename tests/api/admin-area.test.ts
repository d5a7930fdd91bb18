import { describe, expect, it } from 'vitest';
import { consoleApp, PASSWORD } from './console-fixtures.ts';

const A = '/api/v1/console/admin';
const NEW_OFFICE = { agencyId: 'pemkab-uji', name: 'Kantor Kecamatan Uji', shortName: 'Kec. Uji', kind: 'Kecamatan', address: 'Jl. Uji 3', timeZone: 'Asia/Makassar' };

describe('the admin area', () => {
  it('shows a new office on the public API at once, and records who changed what from what', async () => {
    const app = await consoleApp();
    const admin = await app.login('admin');
    const created = await app.staffPost(`${A}/offices`, admin, NEW_OFFICE);
    expect(created.status).toBe(201);
    const { id } = await created.json();
    expect(id).toBe('kec-uji');
    expect((await app.app.request(`/api/v1/offices/${id}`)).status).toBe(200);
    expect((await app.staffPost(`${A}/offices/${id}`, admin, { address: 'Jl. Baru 9' }, 'PATCH')).status).toBe(200);
    const { entries } = await (await app.staffGet(`${A}/history/office/${id}`, admin)).json();
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(entries[0]).toMatchObject({ staffId: 'admin', staffName: 'Admin Kabupaten', changes: [{ field: 'address', from: 'Jl. Uji 3', to: 'Jl. Baru 9' }] });
  });

  it('closes an office: history kept, new ratings and complaints refused with 409, marked closed', async () => {
    const app = await consoleApp();
    const admin = await app.login('admin');
    expect((await app.post('/api/v1/ratings', { officeId: 'puskesmas-uji', score: 4, channel: 'web' })).status).toBe(201);
    expect((await app.staffPost(`${A}/offices/puskesmas-uji`, admin, { closed: true }, 'PATCH')).status).toBe(200);
    const rating = await app.post('/api/v1/ratings', { officeId: 'puskesmas-uji', score: 4, channel: 'web' });
    expect(rating.status).toBe(409);
    expect((await rating.json()).detail).toMatch(/tutup/);
    expect((await app.post('/api/v1/complaints', { officeId: 'puskesmas-uji', category: 'informasi', description: 'Jadwal layanan tidak diumumkan.' })).status).toBe(409);
    expect(await (await app.app.request('/api/v1/offices/puskesmas-uji')).json()).toMatchObject({ closed: true });
    const { entries } = await (await app.staffGet(`${A}/history/office/puskesmas-uji`, admin)).json();
    expect(entries[0]).toMatchObject({ action: 'close', changes: [{ field: 'closed', to: true }] });
  });

  it('invites by a one-time link, which sets the password once; deactivating ends the sessions at once', async () => {
    const app = await consoleApp();
    const admin = await app.login('admin');
    const invited = await app.staffPost(`${A}/staff`, admin, { email: 'Baru@Dukcapil.uji', name: 'Petugas Baru', role: 'officer', officeIds: ['disdukcapil-uji'] });
    const { account, link } = await invited.json();
    expect(account).toMatchObject({ email: 'baru@dukcapil.uji', passwordSet: false, active: true });
    const token = link.path.split('/').pop();
    const setPassword = (password: string) => app.post(`/api/v1/password-links/${token}`, { password });
    expect((await setPassword('pendek')).status).toBe(422);
    expect((await setPassword(PASSWORD)).status).toBe(204);
    expect((await setPassword(PASSWORD)).status).toBe(404);
    const login = await app.post('/api/v1/console/session', { email: 'baru@dukcapil.uji', password: PASSWORD }, { 'X-Suara-Console': '1' });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    expect((await app.staffGet('/api/v1/console/me', cookie)).status).toBe(200);
    expect((await app.staffPost(`${A}/staff/${account.id}`, admin, { active: false }, 'PATCH')).status).toBe(200);
    expect((await app.staffGet('/api/v1/console/me', cookie)).status).toBe(401);
    expect((await app.post('/api/v1/console/session', { email: 'baru@dukcapil.uji', password: PASSWORD }, { 'X-Suara-Console': '1' })).status).toBe(401);
  });

  it("sets a service's two targets, and a regional holiday moves the deadlines of complaints filed after it", async () => {
    const app = await consoleApp();
    const admin = await app.login('admin');
    const service = await (await app.staffPost(`${A}/offices/disdukcapil-uji/services`, admin, { name: 'Surat Pindah', firstResponseWorkingDays: 1, targetWorkingDays: 2 })).json();
    const file = async () => {
      const { trackingCode } = await app.file({ serviceId: service.id });
      return (await (await app.staffGet(`/api/v1/console/complaints/${trackingCode}`, admin)).json()).deadlines;
    };
    // Filed Wednesday 25 November 2026: first response by Thursday, resolution by Friday.
    const before = await file();
    expect([before.firstResponse.slice(0, 10), before.resolution.slice(0, 10)]).toEqual(['2026-11-26', '2026-11-27']);
    expect((await app.staffPost(`${A}/holidays`, admin, { date: '2026-11-26', name: 'Hari Jadi Kabupaten Uji' })).status).toBe(204);
    const after = await file();
    expect([after.firstResponse.slice(0, 10), after.resolution.slice(0, 10)]).toEqual(['2026-11-27', '2026-11-30']);
  });

  it('imports offices and services from CSV: a dry run lists changes and every bad row; a bad file changes nothing', async () => {
    const app = await consoleApp();
    const admin = await app.login('admin');
    const csv = [
      'kantor,nama_singkat,jenis,alamat,zona,layanan,tanggapan_hari,selesai_hari',
      'Kecamatan Uji,Kec. Uji,Kecamatan,Jl. Uji 3,WITA,Surat Keterangan,1,3',
      'Kecamatan Uji,Kec. Uji,Kecamatan,Jl. Uji 3,WITA,Izin Keramaian,2,5',
      'Disdukcapil Kabupaten Uji,,Disdukcapil,Jl. Contoh No. 1,WIB,KTP-el,3,2',
      'Puskesmas Salah,,Puskesmas,Jl. X,WITB,,,',
      'Puskesmas Dua,,Puskesmas,Jl. Y,WIB,Rawat Inap,1,nol'
    ].join('\n');
    const send = (dryRun: boolean, text = csv) => app.staffPost(`${A}/offices/import`, admin, { agencyId: 'pemkab-uji', csv: text, dryRun });
    const dry = await (await send(true)).json();
    expect(dry.applied).toBe(false);
    expect(dry.errors.map((e: { row: number }) => e.row)).toEqual([5, 6]);
    expect(dry.changes.map((c: { row: number; kind: string; action: string }) => `${c.row} ${c.kind} ${c.action}`)).toEqual([
      '2 office create',
      '2 service create',
      '3 service create',
      '4 service update',
      '6 office create'
    ]);
    expect((await send(false)).status).toBe(200);
    expect((await app.app.request('/api/v1/offices/kec-uji')).status).toBe(404); // a bad row: nothing applied
    const good = csv.split('\n').slice(0, 4).join('\n');
    const applied = await (await send(false, good)).json();
    expect(applied).toMatchObject({ applied: true, errors: [] });
    expect((await app.app.request('/api/v1/offices/kec-uji')).status).toBe(200);
    expect(app.store.catalog.get().services.find((s) => s.id === 'ktp-el')).toMatchObject({ firstResponseWorkingDays: 3, targetWorkingDays: 2 });
    expect((await (await send(true, good)).json()).changes).toEqual([]); // the same file again changes nothing
  });
});
