// Photos after an erasure and after unpublishing (docs/operations.md, "Photos and documents"): the citizen's files
// leave the file store unless another complaint holds the same bytes; a published image can be taken back.
import { describe, expect, it } from 'vitest';
import { PublicComplaint, StaffComplaint } from '../../shared/schemas/index.ts';
import { eraseComplaint } from '../../server/services/complaints/erase-complaint.ts';
import { complaintForm, filedWithPhoto, jpegWithGps, postComplaintForm } from './attachment-fixtures.ts';
import { consoleApp } from './console-fixtures.ts';

const staffFile = (code: string, file: string) => `/api/v1/console/complaints/${code}/attachments/${file}`;
const publicPhoto = (code: string, file: string) => `/api/v1/complaints/${code}/photos/${file}`;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('erasing a complaint with files', () => {
  it('removes its photo and document from the file store, but not bytes another complaint also sent', async () => {
    const { app } = await consoleApp();
    const files = app.context.store.files!;
    const photo = await jpegWithGps();
    const filed = await postComplaintForm(
      app,
      complaintForm([
        { name: 'loket.jpg', bytes: photo, type: 'image/jpeg' },
        { name: 'kuitansi.pdf', bytes: PDF, type: 'application/pdf' }
      ])
    );
    const { trackingCode } = (await filed.json()) as { trackingCode: string };
    const [image, document] = app.context.views.attachments.of(trackingCode).map((record) => record.file) as [string, string];
    // The same photo, sent again with another complaint: one stored file, two complaints naming it.
    const other = await filedWithPhoto(app);
    expect(other.file).toBe(image);

    const report = await eraseComplaint({ ctx: app.context, trackingCode, actor: 'cli' });
    expect(report.filesRemoved).toBe(1);
    expect(await files.get(document)).toBeUndefined();
    expect(await files.get(image)).toBeDefined();
    expect(app.context.views.attachments.of(trackingCode)).toEqual([]);

    await eraseComplaint({ ctx: app.context, trackingCode: other.trackingCode, actor: 'cli' });
    expect(await files.get(image)).toBeUndefined();
    expect(app.context.store.catalog.get().audit?.at(-1)?.changes).toContainEqual({ field: 'files', from: '1 files' });
  });

  it('keeps the blurred copy staff published (the office’s record) and removes the original', async () => {
    const app = await consoleApp();
    const files = app.app.context.store.files!;
    const { trackingCode, file } = await filedWithPhoto(app.app);
    const res = await app.staffPost(`${staffFile(trackingCode, file)}/publish`, await app.login('officer'), { blur: [{ x: 0, y: 0, width: 8, height: 8 }] });
    const copy = StaffComplaint.parse(await res.json())
      .attachments![0]!.published!.url.split('/')
      .at(-1)!;

    expect((await eraseComplaint({ ctx: app.app.context, trackingCode, actor: 'cli' })).filesRemoved).toBe(1);
    expect(await files.get(file)).toBeUndefined();
    expect(await files.get(copy)).toBeDefined();
    expect((await app.app.request(publicPhoto(trackingCode, copy))).status).toBe(200);
  });
});

describe('unpublishing a photo', () => {
  it('makes the public URL 404 at once, notes who took it back, and allows publishing again', async () => {
    const app = await consoleApp();
    const { trackingCode, file } = await filedWithPhoto(app.app);
    const manager = await app.login('manager');
    const published = StaffComplaint.parse(await (await app.staffPost(`${staffFile(trackingCode, file)}/publish`, await app.login('officer'), { blur: [] })).json());
    const url = published.attachments![0]!.published!.url;
    expect(published.attachments![0]!.published!.by).toBe('Petugas Dukcapil');
    expect((await app.app.request(url)).status).toBe(200);

    const res = await app.staffPost(`${staffFile(trackingCode, file)}/unpublish`, manager, undefined);
    expect(res.status, await res.clone().text()).toBe(200);
    const [attachment] = StaffComplaint.parse(await res.json()).attachments!;
    expect(attachment!.published).toBeUndefined();
    expect(attachment!.unpublished).toMatchObject({ by: 'Manajer Dukcapil' });
    expect((await app.app.request(url)).status).toBe(404);
    expect(PublicComplaint.parse(await (await app.app.request(`/api/v1/complaints/${trackingCode}`)).json()).photos).toBeUndefined();
    expect(await app.app.context.store.files!.get(file)).toBeDefined();

    // Nothing published any more, another office's staff, no session: refused, nothing written.
    expect((await app.staffPost(`${staffFile(trackingCode, file)}/unpublish`, manager, undefined)).status).toBe(404);
    expect((await app.staffPost(`${staffFile(trackingCode, file)}/unpublish`, await app.login('otherOfficer'), undefined)).status).toBe(404);
    expect((await app.staffPost(`${staffFile(trackingCode, file)}/unpublish`, '', undefined)).status).toBe(401);

    expect((await app.staffPost(`${staffFile(trackingCode, file)}/publish`, manager, { blur: [] })).status).toBe(200);
    expect((await app.app.request(url)).status).toBe(200);
  });
});
