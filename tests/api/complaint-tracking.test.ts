import { describe, expect, it } from 'vitest';
import { PublicComplaint } from '../../shared/schemas/index.ts';
import { consoleApp } from './console-fixtures.ts';
import { sseReader } from './sse.ts';

describe('live tracking (SSE)', () => {
  it('pushes the public complaint now and after every public change, but not for internal notes', async () => {
    const app = await consoleApp();
    const { trackingCode } = await app.file();
    const res = await app.app.request(`/api/v1/complaints/${trackingCode}/events`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const stream = sseReader(res);
    expect((await stream.next()).status).toBe('submitted');

    const cookie = await app.login('officer');
    const act = (body: object) => app.staffPost(`/api/v1/console/complaints/${trackingCode}/actions`, cookie, body);
    await act({ action: 'note', message: 'Internal: berkas hilang di meja 3.' });
    await act({ action: 'verify', message: 'Pengaduan Anda kami terima.' });
    const verified = await stream.next();
    expect(verified.status).toBe('verified');
    expect(verified.timeline.at(-1)!.message).toBe('Pengaduan Anda kami terima.');
    await act({ action: 'resolve', message: 'Akta sudah dapat diambil.' });
    expect((await stream.next()).status).toBe('resolved');
    expect(stream.raw()).not.toContain('meja 3');
    await stream.close();
  });

  it('answers 404 for an unknown code before opening a stream', async () => {
    const { app } = await consoleApp();
    const res = await app.request('/api/v1/complaints/SL-0000-0000-00/events');
    expect(res.status).toBe(404);
  });
});

describe('citizen actions with code and secret', () => {
  it('adds information, confirms a resolution, and may reopen it', async () => {
    const app = await consoleApp();
    const { trackingCode, secret } = await app.file();
    const path = `/api/v1/complaints/${trackingCode}/actions`;
    const info = await app.post(path, { action: 'info', secret, message: 'Nomor antrean saya 42.' });
    expect(info.status).toBe(200);
    expect(PublicComplaint.parse(await info.json()).timeline.at(-1)).toMatchObject({ type: 'complaint.info_added', message: 'Nomor antrean saya 42.' });

    expect((await app.post(path, { action: 'confirm', secret, confirmation: 'satisfied' })).status).toBe(409);
    const cookie = await app.login('officer');
    await app.staffPost(`/api/v1/console/complaints/${trackingCode}/actions`, cookie, { action: 'verify' });
    await app.staffPost(`/api/v1/console/complaints/${trackingCode}/actions`, cookie, { action: 'resolve', message: 'Selesai.' });
    const reopened = await app.post(path, { action: 'reopen', secret, message: 'Aktanya salah nama.' });
    expect(PublicComplaint.parse(await reopened.json()).status).toBe('reopened');
    await app.staffPost(`/api/v1/console/complaints/${trackingCode}/actions`, cookie, { action: 'resolve', message: 'Sudah diperbaiki.' });
    const confirmed = await app.post(path, { action: 'confirm', secret, confirmation: 'not_satisfied', message: 'Lama sekali.' });
    expect(confirmed.status).toBe(200);
    expect((await app.post(path, { action: 'confirm', secret, confirmation: 'satisfied' })).status).toBe(409);
  });

  it('changes nothing with the code alone or a wrong secret, and names the secret field', async () => {
    const app = await consoleApp();
    const { trackingCode } = await app.file();
    const path = `/api/v1/complaints/${trackingCode}/actions`;
    const noSecret = await app.post(path, { action: 'info', message: 'Tambahan.' });
    expect(noSecret.status).toBe(422);
    expect((await noSecret.json()).errors.map((e: { field: string }) => e.field)).toContain('secret');
    const wrong = await app.post(path, { action: 'info', secret: 'tebak-tebak-saja', message: 'Tambahan.' });
    expect(wrong.status).toBe(403);
    expect((await wrong.json()).errors).toEqual([{ field: 'secret', message: expect.any(String) }]);
    const complaint = PublicComplaint.parse(await (await app.app.request(`/api/v1/complaints/${trackingCode}`)).json());
    expect(complaint.timeline).toHaveLength(1);
  });

  it('slows down the client guessing secrets, even for the right secret, until its wait is over', async () => {
    const app = await consoleApp();
    const { trackingCode, secret } = await app.file();
    const path = `/api/v1/complaints/${trackingCode}/actions`;
    for (let i = 0; i < 6; i++) expect((await app.post(path, { action: 'info', secret: `salah-${i}-xxxx`, message: 'x' })).status).toBe(403);
    const blocked = await app.post(path, { action: 'info', secret, message: 'Tambahan.' });
    expect(blocked.status).toBe(429);
    app.clock.advance(Number(blocked.headers.get('retry-after')) * 1000);
    expect((await app.post(path, { action: 'info', secret, message: 'Tambahan.' })).status).toBe(200);
  });

  it('throttles tracking-code guessing per client', async () => {
    const app = await consoleApp();
    const { trackingCode } = await app.file();
    const from = { 'x-suara-client-address': '203.0.113.7' };
    for (let i = 0; i < 30; i++) expect((await app.app.request(`/api/v1/complaints/SL-0000-0000-${String(i).padStart(2, '0')}`, { headers: from })).status).toBe(404);
    expect((await app.app.request(`/api/v1/complaints/${trackingCode}`, { headers: from })).status).toBe(429);
    expect((await app.app.request(`/api/v1/complaints/${trackingCode}`, { headers: { 'x-suara-client-address': '198.51.100.2' } })).status).toBe(200);
  });
});

describe('forwarding', () => {
  it('moves the complaint to the other office, keeps its deadlines and logs who did it', async () => {
    const app = await consoleApp();
    const { trackingCode } = await app.file();
    const before = PublicComplaint.parse(await (await app.app.request(`/api/v1/complaints/${trackingCode}`)).json());
    const manager = await app.login('manager');
    const res = await app.staffPost(`/api/v1/console/complaints/${trackingCode}/actions`, manager, { action: 'forward', toOfficeId: 'puskesmas-uji', message: 'Wewenang puskesmas.' });
    expect(res.status).toBe(200);
    const after = PublicComplaint.parse(await (await app.app.request(`/api/v1/complaints/${trackingCode}`)).json());
    expect(after.officeId).toBe('puskesmas-uji');
    expect(after.deadlines).toEqual(before.deadlines);
    const other = await app.login('otherOfficer');
    expect((await app.staffGet(`/api/v1/console/complaints/${trackingCode}`, other)).status).toBe(200);
    // No longer the manager's: answered as if it did not exist, as any other office's complaint.
    expect((await app.staffGet(`/api/v1/console/complaints/${trackingCode}`, manager)).status).toBe(404);
    const stats = await (await app.app.request('/api/v1/offices/puskesmas-uji/stats')).json();
    expect(stats.complaints.received).toBe(1);
    expect((await (await app.app.request('/api/v1/offices/disdukcapil-uji/stats')).json()).complaints.received).toBe(0);
  });
});
