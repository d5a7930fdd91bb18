import sharp from 'sharp';
import type { SuaraApp } from '../../server/app.ts';
import { filing } from './console-fixtures.ts';

/** A small JPEG as a phone writes it: camera make and a GPS position in its EXIF. */
export async function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: '#c33' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'KameraUji', Software: 'PerangkatUji' },
      IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '6/1 10/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '106/1 49/1 0/1' }
    })
    .toBuffer();
}

/** The complaint of console-fixtures' `filing` as a multipart form, with `files` (name, bytes, claimed type). */
export function complaintForm(files: { name: string; bytes: Uint8Array; type?: string }[], fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  const { contact, ...rest } = filing;
  for (const [name, value] of Object.entries({ ...rest, 'contact.name': contact.name, 'contact.email': contact.email, ...fields })) form.set(name, value);
  for (const { name, bytes, type } of files) form.append('files', new Blob([new Uint8Array(bytes)], { type: type ?? 'application/octet-stream' }), name);
  return form;
}

/** Files a complaint with files through the API; the answer as it came. */
export function postComplaintForm(app: SuaraApp, form: FormData): Promise<Response> {
  return Promise.resolve(app.request('/api/v1/complaints', { method: 'POST', body: form }));
}

/** Files a complaint with one photo; its tracking code and the stored file's id, as the office's staff see it. */
export async function filedWithPhoto(app: SuaraApp): Promise<{ trackingCode: string; file: string }> {
  const res = await postComplaintForm(app, complaintForm([{ name: 'loket.jpg', bytes: await jpegWithGps(), type: 'image/jpeg' }]));
  if (res.status !== 201) throw new Error(`filing with a photo: ${res.status} ${await res.text()}`);
  const { trackingCode } = (await res.json()) as { trackingCode: string };
  const [attached] = app.context.views.attachments.of(trackingCode);
  return { trackingCode, file: attached!.file };
}
