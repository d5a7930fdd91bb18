import { describe, expect, it } from 'vitest';
import { ComplaintCreated, PublicComplaint } from '../../shared/schemas/index.ts';
import { consoleApp } from './console-fixtures.ts';
import { testApp } from './fixtures.ts';

const complaint = {
  officeId: 'disdukcapil-uji',
  category: 'pelayanan_lambat',
  description: 'Antrean lama sekali di loket dua.',
  visibility: 'public'
};

/** The JSON text as UTF-8 bytes, with `bad` bytes put where the text has the marker `@@`. */
function bytesWith(json: string, bad: number[]): Uint8Array<ArrayBuffer> {
  const [before, after] = json.split('@@') as [string, string];
  const encode = (text: string) => [...new TextEncoder().encode(text)];
  return new Uint8Array([...encode(before), ...bad, ...encode(after)]);
}

describe('a JSON body that is not valid UTF-8', () => {
  it.each([
    ['a stray continuation byte', [0x80]],
    ['an invalid byte', [0xff]],
    ['a sequence cut short', [0xe2, 0x82]],
    ['an overlong encoding', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]]
  ])('is refused with 400, not stored as U+FFFD (%s)', async (_, bad) => {
    const { app, post } = await testApp();
    const send = (path: string, json: string) => app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: bytesWith(json, bad) });
    const rating = await send('/api/v1/ratings', '{"officeId":"disdukcapil-uji","score":4,"comment":"bagus@@"}');
    expect(rating.status).toBe(400);
    expect(rating.headers.get('content-type')).toBe('application/problem+json');
    expect((await rating.json()).detail).toMatch(/UTF-8/);
    const filed = await send('/api/v1/complaints', JSON.stringify({ ...complaint, description: 'Antrean @@ lama sekali.' }));
    expect(filed.status).toBe(400);
    // Nothing was written: the office has no rating and no complaint.
    const stats = await (await app.request('/api/v1/offices/disdukcapil-uji/stats')).json();
    expect([stats.satisfaction.responses, stats.complaints.received]).toEqual([0, 0]);
    expect((await post('/api/v1/ratings', { officeId: 'disdukcapil-uji', score: 4, comment: 'bagus ✓' })).status).toBe(201);
  });
});

describe('the UTF-8 check and the body limit', () => {
  it('leaves a chunked body past the limit to the body limit (413)', async () => {
    const { app } = await testApp();
    const big = new TextEncoder().encode(JSON.stringify({ officeId: 'disdukcapil-uji', score: 4, comment: 'x'.repeat(20_000) }));
    const body = new ReadableStream({ start: (controller) => (controller.enqueue(big), controller.close()) });
    const res = await app.request('/api/v1/ratings', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
  });
});

describe('control and bidirectional characters in free text', () => {
  it('are stripped from a complaint before it is stored, newlines kept', async () => {
    const { app, post } = await testApp();
    const description = 'Antrean\u0000 lama\u202E sekali\u2066 di loket\u0007 dua.\r\nPetugas\u202A tidak ada.';
    const res = await post('/api/v1/complaints', { ...complaint, description, contact: { name: 'Siti\u0000 \u202ERahayu' } });
    expect(res.status).toBe(201);
    const { trackingCode } = ComplaintCreated.parse(await res.json());
    const shown = PublicComplaint.parse(await (await app.request(`/api/v1/complaints/${trackingCode}`)).json());
    expect(shown.description).toBe('Antrean lama sekali di loket dua.\nPetugas tidak ada.');
  });

  it('do not count towards the minimum length', async () => {
    const { post } = await testApp();
    const res = await post('/api/v1/complaints', { ...complaint, description: 'pendek\u0000\u0000\u0000\u0000\u202E' });
    expect(res.status).toBe(422);
  });

  it('are stripped from staff messages too', async () => {
    const app = await consoleApp();
    const { trackingCode } = await app.file();
    const admin = await app.login('admin');
    const res = await app.staffPost(`/api/v1/console/complaints/${trackingCode}/actions`, admin, { action: 'reply', message: 'Sedang\u202E kami\u0000 periksa.' });
    expect(res.status).toBe(200);
    const shown = PublicComplaint.parse(await (await app.app.request(`/api/v1/complaints/${trackingCode}`)).json());
    expect(shown.timeline.at(-1)?.message).toBe('Sedang kami periksa.');
  });

  it('a message of only such characters is empty, and refused', async () => {
    const app = await consoleApp();
    const { trackingCode } = await app.file();
    const res = await app.staffPost(`/api/v1/console/complaints/${trackingCode}/actions`, await app.login('admin'), { action: 'reply', message: '\u202E\u0000' });
    expect(res.status).toBe(422);
  });
});
