import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { OPEN_DATASETS } from '../../shared/open-data/dictionary.ts';
import { OPEN_DATA_FILES } from '../../server/services/open-data/datasets.ts';
import { testStore } from './support/test-store.ts';
import { testApp, testCatalog } from './fixtures.ts';

// docs/open-data.md: the files, their descriptor, and how they are served.
async function appWithData() {
  const catalog = structuredClone(testCatalog);
  // Catalog names reach the files untouched (a citizen's text is trimmed on the way in, so tab and CR come from here).
  catalog.services.push(
    { id: 'formula', officeId: 'puskesmas-uji', name: '=HYPERLINK("http://x.example","klik")', targetWorkingDays: 2 },
    { id: 'tab', officeId: 'puskesmas-uji', name: '\tImunisasi', targetWorkingDays: 2 },
    { id: 'cr', officeId: 'puskesmas-uji', name: '\rGigi', targetWorkingDays: 2 }
  );
  const test = await testApp(await testStore(catalog));
  for (const score of [4, 3, 1]) expect((await test.post('/api/v1/ratings', { officeId: 'disdukcapil-uji', serviceId: 'ktp-el', score, channel: 'qr' })).status).toBe(201);
  for (const description of ['=1+2 dihitung', '+62 itu kode negara', '-ongkos tidak jelas', '@admin tolong']) {
    expect((await test.post('/api/v1/complaints', { officeId: 'puskesmas-uji', category: 'informasi', description })).status).toBe(201);
  }
  return test;
}

describe('open data', () => {
  it('describes every file and every column in Indonesian and English under CC BY 4.0', async () => {
    const { app } = await appWithData();
    const res = await app.request('/api/v1/open-data/datapackage.json?from=2026-01-01');
    expect(res.status).toBe(200);
    const descriptor = await res.json();
    expect(descriptor.licenses[0].name).toBe('CC-BY-4.0');
    expect(descriptor.resources.map((r: { name: string }) => r.name)).toEqual(OPEN_DATASETS.map((d) => d.name));
    expect(descriptor.resources[0].path).toBe('kantor.csv?from=2026-01-01');
    for (const resource of descriptor.resources) {
      for (const field of resource.schema.fields) for (const key of ['title', 'title_en', 'description', 'description_en']) expect(field[key], `${resource.name}.${field.name}.${key}`).toBeTruthy();
    }
    // Every column the files have, and only those, is in the dictionary.
    for (const dataset of OPEN_DATASETS) {
      const csv = await (await app.request(`/api/v1/open-data/${dataset.name}.csv`)).text();
      expect(csv.split('\n')[0], dataset.name).toBe(dataset.fields.map((f) => f.name).join(','));
    }
  });

  it('neutralises CSV cells a spreadsheet would run (=, +, -, @, tab, carriage return), and leaves JSON as it is', async () => {
    const { app } = await appWithData();
    const services = parse(await (await app.request('/api/v1/open-data/layanan.csv')).text(), { columns: true }) as Record<string, string>[];
    const name = (id: string) => services.find((s) => s.id === id)!.nama;
    expect([name('formula'), name('tab'), name('cr')]).toEqual([`'=HYPERLINK("http://x.example","klik")`, "'\tImunisasi", "'\rGigi"]);
    const complaints = parse(await (await app.request('/api/v1/open-data/pengaduan.csv')).text(), { columns: true }) as Record<string, string>[];
    expect(complaints.map((c) => c.uraian).sort()).toEqual(["'+62 itu kode negara", "'-ongkos tidak jelas", "'=1+2 dihitung", "'@admin tolong"].sort());
    const json = (await (await app.request('/api/v1/open-data/pengaduan.json')).json()) as { uraian: string }[];
    expect(json.map((c) => c.uraian)).toContain('=1+2 dihitung');
  });

  it('counts ratings per day, office, service, channel and score, for the period asked', async () => {
    const { app } = await appWithData();
    const rows = (await (await app.request('/api/v1/open-data/penilaian.json?from=2026-11-25&to=2026-11-25')).json()) as Record<string, unknown>[];
    expect(rows).toEqual([1, 3, 4].map((skor) => ({ tanggal: '2026-11-25', kantor_id: 'disdukcapil-uji', layanan_id: 'ktp-el', kanal: 'qr', skor, jumlah: 1, dikecualikan: 0 })));
    expect(await (await app.request('/api/v1/open-data/penilaian.json?to=2026-11-24')).json()).toEqual([]);
  });

  it('answers 304 to a client holding the current ETag, and a new tag once the data changes', async () => {
    const { app, post } = await appWithData();
    const first = await app.request('/api/v1/open-data/penilaian.csv');
    const etag = first.headers.get('ETag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get('Link')).toContain('creativecommons.org/licenses/by/4.0');
    const again = await app.request('/api/v1/open-data/penilaian.csv', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await app.request('/api/v1/open-data/penilaian.csv?from=2026-01-01', { headers: { 'If-None-Match': etag } })).status).toBe(200);
    await post('/api/v1/ratings', { officeId: 'puskesmas-uji', score: 2, channel: 'web' });
    expect((await app.request('/api/v1/open-data/penilaian.csv', { headers: { 'If-None-Match': etag } })).status).toBe(200);
  });

  it('compresses with brotli or gzip as the client accepts, to the same bytes', async () => {
    const { app } = await appWithData();
    const plain = Buffer.from(await (await app.request('/api/v1/open-data/pengaduan.json')).arrayBuffer());
    const br = await app.request('/api/v1/open-data/pengaduan.json', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(br.headers.get('Content-Encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer()))).toEqual(plain);
    const gzip = await app.request('/api/v1/open-data/pengaduan.json', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzip.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer()))).toEqual(plain);
  });

  it.each([
    ['from=2026-02-30', 'from'],
    ['to=26-01-01', 'to'],
    ['from=2026-03-01&to=2026-01-01', 'from']
  ])('refuses a bad period (%s) with a 422 naming the field', async (query, field) => {
    const { app } = await appWithData();
    for (const file of ['penilaian.csv', 'datapackage.json']) {
      const res = await app.request(`/api/v1/open-data/${file}?${query}`);
      expect(res.status).toBe(422);
      expect(res.headers.get('Content-Type')).toContain('application/problem+json');
      expect((await res.json()).errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  it('has no file but those in the descriptor', async () => {
    const { app } = await appWithData();
    expect(OPEN_DATA_FILES).toHaveLength(10);
    expect((await app.request('/api/v1/open-data/rahasia.csv')).status).toBeGreaterThanOrEqual(400);
  });
});
