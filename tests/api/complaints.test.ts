import { describe, expect, it } from 'vitest';
import { ComplaintCreated, PublicComplaint } from '../../shared/schemas/index.ts';
import { NOW, testApp } from './fixtures.ts';

const complaint = {
  officeId: 'disdukcapil-uji',
  serviceId: 'akta-lahir',
  category: 'pelayanan_lambat',
  description: 'Akta kelahiran anak saya belum jadi. Hubungi 081234567890 kalau perlu.',
  visibility: 'public',
  contact: { name: 'Budi Santoso', phone: '081298765432', email: 'budi@contoh.id' }
};

describe('complaints', () => {
  it('files a complaint and shows its public status without contact data', async () => {
    const { app, post } = await testApp();
    const res = await post('/api/v1/complaints', complaint);
    expect(res.status).toBe(201);
    const created = ComplaintCreated.parse(await res.json());
    expect(created.trackingCode).toMatch(/^SL-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    expect(created.secret.length).toBeGreaterThanOrEqual(20);

    const publicRes = await app.request(`/api/v1/complaints/${created.trackingCode}`);
    expect(publicRes.status).toBe(200);
    const text = await publicRes.text();
    const body = PublicComplaint.parse(JSON.parse(text));
    expect(body.status).toBe('submitted');
    expect(body.timeline).toHaveLength(1);
    // Wednesday 10:00 + 3 working days → end of Monday (Sat/Sun skipped), in Jakarta time.
    expect(body.deadlines.firstResponse).toBe('2026-11-30T16:59:59.999Z');
    for (const secret of ['Budi Santoso', '081298765432', 'budi@contoh.id', '081234567890', created.secret]) {
      expect(text).not.toContain(secret);
    }
    expect(body.description).toContain('[nomor disembunyikan]');
  });

  it('shows only the status of a confidential complaint', async () => {
    const { app, post } = await testApp();
    const { trackingCode } = ComplaintCreated.parse(await (await post('/api/v1/complaints', { ...complaint, visibility: 'confidential' })).json());
    const body = PublicComplaint.parse(await (await app.request(`/api/v1/complaints/${trackingCode}`)).json());
    expect(body.description).toBeUndefined();
  });

  it('counts complaints in the office stats with open ones censored', async () => {
    const { app, post, clock } = await testApp();
    await post('/api/v1/complaints', complaint);
    clock.set(NOW + 48 * 3_600_000);
    const stats = await (await app.request('/api/v1/offices/disdukcapil-uji/stats')).json();
    expect(stats.complaints.received).toBe(1);
    expect(stats.complaints.firstResponseHours.median).toEqual({ value: 48, moreThan: true });
    expect(stats.complaints.breakdown.openWithinDeadline).toBe(1);
    expect(stats.complaints.byCategory).toEqual({ pelayanan_lambat: 1 });
  });

  it.each([
    [{ ...complaint, description: 'pendek' }, 'description'],
    [{ ...complaint, category: 'tidak-ada' }, 'category'],
    [{ ...complaint, visibility: 'secret' }, 'visibility'],
    [{ ...complaint, contact: { email: 'bukan-email' } }, 'contact.email']
  ])('rejects bad input with 422 naming the field (%#)', async (body, field) => {
    const { post } = await testApp();
    const res = await post('/api/v1/complaints', body);
    expect(res.status).toBe(422);
    expect((await res.json()).errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('answers 404 for an unknown tracking code', async () => {
    const { app } = await testApp();
    const res = await app.request('/api/v1/complaints/SL-0000-0000-00');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});
