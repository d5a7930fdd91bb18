// Photos and documents on complaints (docs/operations.md, "Photos and documents"): recognised by content,
// re-encoded without metadata, private until the office publishes an image, served with strict headers.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PublicComplaint, StaffComplaint } from '../../shared/schemas/index.ts';
import { complaintForm, filedWithPhoto, jpegWithGps, postComplaintForm } from './attachment-fixtures.ts';
import { consoleApp } from './console-fixtures.ts';

const staffFile = (code: string, file: string) => `/api/v1/console/complaints/${code}/attachments/${file}`;
const publicPhoto = (code: string, file: string) => `/api/v1/complaints/${code}/photos/${file}`;

describe('complaint attachments', () => {
  it('re-encodes a JPEG with GPS EXIF into one without any EXIF', async () => {
    const app = await consoleApp();
    const original = await jpegWithGps();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const { trackingCode, file } = await filedWithPhoto(app.app);
    const res = await app.staffGet(staffFile(trackingCode, file), await app.login('officer'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    const stored = Buffer.from(await res.arrayBuffer());
    const metadata = await sharp(stored).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata).toMatchObject({ format: 'jpeg', width: 64, height: 48 });
    expect(stored.includes('KameraUji')).toBe(false);
  });

  it('refuses a file named .jpg that is HTML, and files nothing', async () => {
    const { app } = await consoleApp();
    const before = app.context.store.head().seq;
    const html = Buffer.from('<!doctype html><script>alert(document.cookie)</script>');
    const res = await postComplaintForm(app, complaintForm([{ name: 'foto.jpg', bytes: html, type: 'image/jpeg' }]));
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await res.json()) as { errors: { field: string; message: string }[] };
    expect(problem.errors).toEqual([{ field: 'files', message: expect.stringContaining('not a JPEG, PNG, WebP or PDF') }]);
    expect(app.context.store.head().seq).toBe(before);
  });

  it('refuses a 6 MB file with problem+json naming the 5 MB limit', async () => {
    const { app } = await consoleApp();
    const big = Buffer.alloc(6 * 1024 * 1024, 7);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    const res = await postComplaintForm(app, complaintForm([{ name: 'besar.jpg', bytes: big, type: 'image/jpeg' }]));
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await res.json()) as { detail: string; errors: { field: string }[] };
    expect(problem.detail).toContain('5 MB');
    expect(problem.detail).toContain(String(5 * 1024 * 1024));
    expect(problem.errors[0]!.field).toBe('files');
  });

  it('refuses a fourth file, and names the limit', async () => {
    const { app } = await consoleApp();
    const photo = await jpegWithGps();
    const res = await postComplaintForm(app, complaintForm([1, 2, 3, 4].map((n) => ({ name: `${n}.jpg`, bytes: photo }))));
    expect(res.status).toBe(422);
    expect(((await res.json()) as { detail: string }).detail).toContain('at most 3 files');
  });

  it('keeps an unpublished photo from the public and other offices, and shows it to the office', async () => {
    const app = await consoleApp();
    const { trackingCode, file } = await filedWithPhoto(app.app);
    expect((await app.app.request(publicPhoto(trackingCode, file))).status).toBe(404);
    expect(PublicComplaint.parse(await (await app.app.request(`/api/v1/complaints/${trackingCode}`)).json()).photos).toBeUndefined();
    for (const persona of ['officer', 'manager', 'admin'] as const) {
      expect((await app.staffGet(staffFile(trackingCode, file), await app.login(persona))).status, persona).toBe(200);
    }
    expect((await app.staffGet(staffFile(trackingCode, file), await app.login('otherOfficer'))).status).toBe(404);
    expect((await app.staffGet(staffFile(trackingCode, file), '')).status).toBe(401);
    const staff = StaffComplaint.parse(await (await app.staffGet(`/api/v1/console/complaints/${trackingCode}`, await app.login('officer'))).json());
    expect(staff.attachments).toEqual([expect.objectContaining({ file, mediaType: 'image/jpeg', width: 64, height: 48 })]);
  });

  it('publishes a blurred copy, served inline from our origin with strict headers, and never the original', async () => {
    const app = await consoleApp();
    const { trackingCode, file } = await filedWithPhoto(app.app);
    const res = await app.staffPost(`${staffFile(trackingCode, file)}/publish`, await app.login('officer'), { blur: [{ x: 0, y: 0, width: 32, height: 24 }] });
    expect(res.status, await res.clone().text()).toBe(200);
    const [attachment] = StaffComplaint.parse(await res.json()).attachments!;
    expect(attachment!.published).toMatchObject({ blurred: 1 });

    const { photos } = PublicComplaint.parse(await (await app.app.request(`/api/v1/complaints/${trackingCode}`)).json());
    expect(photos).toEqual([{ url: attachment!.published!.url, mediaType: 'image/jpeg', width: 64, height: 48 }]);
    const photo = await app.app.request(photos![0]!.url);
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    expect(photo.headers.get('content-disposition')).toBe(`inline; filename="${trackingCode}-foto-1.jpg"`);
    expect(photo.headers.get('x-content-type-options')).toBe('nosniff');
    expect(photo.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect((await sharp(Buffer.from(await photo.arrayBuffer())).metadata()).exif).toBeUndefined();
    // The unblurred original stays private.
    expect(photos![0]!.url).not.toContain(file);
    expect((await app.app.request(publicPhoto(trackingCode, file))).status).toBe(404);
  });

  it('keeps a PDF private: never published', async () => {
    const app = await consoleApp();
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const res = await postComplaintForm(app.app, complaintForm([{ name: 'kuitansi.pdf', bytes: pdf, type: 'application/pdf' }]));
    expect(res.status).toBe(201);
    const { trackingCode } = (await res.json()) as { trackingCode: string };
    const { file } = app.app.context.views.attachments.of(trackingCode)[0]!;
    const officer = await app.login('officer');
    const download = await app.staffGet(staffFile(trackingCode, file), officer);
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="${trackingCode}-lampiran-1.pdf"`);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(pdf);
    expect((await app.staffPost(`${staffFile(trackingCode, file)}/publish`, officer, {})).status).toBe(422);
  });
});
